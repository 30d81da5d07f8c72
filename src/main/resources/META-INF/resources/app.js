// Small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('form-errors');
    if (summary) { summary.focus(); }

    var form = document.getElementById('event-form');
    if (!form) { return; }

    // Fields that apply to some event types only: hidden for the others unless they hold a value or an error.
    var type = document.getElementById('type');
    function applyType() {
      form.querySelectorAll('.only-for[data-types]').forEach(function (el) {
        var applies = el.getAttribute('data-types').split(' ').indexOf(type.value) >= 0;
        var filled = Array.prototype.some.call(el.querySelectorAll('input[type=text], select'), function (i) { return i.value; });
        var invalid = el.classList.contains('invalid') || el.querySelector('.invalid');
        el.classList.toggle('not-applicable', !applies && !filled && !invalid);
      });
    }
    if (type) { type.addEventListener('change', applyType); applyType(); }

    // "Add another source" without a round trip: clone the last row with empty values and the next index.
    var add = document.getElementById('add-source');
    var rows = document.getElementById('source-rows');
    if (add && rows) {
      add.addEventListener('click', function (ev) {
        ev.preventDefault();
        var last = rows.querySelector('.source-row:last-child');
        var next = rows.querySelectorAll('.source-row').length;
        if (next >= 50) { return; }
        var copy = last.cloneNode(true);
        copy.setAttribute('data-row', String(next));
        copy.querySelector('h3').textContent = 'Source ' + (next + 1);
        copy.querySelectorAll('.error-text').forEach(function (e) { e.remove(); });
        copy.querySelectorAll('.invalid').forEach(function (e) { e.classList.remove('invalid'); });
        copy.querySelectorAll('input, select, textarea, label').forEach(function (el) {
          ['name', 'id', 'for'].forEach(function (a) {
            var v = el.getAttribute(a);
            if (v) { el.setAttribute(a, v.replace(/sources\[\d+\]/, 'sources[' + next + ']')); }
          });
          el.removeAttribute('aria-invalid');
          if (el.tagName === 'SELECT') { el.selectedIndex = 0; } else if (el.tagName !== 'LABEL') { el.value = ''; }
        });
        rows.appendChild(copy);
        copy.querySelector('input').focus();
      });
    }

    // The company's events near the date, refreshed when the company or the date changes.
    var company = document.getElementById('company');
    var date = document.getElementById('date');
    var box = document.getElementById('context-options');
    var timer = null;
    function refresh() {
      if (!company.value.trim() || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.value.trim())) { return; }
      var q = new URLSearchParams();
      q.set('company', company.value.trim());
      q.set('date', date.value.trim());
      box.querySelectorAll('input[name=context]:checked').forEach(function (c) { q.append('context', c.value); });
      fetch('/events/context-options?' + q.toString(), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) { box.innerHTML = html; } })
        .catch(function () { /* the "find" button still works */ });
    }
    function later() { clearTimeout(timer); timer = setTimeout(refresh, 350); }
    if (company && date && box) {
      company.addEventListener('change', later);
      date.addEventListener('change', later);
      date.addEventListener('input', later);
    }
  });
})();
