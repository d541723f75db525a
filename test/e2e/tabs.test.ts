/**
 * Two tabs (pages of one browser context: same origin, storage, cookies) against the dev pool:
 * a sign-in, refresh, change of user and sign-out in one reach the other within a second, which
 * fires its own events, shows it, and whose getTokens() never hands out a revoked or old token;
 * tabs whose refresh falls due together send one request.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'tess', PASSWORD);
await confirmedUser(ctx.pool, 'uma', PASSWORD);

type Held = { status: string; username?: string; accessToken?: string } | null;

/** The provider's state and what its getTokens() hands out, in one go. */
const held = (page: Page): Promise<Held> =>
  page.evaluate(async () => {
    const pool = document.querySelector('cognito-user-pool') as unknown as {
      state: { status: string; username?: string };
      getTokens(): Promise<{ accessToken: string } | null>;
    };
    const tokens = await pool.getTokens();
    return { status: pool.state.status, username: pool.state.username, accessToken: tokens?.accessToken };
  });

/** Stamps when each `cognito-*` event of interest reached the page (both pages share one clock). */
const stampEvents = (page: Page) =>
  page.evaluate(() => {
    const times: Array<{ type: string; at: number }> = ((window as unknown as { __times: unknown[] }).__times = []) as never;
    for (const type of ['cognito-signed-in', 'cognito-session-restored', 'cognito-tokens-refreshed', 'cognito-signed-out']) {
      document.addEventListener(type, () => times.push({ type, at: Date.now() }), true);
    }
  });
const timeOf = async (page: Page, type: string, nth = 1) => {
  const times = await page.evaluate(() => (window as unknown as { __times: Array<{ type: string; at: number }> }).__times);
  return times.filter((t) => t.type === type)[nth - 1]?.at ?? NaN;
};

/** Counts the refresh requests the pages of this test send. */
function countRefreshes(pages: Page[]) {
  let count = 0;
  for (const page of pages) {
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('REFRESH_TOKEN_AUTH')) count++;
    });
  }
  return () => count;
}

const refreshIn = (page: Page) =>
  page.evaluate(() => (document.querySelector('cognito-user-pool') as unknown as { auth: { refresh(): Promise<unknown> } }).auth.refresh().then(() => 'ok'));

for (const storage of ['local', 'cookie'] as const) {
  test(`storage="${storage}": sign-in, refresh, change of user and sign-out reach the other tab within a second`, { timeout: 60_000 }, async () => {
    const [a, b] = await ctx.openTabs(2, 'flows.html', { storage });
    await Promise.all([a, b].map((p) => p.waitForSelector('#sign-in cognito-sign-in form')));
    await Promise.all([a, b].map(stampEvents));
    const refreshes = countRefreshes([a, b]);

    await submitForm(a, '#sign-in', { username: 'tess', password: PASSWORD });
    await waitForEvent(a, 'cognito-signed-in');
    assert.equal((await waitForEvent(b, 'cognito-session-restored', { timeout: 1_000 })).detail?.username, 'tess');
    assert.ok((await timeOf(b, 'cognito-session-restored')) - (await timeOf(a, 'cognito-signed-in')) < 1_000);
    await b.waitForSelector('#sign-out cognito-sign-out form');
    assert.deepEqual(await held(b), await held(a), 'both tabs hold the same session');

    const before = (await held(a))?.accessToken;
    assert.equal(await refreshIn(a), 'ok');
    await waitForEvent(b, 'cognito-tokens-refreshed', { timeout: 1_000 });
    const after = await held(b);
    assert.notEqual(after?.accessToken, before);
    assert.equal(after?.accessToken, (await held(a))?.accessToken, 'the other tab hands out the new token');
    assert.equal(refreshes(), 1, 'and sent no refresh of its own');

    // A change of user without signing out first: the other tab ends tess's session, then takes uma's.
    await a.evaluate((pw) => (document.querySelector('cognito-user-pool') as unknown as { auth: { signIn(u: string, p: string): Promise<unknown> } }).auth.signIn('uma', pw).then(() => 'ok'), PASSWORD);
    assert.equal((await waitForEvent(b, 'cognito-signed-out', { timeout: 1_000 })).detail?.username, 'tess');
    assert.equal((await waitForEvent(b, 'cognito-session-restored', { count: 2, timeout: 1_000 })).detail?.username, 'uma');
    assert.equal((await held(b))?.username, 'uma');

    const revoked = (await held(b))?.accessToken;
    await a.click('#sign-out form button[type=submit]');
    // Asked at once, before any message could arrive: never the token just revoked.
    const right = await held(b);
    assert.notEqual(right?.accessToken, revoked);
    assert.deepEqual(right, { status: 'signed-out', username: undefined, accessToken: undefined });
    assert.deepEqual((await waitForEvent(b, 'cognito-signed-out', { count: 2, timeout: 1_000 })).detail, { username: 'uma', global: false });
    assert.ok((await timeOf(b, 'cognito-signed-out', 2)) - (await timeOf(a, 'cognito-signed-out')) < 1_000);
    await b.waitForSelector('#sign-in cognito-sign-in form');
    assert.equal(await b.locator('#sign-out cognito-sign-out form').count(), 0, 'no signed-in content left');
    await a.close();
    await b.close();
  });
}

test('tabs whose refresh falls due together send one refresh request (Web Locks)', { timeout: 60_000 }, async () => {
  const pages = await ctx.openTabs(3, 'flows.html');
  await submitForm(pages[0], '#sign-in', { username: 'tess', password: PASSWORD });
  for (const page of pages.slice(1)) await waitForEvent(page, 'cognito-session-restored');
  const refreshes = countRefreshes(pages);
  // "Together" made exact: the test holds the tabs' refresh lock until all three are waiting for
  // it (on a loaded machine page.evaluate calls can land far apart, and a tab that has already
  // taken another's new tokens rightly refreshes them again when asked).
  const lock = await pages[0].evaluate(() => {
    const pool = document.querySelector('cognito-user-pool')!;
    const name = `cognito-elements:${pool.getAttribute('user-pool-id')}:${pool.getAttribute('client-id')}:refresh`;
    const held = new Promise<void>((resolve) => Object.assign(window, { releaseRefreshLock: resolve }));
    return new Promise<string>((taken) => void navigator.locks.request(name, () => (taken(name), held)));
  });
  const refreshing = Promise.all(pages.map(refreshIn));
  const waiting = () => pages[0].evaluate(async (name) => (await navigator.locks.query()).pending?.filter((l) => l.name === name).length ?? 0, lock);
  for (let tries = 0; (await waiting()) < pages.length; tries++) {
    assert.ok(tries < 200, 'every tab asks for the refresh lock');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await pages[0].evaluate(() => (window as unknown as { releaseRefreshLock(): void }).releaseRefreshLock());
  assert.deepEqual(await refreshing, ['ok', 'ok', 'ok']);
  assert.equal(refreshes(), 1);
  const tokens = await Promise.all(pages.map(held));
  assert.equal(new Set(tokens.map((t) => t?.accessToken)).size, 1, 'every tab holds the one new token');
  for (const page of pages) await page.close();
});

test('without BroadcastChannel, the storage event carries the news', { timeout: 60_000 }, async () => {
  const [a, b] = await ctx.openTabs(2, 'flows.html');
  // Both pages lose BroadcastChannel before the elements load.
  for (const page of [a, b]) {
    await page.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
    await page.reload();
    await page.waitForSelector('#sign-in cognito-sign-in form');
    assert.equal(await page.evaluate(() => typeof BroadcastChannel), 'undefined');
  }
  await submitForm(a, '#sign-in', { username: 'tess', password: PASSWORD });
  assert.equal((await waitForEvent(b, 'cognito-session-restored', { timeout: 1_000 })).detail?.username, 'tess');
  await a.click('#sign-out form button[type=submit]');
  assert.equal((await waitForEvent(b, 'cognito-signed-out', { timeout: 1_000 })).detail?.username, 'tess');
  await a.close();
  await b.close();
});

test('storage="session" belongs to its tab: nothing crosses', { timeout: 60_000 }, async () => {
  const [a, b] = await ctx.openTabs(2, 'flows.html', { storage: 'session' });
  await b.waitForSelector('#sign-in cognito-sign-in form');
  await submitForm(a, '#sign-in', { username: 'tess', password: PASSWORD });
  await waitForEvent(a, 'cognito-signed-in');
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.deepEqual(await held(b), { status: 'signed-out', username: undefined, accessToken: undefined });
  await a.close();
  await b.close();
});
