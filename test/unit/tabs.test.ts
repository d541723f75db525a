/**
 * Tabs that share a session's storage: each tab is an AuthService over an adapter that reads and
 * writes one shared store, linked by a bus that delivers messages to the other tabs when the
 * test says (so a test can look before they arrive) and a lock shared by all.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AuthService, type SessionEvent } from '../../src/auth/service.js';
import type { TabLink, TabMessage } from '../../src/auth/tab-sync.js';
import type { Tokens } from '../../src/auth/types.js';
import { sdkError, FakeAdapter, tokens } from '../shared/fake-adapter.js';

const config = { userPoolId: 'us-east-1_Test', clientId: 'client' };
const HOUR = 3_600_000;

function browser(options: { locks?: boolean } = {}) {
  const clock = { now: 10_000_000 };
  const storage: { session: { username: string; tokens: Tokens } | null } = { session: null };
  const links = new Set<{ listeners: Set<(m: TabMessage) => void> }>();
  const queue: Array<() => void> = [];
  let held: Promise<unknown> = Promise.resolve();
  let busy = 0;
  let issued = 0;
  let signIns = 0;
  const refreshes: string[] = [];
  /** What each refresh does; a test may hold it back. */
  const behaviour = { refresh: async (tab: string): Promise<Tokens> => (refreshes.push(tab), tokens(clock.now, HOUR, `r${++issued}`)) };

  function link(): TabLink & { listeners: Set<(m: TabMessage) => void> } {
    const self = {
      listeners: new Set<(m: TabMessage) => void>(),
      post: (message: TabMessage) => {
        for (const other of links) if (other !== self) queue.push(() => other.listeners.forEach((l) => l(message)));
      },
      listen: (listener: (m: TabMessage) => void) => (self.listeners.add(listener), () => self.listeners.delete(listener)),
      exclusive<T>(task: (contended: boolean) => Promise<T>, signal?: AbortSignal): Promise<T> {
        if (!options.locks) return task(false);
        const contended = busy > 0;
        busy++;
        const run = held.then(() => {
          if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
          return task(contended);
        }).finally(() => busy--);
        held = run.catch(() => {});
        return run;
      },
      close: () => void links.delete(self),
    };
    links.add(self);
    return self;
  }

  function tab(name: string) {
    const adapter = new FakeAdapter({
      signIn: async (username) => {
        storage.session = { username, tokens: tokens(clock.now, HOUR, `${name}-signin${++signIns}-${username}`) };
        return { kind: 'done', username, tokens: storage.session.tokens };
      },
      restoreSession: async () => storage.session,
      refreshSession: async () => {
        const fresh = await behaviour.refresh(name);
        if (storage.session) storage.session = { ...storage.session, tokens: fresh };
        return fresh;
      },
      clearLocalSession: () => void (storage.session = null),
    });
    adapter.storedSession = () => storage.session;
    const tabLink = link();
    const auth = new AuthService(config, adapter, () => clock.now, tabLink);
    const events: SessionEvent[] = [];
    auth.onSession((e) => events.push(e));
    return { auth, adapter, events, link: tabLink };
  }

  /** Delivers every message posted so far (and those they cause). */
  const deliver = async () => {
    while (queue.length) queue.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { tab, storage, clock, deliver, behaviour, refreshes, links, issued: () => issued };
}

/**
 * A browser with two tabs, disposed after the test: with `signedIn` (the default), `a` signed
 * in as ana and `other` restored from the storage they share; otherwise both signed out.
 */
async function twoTabs(t: TestContext, { locks = false, signedIn = true } = {}) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const b = browser({ locks });
  const [a, other] = [b.tab('A'), b.tab('B')];
  t.after(() => (a.auth.dispose(), other.auth.dispose()));
  if (signedIn) await a.auth.signIn('ana', 'pw');
  else await a.auth.restore();
  await other.auth.restore();
  return { b, a, other };
}

test('a sign-in in one tab signs the other in, which says so (restored)', async (t) => {
  const { b, a, other } = await twoTabs(t, { signedIn: false });
  await a.auth.signIn('ana', 'pw');
  assert.equal(other.auth.state.status, 'signed-out', 'not before the message');
  await b.deliver();
  assert.equal(other.auth.state.status, 'signed-in');
  assert.deepEqual(other.events.map((e) => [e.type, e.username]), [['restored', 'ana']]);
  assert.deepEqual(a.events, [], 'the tab that signed in hears nothing of its own');
});

test('a sign-out in one tab signs the other out; its getTokens() is null even before the message', async (t) => {
  const { b, a, other } = await twoTabs(t);
  assert.equal((await other.auth.getTokens())?.accessToken, 'access-A-signin1-ana');
  a.auth.signOut(true);
  assert.equal(await other.auth.getTokens(), null, 'the revoked token is never handed out');
  assert.equal(other.auth.state.status, 'signed-out');
  await b.deliver();
  assert.deepEqual(other.events.map((e) => e.type), ['restored', 'signed-out']);
  const third = b.tab('C');
  await third.auth.restore();
  await a.auth.signIn('ana', 'pw');
  await b.deliver();
  a.auth.signOut(true);
  await b.deliver();
  assert.deepEqual(third.events.at(-1), { type: 'signed-out', username: 'ana', global: true }, 'global comes along');
  third.auth.dispose();
});

test('a refresh in one tab reaches the other: new tokens, its own refreshed event, no request of its own', async (t) => {
  const { b, a, other } = await twoTabs(t);
  const fresh = await a.auth.refresh();
  assert.equal((await other.auth.getTokens())?.accessToken, fresh.accessToken, 'getTokens reads what the other tab stored');
  await b.deliver();
  assert.deepEqual(other.events.map((e) => e.type), ['restored', 'refreshed']);
  assert.deepEqual(b.refreshes, ['A']);
});

test('a change of user: the other tab signs the first user out, then the second in', async (t) => {
  const { b, a, other } = await twoTabs(t);
  await a.auth.signIn('bob', 'pw');
  await b.deliver();
  assert.deepEqual(other.events.map((e) => [e.type, e.username]), [['restored', 'ana'], ['signed-out', 'ana'], ['restored', 'bob']]);
  assert.equal(other.auth.state.status === 'signed-in' && other.auth.state.username, 'bob');
});

test('with the lock, tabs whose refresh falls due together send one request', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const b = browser({ locks: true });
  const tabs = [b.tab('A'), b.tab('B'), b.tab('C')];
  await tabs[0].auth.signIn('ana', 'pw');
  for (const x of tabs.slice(1)) await x.auth.restore();
  await Promise.all(tabs.map((x) => x.auth.refresh()));
  assert.equal(b.refreshes.length, 1, `one refresh, not ${b.refreshes.join(', ')}`);
  const held = tabs.map((x) => x.auth.state.status === 'signed-in' && x.auth.state.tokens.accessToken);
  assert.deepEqual(new Set(held).size, 1, 'every tab holds the new tokens');
  tabs.forEach((x) => x.auth.dispose());
});

test('without the lock the same race sends a request per tab (what the lock prevents)', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const b = browser({ locks: false });
  const tabs = [b.tab('A'), b.tab('B')];
  await tabs[0].auth.signIn('ana', 'pw');
  await tabs[1].auth.restore();
  await Promise.all(tabs.map((x) => x.auth.refresh()));
  assert.equal(b.refreshes.length, 2);
  tabs.forEach((x) => x.auth.dispose());
});

test('signed out in another tab while a refresh is out: what it brings back is not stored', async (t) => {
  const { b, a, other } = await twoTabs(t);
  let release!: () => void;
  b.behaviour.refresh = () => new Promise((resolve) => (release = () => resolve(tokens(b.clock.now, HOUR, 'late'))));
  const pending = other.auth.refresh();
  a.auth.signOut();
  await b.deliver();
  release();
  await assert.rejects(pending, { code: 'NotAuthorizedException' });
  assert.equal(b.storage.session, null, 'the late tokens did not bring the session back');
  assert.equal(other.auth.state.status, 'signed-out');
});

test('a refused refresh while another tab holds a newer session: taken, not cleared', async (t) => {
  const { b, a, other } = await twoTabs(t);
  b.behaviour.refresh = async () => {
    await a.auth.signIn('ana', 'pw'); // meanwhile: signed in anew there
    throw sdkError('NotAuthorizedException', 'Refresh Token has been revoked');
  };
  await assert.rejects(other.auth.refresh());
  assert.equal(other.auth.state.status, 'signed-in');
  assert.equal(other.auth.state.status === 'signed-in' && other.auth.state.tokens.accessToken, b.storage.session?.tokens.accessToken);
  assert.ok(b.storage.session, 'the other tab’s session stays stored');
});

test('dispose leaves no tab listener, channel or lock wait behind', async (t) => {
  const { b, a, other } = await twoTabs(t, { locks: true });
  let release!: () => void;
  b.behaviour.refresh = (tab) => new Promise((resolve) => (release = () => (b.refreshes.push(tab), resolve(tokens(b.clock.now, HOUR, 'x')))));
  const first = a.auth.refresh();
  const waiting = other.auth.refresh(); // waits for A's lock
  await b.deliver();
  other.auth.dispose();
  assert.equal(other.link.listeners.size, 0, 'no listener');
  assert.equal(b.links.size, 1, 'its link is closed');
  release();
  await first;
  await assert.rejects(waiting);
  await b.deliver();
  assert.deepEqual(b.refreshes, ['A'], 'the disposed tab sent nothing once the lock was free');
  assert.deepEqual(other.events.map((e) => e.type), ['restored']);
});

test('a message that arrives before this tab sees the write: looked at again shortly after', async (t) => {
  const { b, a, other } = await twoTabs(t, { signedIn: false });
  await a.auth.signIn('ana', 'pw');
  const written = b.storage.session;
  b.storage.session = null; // the other tab's view of the storage lags behind
  await b.deliver();
  assert.equal(other.auth.state.status, 'signed-out');
  b.storage.session = written;
  t.mock.timers.tick(50);
  assert.equal(other.auth.state.status, 'signed-in');
  assert.deepEqual(other.events.map((e) => e.type), ['restored']);
});

test('"signed out" is taken at its word even while this tab still sees the old session stored', async (t) => {
  const { b, a, other } = await twoTabs(t);
  const old = b.storage.session;
  a.auth.signOut();
  b.storage.session = old; // stale view
  await b.deliver();
  assert.equal(other.auth.state.status, 'signed-out');
  t.mock.timers.tick(1_000);
  assert.equal(await other.auth.getTokens(), null, 'and the stale view does not bring it back');
  assert.equal(other.auth.state.status, 'signed-out');
  assert.deepEqual(other.events.map((e) => e.type), ['restored', 'signed-out']);
});

test('after waiting for the lock, a tab gives its lagging view of the storage time to show the other tab’s refresh', async (t) => {
  const { b, a, other } = await twoTabs(t, { locks: true });
  const before = b.storage.session;
  let lagging = true;
  other.adapter.storedSession = () => (lagging ? before : b.storage.session);
  const both = Promise.all([a.auth.refresh(), other.auth.refresh()]);
  await b.deliver();
  for (let i = 0; i < 4; i++) (t.mock.timers.tick(25), await b.deliver());
  assert.equal(b.refreshes.length, 1, 'still waiting, not refreshing');
  lagging = false;
  t.mock.timers.tick(25);
  await both;
  assert.deepEqual(b.refreshes, ['A']);
  assert.equal(other.auth.state.status === 'signed-in' && other.auth.state.tokens.accessToken, b.storage.session?.tokens.accessToken);
});
