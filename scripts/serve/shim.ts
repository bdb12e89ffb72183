/**
 * The browser side of `etapaja serve`: `google.script.run` as the Apps Script sidebar frame
 * provides it (https://developers.google.com/apps-script/guides/html/reference/run). Calls are
 * asynchronous; arguments and results travel as JSON; withSuccessHandler, withFailureHandler and
 * withUserObject return a new runner, as the real ones do. Served as plain JavaScript.
 */
export const SHIM_PATH = '/__etapaja/google-script-run.js';
export const RUN_PATH = '/__etapaja/run';
/** The header carrying the session serve gave the page (lower case, as Node names headers). */
export const SESSION_HEADER = 'x-etapaja-session';

export const SHIM_SOURCE = `(function () {
  'use strict';
  // The session serve gave this page, on the shim's own script tag.
  var session = (document.currentScript && document.currentScript.getAttribute('data-session')) || '';
  function post(fn, args, success, failure, userObject) {
    var body;
    try {
      body = JSON.stringify({ fn: fn, args: args });
    } catch (e) {
      setTimeout(function () { if (failure) failure(e, userObject); }, 0);
      return;
    }
    fetch(${JSON.stringify(RUN_PATH)}, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Etapaja-Run': '1', 'X-Etapaja-Session': session },
      body: body,
    })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.ok) { if (success) success(answer.value, userObject); }
        else if (failure) {
          var error = new Error(answer.error.message);
          error.name = answer.error.name || 'ScriptError';
          failure(error, userObject);
        }
      })
      .catch(function (error) { if (failure) failure(error, userObject); });
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { post(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
      },
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () {},
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
    },
    url: {
      getLocation: function (callback) {
        var parameter = {}, parameters = {};
        new URLSearchParams(location.search).forEach(function (v, k) {
          if (!(k in parameter)) parameter[k] = v;
          (parameters[k] = parameters[k] || []).push(v);
        });
        callback({ hash: location.hash.slice(1), parameter: parameter, parameters: parameters });
      },
    },
  };
})();
`;
