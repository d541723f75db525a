import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AuthService, localExpiry, type SessionEvent } from '../../src/auth/service.js';
import type { Tokens } from '../../src/auth/types.js';
import { sdkError, FakeAdapter, tokens } from '../shared/fake-adapter.js';

const config = { userPoolId: 'us-east-1_Test', clientId: 'client' };
const HOUR = 3_600_000;

/**
 * The server's clock is `server.now`; the page's is the server's plus `skew`. Timers run on
 * node:test's mocked clock, which moves with the page's.
 */
function world(t: TestContext, skew: number, lifetime = HOUR) {
  t.mock.timers.enable({ apis: ['setTimeout'], now: 0 });
  const server = { now: 10_000_000 };
  const issue = (tag: string) => tokens(server.now, lifetime, tag);
  let n = 0;
  /** What the next refresh does; tests replace it (the adapter still records every call). */
  const behaviour = { refresh: async (): Promise<Tokens> => issue(`r${++n}`) };
  const adapter = new FakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: issue('a') }),
    refreshSession: () => behaviour.refresh(),
  });
  const auth = new AuthService(config, adapter, () => server.now + skew);
  const events: SessionEvent[] = [];
  auth.onSession((e) => events.push(e));
  const refreshes = () => adapter.callsTo('refreshSession').length;
  /** Moves both clocks (and the timers) on by `ms`, letting promises settle on the way. */
  const advance = async (ms: number, step = 1_000) => {
    for (let gone = 0; gone < ms; gone += step) {
      server.now += step;
      t.mock.timers.tick(step);
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  };
  return { auth, adapter, behaviour, events, refreshes, advance, server, skew };
}

for (const [label, skew] of [['2 h fast', 2 * HOUR], ['2 h slow', -2 * HOUR], ['right', 0]] as const) {
  test(`clock ${label}: one refresh per token lifetime, and getTokens never hands out an expired token`, async (t) => {
    const w = world(t, skew);
    await w.auth.signIn('ana', 'pw');
    await w.advance(1_000, 100);
    assert.equal(w.refreshes(), 0, 'no refresh right after sign-in');
    await w.advance(3 * HOUR, 10_000);
    assert.equal(w.refreshes(), 3, 'three refreshes in three lifetimes');
    const got = (await w.auth.getTokens()) as Tokens;
    assert.ok(got.expiresAt > w.server.now, 'the token handed out is valid on the server clock');
    assert.ok(localExpiry(got) > w.server.now + skew, 'and on the page clock');
    w.auth.dispose();
  });
}

test('5-minute tokens with the clock 4.5 min fast: no refresh storm', async (t) => {
  const w = world(t, 270_000, 300_000);
  await w.auth.signIn('ana', 'pw');
  await w.advance(200, 10);
  assert.equal(w.refreshes(), 0);
  await w.advance(600_000, 1_000);
  assert.equal(w.refreshes(), 2, 'two refreshes in two lifetimes');
  w.auth.dispose();
});

test('a failing refresh backs off: 30 s, 60 s, 120 s ...', async (t) => {
  const w = world(t, 0);
  await w.auth.signIn('ana', 'pw');
  w.behaviour.refresh = () => Promise.reject(sdkError('NetworkError'));
  await w.advance(HOUR - 60_000 + 1_000);
  const after = (ms: number) => w.advance(ms).then(() => w.adapter.callsTo('refreshSession').length);
  const first = w.adapter.callsTo('refreshSession').length;
  assert.equal(first, 1);
  assert.equal(await after(30_000), 2);
  assert.equal(await after(30_000), 2, 'the second wait is longer');
  assert.equal(await after(30_000), 3);
  assert.equal(await after(100_000), 3);
  assert.equal(await after(20_000), 4);
  w.auth.dispose();
});

test('getTokens calls in a row near expiry: one refresh, then none within the minimum interval', async (t) => {
  const w = world(t, 0);
  await w.auth.signIn('ana', 'pw');
  // A server that hands back tokens already near their end (a short lifetime left).
  w.behaviour.refresh = async () => tokens(w.server.now - HOUR + 30_000, HOUR, 'near');
  await w.advance(HOUR - 50_000, 10_000);
  for (let i = 0; i < 20; i++) await w.auth.getTokens();
  assert.equal(w.refreshes(), 1);
  w.auth.dispose();
});

test('dispose during a refresh leaves no timer and no new request', async (t) => {
  const w = world(t, 0);
  await w.auth.signIn('ana', 'pw');
  let release!: () => void;
  w.behaviour.refresh = () => new Promise((resolve) => (release = () => resolve(tokens(w.server.now, HOUR, 'late'))));
  const pending = w.auth.refresh();
  w.auth.dispose();
  release();
  await pending;
  await w.advance(5 * HOUR, 60_000);
  assert.equal(w.refreshes(), 1, 'no refresh after dispose');
  assert.deepEqual(w.events, [], 'no event after dispose');
});

test('dispose during a restore: the late result changes nothing and schedules nothing', async (t) => {
  const other = world(t, 0);
  let found!: (v: { username: string; tokens: Tokens }) => void;
  other.adapter.restoreSession = () => new Promise((resolve) => (found = resolve));
  const restoring = other.auth.restore();
  other.auth.dispose();
  found({ username: 'ana', tokens: tokens(other.server.now, HOUR) });
  await restoring;
  assert.equal(other.auth.state.status, 'loading', 'a restore that ends after dispose changes nothing');
  await other.advance(5 * HOUR, 60_000);
  assert.equal(other.refreshes(), 0);
});

test('dispose aborts the adapter\'s requests in flight', () => {
  let aborted = 0;
  const auth = new AuthService(config, new FakeAdapter({ dispose: () => void aborted++ }));
  auth.dispose();
  assert.equal(aborted, 1);
});
