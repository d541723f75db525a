/**
 * A server that never answers, or answers 5xx: the provider's request-timeout ends the wait,
 * the element says so with Retry, keeps every input, and Retry repeats the same step. Sign-out
 * with a RevokeToken that never answers is over on this device at once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { alertText, confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'tim', PASSWORD);

/** Lets `misbehave` answer the first request whose body matches; everything else goes through. */
async function firstRequest(page: Page, matching: RegExp, misbehave: (route: Route) => Promise<void> | void) {
  let done = false;
  const held: Route[] = [];
  await page.route(`${ctx.pool.endpoint}**`, async (route) => {
    const post = route.request().method() === 'POST' && matching.test(route.request().postData() ?? '');
    if (!post || done) return route.continue();
    done = true;
    held.push(route);
    await misbehave(route);
  });
  return held;
}

test('a sign-in the server never answers times out after request-timeout, with Retry; Retry signs in', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html', { requestTimeout: '1500' });
  await firstRequest(page, /USER_SRP_AUTH/, () => {}); // held, never answered
  const started = Date.now();
  await submitForm(page, '#sign-in', { username: 'tim', password: PASSWORD });
  const error = await waitForEvent(page, 'cognito-error');
  const waited = Date.now() - started;
  assert.equal(error.detail?.code, 'TimeoutError');
  assert.ok(waited >= 1_400 && waited < 6_000, `gave up after ${waited} ms`);
  assert.equal(await alertText(page, '#sign-in'), error.detail?.message);
  assert.equal(await page.inputValue('#sign-in [name=username]'), 'tim');
  assert.equal(await page.inputValue('#sign-in [name=password]'), PASSWORD);
  await page.click('#sign-in button[name=retry]');
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'tim');
  await page.close();
});

test('a 5xx with a JSON body offers Retry too', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  await firstRequest(page, /USER_SRP_AUTH/, (route) =>
    route.fulfill({ status: 500, contentType: 'application/x-amz-json-1.1', headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ __type: 'InternalErrorException', message: 'Internal error' }) }));
  await submitForm(page, '#sign-in', { username: 'tim', password: PASSWORD });
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'InternalErrorException');
  await page.click('#sign-in button[name=retry]');
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'tim');
  await page.close();
});

test('sign-out whose RevokeToken never answers: signed out here at once, storage empty, then the note', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html', { requestTimeout: '1500' });
  await submitForm(page, '#sign-in', { username: 'tim', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  await firstRequest(page, /"Token"/, () => {});
  await page.click('#sign-out form button[type=submit]');
  const right = await page.evaluate(() => ({
    status: (document.querySelector('cognito-user-pool') as unknown as { state: { status: string } }).state.status,
    stored: Object.keys(localStorage).filter((key) => /\.(accessToken|refreshToken|idToken)$/.test(key)),
  }));
  assert.deepEqual(right, { status: 'signed-out', stored: [] });
  assert.equal((await waitForEvent(page, 'cognito-signed-out')).detail?.username, 'tim');
  const note = await waitForEvent(page, 'cognito-error');
  assert.deepEqual([note.detail?.code, note.detail?.operation], ['TimeoutError', 'signOut']);
  await page.close();
});
