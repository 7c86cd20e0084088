// Progressive enhancement for answer forms: an answer is kept in a small outbox in localStorage
// until the server has responded, so a dropped connection or a reload never loses it. The form
// endpoint is idempotent (the same answer again only confirms), so re-sending is always safe.
(function () {
  'use strict';
  var KEY = 'newsquiz.outbox';

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save(box) {
    try { window.localStorage.setItem(KEY, JSON.stringify(box)); } catch (e) { /* private mode: no outbox */ }
  }
  function forget(action, at) {
    var box = load();
    if (box[action] && box[action].at === at) { delete box[action]; save(box); }
  }
  function currentToken() {
    var input = document.querySelector('input[name=csrf]');
    return input ? input.value : null;
  }
  function send(action, fields) {
    var body = new URLSearchParams();
    var token = currentToken();
    fields.forEach(function (f) { body.append(f[0], f[0] === 'csrf' && token ? token : f[1]); });
    return fetch(action, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow' });
  }
  function showOffline(show) {
    var note = document.querySelector('[data-offline]');
    if (note) { note.hidden = !show; }
    if (show) {
      // An earlier "Answer saved." next to "offline" would be confusing.
      document.querySelectorAll('.notice-success').forEach(function (n) { n.hidden = true; });
    }
  }

  // Sends what an earlier page could not; reloads when something arrived so the page is current.
  function flush() {
    var box = load();
    var actions = Object.keys(box);
    if (actions.length === 0 || !window.fetch) { return; }
    Promise.all(actions.map(function (action) {
      var entry = box[action];
      return send(action, entry.fields).then(function (response) {
        if (response.status < 500) { forget(action, entry.at); return 1; }
        return 0;
      }, function () { return 0; });
    })).then(function (sent) {
      var total = sent.reduce(function (a, b) { return a + b; }, 0);
      showOffline(total < actions.length);
      if (total > 0) { window.location.reload(); }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[data-outbox]') || !window.fetch || !window.URLSearchParams) { return; }
    event.preventDefault();
    var fields = [];
    new FormData(form).forEach(function (value, name) { fields.push([name, String(value)]); });
    var action = form.getAttribute('action');
    var entry = { fields: fields, at: Date.now() };
    var box = load();
    box[action] = entry;
    save(box);
    var button = form.querySelector('button[type=submit]');
    if (button) { button.disabled = true; }
    send(action, fields).then(function (response) {
      if (response.status >= 500) { throw new Error('server error'); }
      forget(action, entry.at);
      if (response.redirected && response.ok) {
        window.location.assign(response.url);
      } else {
        form.submit();
      }
    }).catch(function () {
      if (button) { button.disabled = false; }
      showOffline(true);
    });
  });

  window.addEventListener('online', flush);
  flush();

  var focus = document.querySelector('[data-focus]');
  if (focus) { focus.focus(); }
})();
