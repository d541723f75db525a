import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'hana', PASSWORD);

/** Signs in with the given storage, reloads, and tells whether the session came back and where it was kept. */
async function afterReload(storage: 'local' | 'session' | 'memory' | 'cookie') {
  const page = await ctx.openPage('flows.html', { storage });
  await submitForm(page, '#sign-in', { username: 'hana', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  // No named helpers inside evaluate(): tsx would wrap them in a helper the page lacks.
  const kept = await page.evaluate((prefix) => ({
    local: Object.keys(localStorage).some((k) => k.startsWith(prefix)),
    session: Object.keys(sessionStorage).some((k) => k.startsWith(prefix)),
    cookie: document.cookie.includes(prefix),
  }), 'CognitoIdentityServiceProvider.');
  await page.reload();
  await page.waitForSelector('#sign-in cognito-sign-in > *');
  const restored = storage === 'memory' ? false : (await waitForEvent(page, 'cognito-session-restored')).detail?.username === 'hana';
  if (storage === 'memory') {
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await recordedEvents(page, 'cognito-session-restored'), []);
  }
  await page.close();
  return { kept, restored };
}

test('storage="local" (the default) keeps the session in localStorage across reloads', { timeout: 30_000 }, async () => {
  assert.deepEqual(await afterReload('local'), { kept: { local: true, session: false, cookie: false }, restored: true });
});

test('storage="session" keeps it in sessionStorage', { timeout: 30_000 }, async () => {
  assert.deepEqual(await afterReload('session'), { kept: { local: false, session: true, cookie: false }, restored: true });
});

test('storage="cookie" keeps it in first-party cookies', { timeout: 30_000 }, async () => {
  assert.deepEqual(await afterReload('cookie'), { kept: { local: false, session: false, cookie: true }, restored: true });
});

test('storage="memory" keeps nothing: a reload signs out', { timeout: 30_000 }, async () => {
  assert.deepEqual(await afterReload('memory'), { kept: { local: false, session: false, cookie: false }, restored: false });
});

test('storage="cookie": host-only, Path=/, SameSite=Strict cookies, one per token', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html', { storage: 'cookie' });
  await submitForm(page, '#sign-in', { username: 'hana', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  const cookies = (await page.context().cookies()).filter((c) => c.name.startsWith('CognitoIdentityServiceProvider.'));
  assert.deepEqual(cookies.map((c) => c.name.split('.').pop()).sort(), ['LastAuthUser', 'accessToken', 'clockDrift', 'idToken', 'refreshToken']);
  for (const cookie of cookies) {
    // Host-only (no Domain attribute: Playwright reports the bare host), whole site, never sent cross-site.
    assert.deepEqual([cookie.domain, cookie.path, cookie.sameSite, cookie.httpOnly], ['127.0.0.1', '/', 'Strict', false], cookie.name);
    // Secure is set on https pages; this one is http.
    assert.equal(cookie.secure, false);
    assert.ok(cookie.name.length + cookie.value.length < 4096, `${cookie.name} fits a cookie`);
  }
  await page.close();
});
