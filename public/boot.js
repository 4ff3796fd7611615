/*
 * The page's boot check (a classic script, loaded before the app; no inline
 * script, the CSP allows none). If the app's code cannot load — the main
 * bundle or the MapLibre chunk answering 404 or 500, served as text/plain,
 * or cut off — <coop-map> is never defined and the page would stay blank.
 * This shows the static #boot-failure message instead (French and English,
 * with the name of the file that failed and a reload link). Text only: the
 * file name is set with textContent.
 */
(function () {
  'use strict';
  // What failed, most precise first: a preloaded module (names the chunk itself), a script, an evaluation error.
  var failed = { link: [], script: [], evaluation: [] };
  var shown = false;

  /** The file name of a URL of this site, short enough to read. */
  function fileName(url) {
    try {
      var path = new URL(url, document.baseURI).pathname;
      return path.slice(path.lastIndexOf('/') + 1) || path;
    } catch {
      return '';
    }
  }

  function note(list, url) {
    var name = fileName(url);
    if (name && list.indexOf(name) < 0) list.push(name);
  }

  function show() {
    if (shown) return;
    var box = document.getElementById('boot-failure');
    if (!box) return;
    shown = true;
    var names = failed.link.length ? failed.link : failed.script.length ? failed.script : failed.evaluation;
    var slots = box.querySelectorAll('[data-what]');
    for (var i = 0; i < slots.length; i++) slots[i].textContent = names.join(', ') || '?';
    box.hidden = false;
    var app = document.querySelector('coop-map');
    if (app) app.hidden = true;
  }

  function booted() {
    return !!(window.customElements && window.customElements.get('coop-map'));
  }

  // A script or a module preload that fails to load; an error thrown while the code is evaluated
  // (a truncated file is a syntax error). Either before the app is defined means it cannot start.
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName === 'LINK') note(failed.link, target.href);
      else if (target && target !== window && target.tagName === 'SCRIPT') note(failed.script, target.src);
      else if (!booted() && event.filename) note(failed.evaluation, event.filename);
    },
    true,
  );

  // Module scripts have run by the load event: if the app is not defined then, it failed.
  window.addEventListener('load', function () {
    if (!booted()) show();
  });
})();
