// The import status page without reloads: the progress bar follows the import, and the page reloads once it has
// ended (to show the counts or the errors). Without this file the page refreshes itself (meta refresh).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('import-status');
    if (!box) { return; }
    var state = box.getAttribute('data-state');
    if (state !== 'CHECKING' && state !== 'WRITING') { return; }
    var refresh = document.querySelector('meta[http-equiv=refresh]');
    if (refresh) { refresh.remove(); }
    var bar = document.getElementById('import-progress');
    var text = document.getElementById('import-progress-text');
    function percent(s) {
      if (s.state === 'CHECKING') { return 5; }
      if (s.state === 'WRITING') { return s.lines ? Math.round(10 + 90 * Math.min(1, s.processed / s.lines)) : 10; }
      return 100;
    }
    function poll() {
      fetch(box.getAttribute('data-status-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { setTimeout(poll, 4000); return; }
          if (s.state === 'DONE' || s.state === 'FAILED') { window.location.reload(); return; }
          bar.value = percent(s);
          bar.textContent = bar.value + '%';
          text.textContent = s.state === 'CHECKING' ? s.lines + ' records checked'
            : s.processed + ' of ' + s.lines + ' records written';
          setTimeout(poll, 1000);
        })
        .catch(function () { setTimeout(poll, 4000); });
    }
    poll();
  });
})();
