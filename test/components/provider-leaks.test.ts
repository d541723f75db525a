/**
 * The real provider (SDK adapter, tab link, Web Locks) removed, moved or re-configured while a
 * restore or a refresh is out leaves nothing behind: no request (each aborted), no timer
 * (request deadlines and refresh schedules), no BroadcastChannel, `storage` listener or lock.
 * The network is a stub whose requests stay pending until aborted, as a hung server's would.
 */
import { expect, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import { settle } from './fixture.js';

if (!customElements.get('cognito-user-pool')) customElements.define('cognito-user-pool', CognitoUserPool);

const CLIENT = 'leakclient';
const PREFIX = `CognitoIdentityServiceProvider.${CLIENT}`;
const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
const jwt = (claims: object) => `${b64({ alg: 'none', kid: 'test' })}.${b64(claims)}.signature`;

/** A stored session for ana whose tokens expire `in` seconds from now (negative: expired). */
function storeSession(expiresIn: number) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'sub-ana', username: 'ana', 'cognito:username': 'ana', iat: now + expiresIn - 3600, exp: now + expiresIn };
  localStorage.setItem(`${PREFIX}.LastAuthUser`, 'ana');
  localStorage.setItem(`${PREFIX}.ana.idToken`, jwt({ ...claims, token_use: 'id' }));
  localStorage.setItem(`${PREFIX}.ana.accessToken`, jwt({ ...claims, token_use: 'access' }));
  localStorage.setItem(`${PREFIX}.ana.refreshToken`, 'refresh-token');
  localStorage.setItem(`${PREFIX}.ana.clockDrift`, '0');
}

/** Watches what outlives the provider: requests, timers of a second or more, channels, storage listeners. */
function watch() {
  const real = { fetch: window.fetch, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout,
    BroadcastChannel: window.BroadcastChannel, add: window.addEventListener, remove: window.removeEventListener };
  const arm = real.setTimeout.bind(window);
  const disarm = real.clearTimeout.bind(window);
  const requests: Array<{ target: string; signal: AbortSignal }> = [];
  const timers = new Set<number>();
  const channels = new Set<BroadcastChannel>();
  const storageListeners = new Set<unknown>();
  window.fetch = ((_url: string, init: RequestInit) => {
    const signal = init.signal ?? new AbortController().signal;
    const headers = init.headers as Record<string, string>;
    requests.push({ target: headers['X-Amz-Target'] ?? headers['x-amz-target'], signal });
    return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  }) as typeof fetch;
  window.setTimeout = ((fn: () => void, delay = 0, ...args: unknown[]) => {
    const id: number = arm(() => (timers.delete(id), fn(...(args as []))), delay);
    if (delay >= 1000) timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => (timers.delete(id), disarm(id))) as typeof clearTimeout;
  window.BroadcastChannel = class extends real.BroadcastChannel {
    constructor(name: string) {
      super(name);
      channels.add(this);
    }
    override close() {
      channels.delete(this);
      super.close();
    }
  };
  window.addEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'storage') storageListeners.add(listener);
    return real.add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: unknown, options?: unknown) {
    if (type === 'storage') storageListeners.delete(listener);
    return real.remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof removeEventListener;
  const pending = () => requests.filter((r) => !r.signal.aborted);
  const locks = async () => {
    const { held = [], pending: waiting = [] } = await navigator.locks.query();
    return [...held, ...waiting].filter((lock) => lock.name?.includes(CLIENT)).length;
  };
  return {
    requests,
    /** Everything still alive, by kind. */
    async alive() {
      await new Promise((resolve) => arm(resolve, 50));
      return { requests: pending().length, timers: timers.size, channels: channels.size, storageListeners: storageListeners.size, locks: await locks() };
    },
    restore() {
      Object.assign(window, { fetch: real.fetch, setTimeout: real.setTimeout, clearTimeout: real.clearTimeout, BroadcastChannel: real.BroadcastChannel });
      window.addEventListener = real.add;
      window.removeEventListener = real.remove;
    },
  };
}

const NOTHING = { requests: 0, timers: 0, channels: 0, storageListeners: 0, locks: 0 };
let watcher: ReturnType<typeof watch>;
const containers: HTMLElement[] = [];

beforeEach(() => {
  watcher = watch();
});
afterEach(() => {
  containers.splice(0).forEach((container) => container.remove());
  watcher.restore();
  for (const key of Object.keys(localStorage)) if (key.includes(CLIENT)) localStorage.removeItem(key);
});

async function provider(identityPoolId?: string): Promise<CognitoUserPool> {
  const container = document.createElement('div');
  containers.push(container);
  render(html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id=${CLIENT} endpoint="http://127.0.0.1:9/" storage="local"
    identity-pool-id=${identityPoolId ?? nothing}></cognito-user-pool>`, container);
  document.body.append(container);
  const el = container.firstElementChild as CognitoUserPool;
  await settle(el);
  return el;
}

const actions: Record<string, (el: CognitoUserPool) => Promise<void>> = {
  removed: async (el) => el.remove(),
  moved: async (el) => {
    const other = document.createElement('div');
    containers.push(other);
    document.body.append(other);
    other.append(el);
    await settle(el);
    el.remove();
  },
  're-configured': async (el) => {
    el.requestTimeout = 15_000;
    await settle(el);
    el.remove();
  },
};

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 3000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The refresh request is out, with its deadline armed and the lock held. */
async function refreshIsOut() {
  await until(() => watcher.requests.length > 0, 'the refresh request');
  expect(watcher.requests.map((r) => r.target)).to.deep.equal(['AWSCognitoIdentityProviderService.InitiateAuth']);
  const alive = await watcher.alive();
  expect(alive).to.include({ requests: 1, channels: 1, locks: 1 });
  expect(alive.timers).to.be.greaterThan(0);
}

describe('<cognito-user-pool> leaves nothing behind', () => {
  for (const [name, act] of Object.entries(actions)) {
    it(`${name} during a restore that refreshes an expired session`, async () => {
      storeSession(-60);
      const el = await provider();
      await refreshIsOut();
      await act(el);
      expect(await watcher.alive()).to.deep.equal(NOTHING);
      expect(el.state.status).to.equal('loading');
    });

    it(`${name} during a refresh`, async () => {
      storeSession(3000);
      const el = await provider();
      await until(() => el.state.status === 'signed-in', 'the restored session');
      const refresh = el.auth!.refresh().catch((error: { code: string }) => error.code);
      await refreshIsOut();
      await act(el);
      expect(await refresh).to.equal('AbortError');
      expect(await watcher.alive()).to.deep.equal(NOTHING);
    });
  }

  it('removed while AWS credentials are being fetched: the request is aborted, and no error follows', async () => {
    storeSession(3000);
    const el = await provider('us-east-1:00000000-0000-4000-8000-000000000000');
    await until(() => watcher.requests.length > 0, 'the credentials request');
    expect(watcher.requests.map((r) => r.target)).to.deep.equal(['AWSCognitoIdentityService.GetId']);
    const errors: unknown[] = [];
    el.addEventListener('cognito-error', (event) => errors.push((event as CustomEvent).detail));
    el.remove();
    expect(await watcher.alive()).to.deep.equal(NOTHING);
    expect(errors).to.deep.equal([]);
  });

  it('the storage-event fallback (no BroadcastChannel) is removed too', async () => {
    // @ts-expect-error: a browser without BroadcastChannel
    delete window.BroadcastChannel;
    storeSession(3000);
    const el = await provider();
    expect((await watcher.alive()).storageListeners).to.equal(1);
    el.remove();
    expect(await watcher.alive()).to.deep.equal(NOTHING);
  });
});
