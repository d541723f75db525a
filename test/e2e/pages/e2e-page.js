// Loaded by every e2e page as a classic script at the end of <body>, before the CDN bundle's
// module script (which runs only after parsing), so:
//  1. the query string's parameters become attributes of every <cognito-user-pool> before the
//     elements upgrade (`?endpoint=...&user-pool-id=...&client-id=...&auth-flow=...`);
//  2. every `cognito-*` event, from any element, is recorded into `window.__events` as
//     { type, target, detail } with the detail JSON round-tripped (details are plain data).
(() => {
  const params = new URLSearchParams(location.search);
  for (const provider of document.querySelectorAll('cognito-user-pool')) {
    for (const [name, value] of params) provider.setAttribute(name, value);
  }

  const events = (window.__events = []);
  const describe = (target) =>
    target === window ? 'window' : target === document ? 'document' : (target?.localName ?? String(target));
  const plain = (detail) => {
    if (detail === undefined || detail === null) return null;
    try {
      return JSON.parse(JSON.stringify(detail));
    } catch (error) {
      return { unserializable: String(error) };
    }
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (typeof event?.type === 'string' && event.type.startsWith('cognito-')) {
      events.push({ type: event.type, target: describe(this), detail: plain(event.detail) });
    }
    return dispatch.call(this, event);
  };
})();
