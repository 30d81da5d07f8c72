// Enhancements for correcting and sharing: names suggested while typed, copy buttons. Every page works without it.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    // Filters folded on narrow screens (a drawer that opens with its button), unless some are in use.
    document.querySelectorAll('details.filters-drawer[data-fold-narrow]').forEach(function (drawer) {
      if (window.matchMedia('(max-width: 900px)').matches && drawer.getAttribute('data-fold-narrow') !== 'active') {
        drawer.removeAttribute('open');
      }
    });
    // Names suggested as they are typed, typos forgiven: the input's list is filled from /api/suggestions/{kind}.
    document.querySelectorAll('input[data-suggest]').forEach(function (input) {
      var kind = input.getAttribute('data-suggest');
      var listId = input.getAttribute('list');
      if (!kind || !listId) { return; }
      var timer = null;
      var last = '';
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = input.value.trim();
          if (q.length < 2 || q === last) { return; }
          last = q;
          fetch('/api/suggestions/' + kind + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : { items: [] }; })
            .then(function (body) {
              var list = document.getElementById(listId);
              if (!list || input.value.trim() !== q) { return; }
              var seen = {};
              var fresh = document.createDocumentFragment();
              body.items.forEach(function (s) {
                if (seen[s.name]) { return; }
                seen[s.name] = true;
                var o = document.createElement('option');
                o.value = s.name;
                // the label holds what was typed too, so the browser keeps a typo's match in view
                o.label = s.alias ? s.name + ' (also ' + s.alias + ')' : s.name + (s.distance > 0 && s.distance < 5 ? ' (for ' + q + ')' : '');
                fresh.appendChild(o);
              });
              list.replaceChildren(fresh);
            })
            .catch(function () { /* the plain list stays */ });
        }, 180);
      });
    });

    // Share: the address made absolute, and "copy" buttons.
    document.querySelectorAll('[data-share-path]').forEach(function (el) {
      var path = el.getAttribute('data-share-path');
      var absolute = window.location.origin + path;
      if (el.value.indexOf(path) >= 0 && el.value.indexOf('http') !== 0 && el.tagName === 'INPUT') {
        el.value = absolute;
      } else if (el.tagName === 'TEXTAREA' && el.value.indexOf(' ' + path + ' ') >= 0) {
        el.value = el.value.replace(' ' + path + ' ', ' ' + absolute + ' ');
      }
    });
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy'));
        var status = button.parentNode.querySelector('.copy-status');
        function done(ok) {
          if (status) { status.textContent = ok ? 'Copied.' : 'Select the text and copy it.'; }
        }
        source.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(function () { done(true); }, function () { done(document.execCommand('copy')); });
        } else {
          done(document.execCommand('copy'));
        }
      });
    });

    var guard = document.getElementById('new-names');
    if (guard && !document.getElementById('form-errors')) { guard.focus(); }
  });
})();
