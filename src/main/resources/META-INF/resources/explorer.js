// The explorer's enhancements; /events works without this file (the form and its Apply button).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('explorer');
    if (!form) { return; }

    // Shared addresses carry no empty parameters: empty fields are left out of the submission.
    function submit() {
      form.querySelectorAll('input, select').forEach(function (el) {
        if (el.name && (el.type === 'radio' ? el.checked : true) && el.value === '') { el.disabled = true; }
      });
      form.submit();
    }
    form.addEventListener('submit', function (ev) { ev.preventDefault(); submit(); });

    // Apply on change: ticking a choice shows its results at once (text fields when they are left or Enter is pressed).
    form.addEventListener('change', function (ev) {
      var t = ev.target;
      if (t.matches('input[type=checkbox], input[type=radio], select, input[type=text], input[type=search]')) {
        var status = document.getElementById('explorer-status');
        if (status) { status.textContent = 'Updating the results…'; }
        submit();
      }
    });

    // Narrow screens: the filters start folded into "Filters (n)".
    var drawer = form.querySelector('.filters-drawer');
    if (drawer && window.matchMedia('(max-width: 900px)').matches) { drawer.removeAttribute('open'); }

    // The table view sorts the page shown by any column heading.
    var table = document.getElementById('events-table');
    if (table) {
      var heads = table.querySelectorAll('th[data-key]');
      heads.forEach(function (th, i) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = th.textContent;
        th.textContent = '';
        th.appendChild(button);
        button.addEventListener('click', function () { sort(th); });
      });
      function cellValue(row, index) {
        var cell = row.children[index];
        return (cell.getAttribute('data-sort') || cell.textContent).trim().toLowerCase();
      }
      function sort(th) {
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
    }
  });
})();
