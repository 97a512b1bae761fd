// The browser half of the google.script.run stand-in, injected only into pages the preview serves (never into dist/):
// calls are checked as Apps Script checks them, sent as JSON, answered through the handlers; a lost answer is a network error.

const STAND_IN = `(function () {
  'use strict';
  var user = new URLSearchParams(location.search).get('user') || '';
  function check(value, path, seen) {
    if (value === null || value === undefined) return;
    var type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return;
    var tag = Object.prototype.toString.call(value);
    if (type !== 'object' || (tag !== '[object Object]' && tag !== '[object Array]')) {
      throw new TypeError('Failed due to illegal value in property: ' + path + (tag === '[object Date]' ? ' (a Date)' : ''));
    }
    if (seen.indexOf(value) >= 0) throw new TypeError('Failed due to illegal value in property: ' + path + ' (circular)');
    seen.push(value);
    Object.keys(value).forEach(function (key) { check(value[key], path + '.' + key, seen); });
    seen.pop();
  }
  function tellParent() {
    try { if (window.parent !== window) window.parent.postMessage('preview:ran', location.origin); } catch (e) { /* not framed */ }
  }
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          check(args, 'arguments', []);
          fetch('/run/' + encodeURIComponent(name) + '?user=' + encodeURIComponent(user), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args)
          }).then(function (response) { return response.json(); }).then(function (answer) {
            tellParent();
            if (answer.ok) { if (success) success(JSON.parse(answer.json)); }
            else if (failure) failure(new Error(answer.error));
          }, function () {
            tellParent();
            if (failure) failure(new Error('NetworkError: Connection failure due to HTTP 0'));
          });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { tellParent(); }, editor: { focus: function () {} } } } };
})();`;

/** The page with the stand-in as the first script of its head. */
export function withStandIn(html: string): string {
  const tag = `<script>${STAND_IN}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}
