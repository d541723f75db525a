// The demo page's glue. It does what an app would: configure <cognito-user-pool>, load the CDN
// bundle, and react to the elements' events. The dev-pool parts (finding the pool, the inbox)
// are demo conveniences that a real app does not need.
const $ = (selector) => document.querySelector(selector);
const provider = $('#pool');
const poolStatus = $('#pool-status');

// ----- 1. Find the dev pool and configure the provider BEFORE the elements upgrade ----------------
let endpoint;
try {
  ({ endpoint } = await fetchJson('/dev-pool.json'));
  const config = await fetchJson(new URL('_dev/config', endpoint));
  provider.setAttribute('endpoint', config.endpoint ?? endpoint);
  provider.setAttribute('user-pool-id', config.userPoolId);
  provider.setAttribute('client-id', config.clientId);
  if (config.region) provider.setAttribute('region', config.region);
  if (config.identityPoolId) provider.setAttribute('identity-pool-id', config.identityPoolId);
  poolStatus.textContent = `Dev pool ${config.userPoolId} at ${new URL(endpoint).host}`;
  poolStatus.dataset.state = 'ok';
} catch (error) {
  poolStatus.textContent = `Dev pool not reachable${endpoint ? ` at ${endpoint}` : ''}: is npm start still running?`;
  poolStatus.dataset.state = 'error';
  console.error(error);
}

async function fetchJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.json();
}

// ----- 2. The signed-in panel: what the events say about the session -------------------------
let expiryTimer;
function showSession(detail) {
  $('#steps').hidden = true;
  const claims = decodeJwt(detail.tokens?.idToken);
  $('#who').textContent = `Hello, ${claims.name ?? claims['cognito:username'] ?? detail.username}`;
  $('#fact-username').textContent = detail.username;
  $('#fact-email').textContent = claims.email ?? '—';
  const expiresAt = new Date(detail.expiresAt);
  const expiry = $('#fact-expiry');
  expiry.dateTime = expiresAt.toISOString();
  expiry.textContent = expiresAt.toLocaleTimeString();
  clearInterval(expiryTimer);
  const tick = () => {
    const seconds = Math.round((expiresAt.getTime() - Date.now()) / 1000);
    $('#fact-countdown').textContent =
      seconds > 0 ? `(in ${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s)` : '(refreshing)';
  };
  tick();
  expiryTimer = setInterval(tick, 1000);
}

function decodeJwt(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return {};
  }
}

// ----- 3. React to the elements' events (API.md, "Events") -----------------------------------
for (const type of ['cognito-signed-in', 'cognito-session-restored', 'cognito-tokens-refreshed']) {
  provider.addEventListener(type, ({ detail }) => showSession(detail));
}

// Never the secret: the identity and when the credentials expire.
provider.addEventListener('cognito-credentials', ({ detail }) => {
  $('#fact-identity').textContent = detail.identityId;
  const credentials = $('#fact-credentials');
  credentials.dateTime = detail.expiration.toISOString();
  credentials.textContent = detail.expiration.toLocaleTimeString();
});

provider.addEventListener('cognito-signed-out', () => {
  clearInterval(expiryTimer);
  $('#steps').hidden = false;
  $('#fact-identity').textContent = '—';
  $('#fact-credentials').textContent = '—';
});

// The event log: every cognito-* event that reaches the provider, without session or tokens.
const EVENTS = [
  'cognito-signed-up', 'cognito-sign-up-confirmed', 'cognito-code-sent', 'cognito-challenge',
  'cognito-signed-in', 'cognito-session-restored', 'cognito-tokens-refreshed', 'cognito-credentials',
  'cognito-password-reset', 'cognito-password-changed', 'cognito-attributes-updated',
  'cognito-attribute-verified', 'cognito-mfa-updated', 'cognito-account-deleted',
  'cognito-signed-out', 'cognito-totp-verified', 'cognito-error',
];
const eventList = $('#events');
for (const type of EVENTS) {
  provider.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = type;
    name.className = type === 'cognito-error' ? 'bad' : '';
    const time = document.createElement('span');
    time.className = 'muted';
    time.textContent = new Date().toLocaleTimeString();
    const detail = document.createElement('pre');
    detail.textContent = JSON.stringify(
      event.detail,
      (key, value) =>
        key === 'session'
          ? undefined
          : key === 'tokens'
            ? '{ idToken, accessToken, refreshToken }'
            : key === 'secretAccessKey' || key === 'sessionToken'
              ? '…'
              : value,
      2,
    );
    item.append(name, ' ', time, detail);
    eventList.prepend(item);
    while (eventList.children.length > 30) eventList.lastElementChild.remove();
  });
}
$('#clear-log').addEventListener('click', () => eventList.replaceChildren());

// ----- 4. Load the elements -------------------------------------------------------------------
try {
  await import('/dist/cdn/cognito-elements.js');
} catch (error) {
  poolStatus.textContent = `Could not load /dist/cdn/cognito-elements.js: run npm start (it builds first).`;
  poolStatus.dataset.state = 'error';
  throw error;
}

// ----- 5. The dev pool's inbox, polled every second --------------------------------------------
const inbox = $('#inbox');
const inboxEmpty = $('#inbox-empty');
let shown = -1;

async function pollInbox() {
  if (!endpoint) return;
  let messages;
  try {
    messages = await fetchJson(new URL('_dev/inbox', endpoint));
  } catch {
    return; // the status line already says when the pool is gone
  }
  if (messages.length === shown) return;
  shown = messages.length;
  inboxEmpty.hidden = messages.length > 0;
  inbox.replaceChildren(...messages.slice().reverse().map(renderMessage));
}

const KIND_LABELS = {
  CONFIRM_SIGN_UP: 'Confirm sign-up',
  FORGOT_PASSWORD: 'Reset password',
  VERIFY_ATTRIBUTE: 'Verify attribute',
  MFA: 'Sign-in code',
  CUSTOM_CHALLENGE: 'Challenge',
  TEMPORARY_PASSWORD: 'Temporary password',
};

function renderMessage(message) {
  const item = document.createElement('li');
  item.className = 'message';
  const head = document.createElement('div');
  head.className = 'message-head';
  const kind = document.createElement('span');
  kind.className = `badge kind-${message.kind.toLowerCase()}`;
  kind.textContent = KIND_LABELS[message.kind] ?? message.kind;
  const when = document.createElement('time');
  when.dateTime = message.sentAt;
  when.className = 'muted';
  when.textContent = new Date(message.sentAt).toLocaleTimeString();
  head.append(kind, when);

  const to = document.createElement('p');
  to.className = 'to';
  to.textContent = `${message.medium === 'SMS' ? 'SMS' : 'E-mail'} to ${message.destination} · user ${message.username}`;

  const code = document.createElement('button');
  code.type = 'button';
  code.className = 'code';
  code.textContent = message.code;
  code.title = 'Copy the code';
  code.setAttribute('aria-label', `Copy code ${message.code}`);
  code.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(message.code);
      code.dataset.copied = 'true';
      setTimeout(() => delete code.dataset.copied, 1200);
    } catch {
      /* no clipboard permission: the code is on screen anyway */
    }
  });
  item.append(head, to, code);
  return item;
}

pollInbox();
setInterval(pollInbox, 1000);
