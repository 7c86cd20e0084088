// Teacher pages: the live view follows server-sent events (it also works by plain refresh), and
// long-running forms say that they are working. Nothing here is needed for the pages to work.
(function () {
  'use strict';

  var live = document.querySelector('[data-live-source]');
  if (live && window.EventSource) {
    var announce = document.querySelector('[data-live-announce]');
    var hint = document.querySelector('[data-live-hint]');
    var source = new EventSource(live.getAttribute('data-live-source'));
    source.addEventListener('open', function () {
      if (hint) { hint.textContent = 'This page updates by itself as students join and answer.'; }
    });
    source.addEventListener('update', function (event) {
      live.innerHTML = event.data;
      live.setAttribute('data-updated', String(Date.now()));
      var status = live.querySelector('[data-live-status]');
      if (announce && status) { announce.textContent = status.textContent; }
    });
    source.addEventListener('error', function () {
      if (hint) { hint.textContent = 'Live updates paused; they resume by themselves, or refresh the page.'; }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-busy');
    if (!message) { return; }
    var note = document.querySelector('[data-busy-note]');
    if (note) { note.textContent = message; }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      // Disabled only after the browser has collected the form, so the button still counts as pressed.
      window.setTimeout(function () { button.disabled = true; }, 0);
    }
  });
})();
