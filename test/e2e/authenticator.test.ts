import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { cognitoRefusals, pageErrors, recordedEvents, setup, waitForEvent } from './harness.js';
import { cognito, confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
const AUTH = 'cognito-authenticator';

/** The heading of the step shown, and whether it has the focus. */
const focusedHeading = (page: Page) =>
  page.evaluate(() => (document.activeElement?.localName === 'h2' ? document.activeElement.textContent?.trim() : null));
const welcomeVisible = (page: Page) => page.locator('#welcome').isVisible();

test('sign up, confirm with the mailed code, and be signed in without typing the password again', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('authenticator.html');
  await page.waitForSelector(`${AUTH} cognito-sign-in form`);
  assert.equal(await welcomeVisible(page), false, 'the signed-in content is hidden while signed out');

  await page.click(`${AUTH} button[name="sign-up"]`);
  await page.waitForSelector(`${AUTH} cognito-sign-up form`);
  assert.equal(await focusedHeading(page), 'Create an account');
  await submitForm(page, AUTH, { username: 'ana', email: 'ana@example.com', new_password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-up');

  await page.waitForSelector(`${AUTH} cognito-confirm-sign-up form [name=code]`);
  assert.equal(await page.inputValue(`${AUTH} [name=username]`), 'ana');
  assert.equal(await focusedHeading(page), 'Confirm your account');
  const code = await ctx.waitForCode('ana', 'CONFIRM_SIGN_UP');
  await submitForm(page, AUTH, { code });

  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'ana');
  assert.equal(signedIn.target, 'cognito-authenticator');
  assert.ok(!JSON.stringify(await recordedEvents(page)).includes(PASSWORD), 'no password in any event');
  await page.waitForSelector('#welcome', { state: 'visible' });
  assert.equal(await page.locator(`${AUTH} form[aria-labelledby]`).isVisible(), false, 'the flow is hidden');

  await page.click('#welcome cognito-sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await page.waitForSelector(`${AUTH} cognito-sign-in form`, { state: 'visible' });
  assert.equal(await welcomeVisible(page), false);
  assert.deepEqual(pageErrors(page), []);
  await page.close();
});

test('an unconfirmed user signing in gets a fresh code, confirms, and is signed in', { timeout: 60_000 }, async () => {
  await cognito(ctx.pool, 'SignUp', {
    ClientId: ctx.pool.clientId,
    Username: 'bob',
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }],
  });
  const first = ctx.latestCode('bob', 'CONFIRM_SIGN_UP');
  const before = new Date();
  const page = await ctx.openPage('authenticator.html');
  await submitForm(page, `${AUTH} cognito-sign-in`, { username: 'bob', password: PASSWORD });
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'UserNotConfirmedException');

  await page.waitForSelector(`${AUTH} cognito-confirm-sign-up form [name=code]`);
  const fresh = await ctx.waitForCode('bob', 'CONFIRM_SIGN_UP', { since: before });
  const sent = ctx.pool.inbox().filter((m) => m.username === 'bob' && m.kind === 'CONFIRM_SIGN_UP');
  assert.equal(sent.length, 2, 'a second code was sent');
  assert.equal((await waitForEvent(page, 'cognito-code-sent')).detail?.username, 'bob');
  // The same words for every account (never where it went: that would tell accounts apart).
  assert.equal(await page.locator(`${AUTH} cognito-confirm-sign-up [role=status]`).innerText(),
    'If the account bob still needs confirming, we sent a new code for it.');
  assert.equal(await page.inputValue(`${AUTH} [name=username]`), 'bob');
  assert.equal(await focusedHeading(page), 'Confirm your account');
  assert.ok(first.length === 6 && fresh.length === 6);

  await submitForm(page, AUTH, { code: fresh });
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'bob');
  await page.waitForSelector('#welcome', { state: 'visible' });
  assert.deepEqual(pageErrors(page), []);
  // The refused sign-in (at InitiateAuth or at the password verifier), and nothing else.
  assert.deepEqual(cognitoRefusals(page).map((refusal) => refusal.replace(/^\w+ /, '')), ['400 UserNotConfirmedException']);
  await page.close();
});

test('forgot password: reset with the code, back at sign-in with the username, sign in', { timeout: 60_000 }, async () => {
  await confirmedUser(ctx.pool, 'erin', PASSWORD);
  const NEW = 'Battery-Staple-9';
  const page = await ctx.openPage('authenticator.html');
  await page.waitForSelector(`${AUTH} cognito-sign-in form`);
  await page.fill(`${AUTH} [name=username]`, 'erin');
  await page.click(`${AUTH} button[name="forgot-password"]`);
  await page.waitForSelector(`${AUTH} cognito-forgot-password form`);
  assert.equal(await focusedHeading(page), 'Reset your password');
  assert.equal(await page.inputValue(`${AUTH} [name=username]`), 'erin', 'the typed username comes along');

  await submitForm(page, AUTH, {});
  const code = await ctx.waitForCode('erin', 'FORGOT_PASSWORD');
  await page.waitForSelector(`${AUTH} form [name=code]`);
  await submitForm(page, AUTH, { code, new_password: NEW });
  assert.equal((await waitForEvent(page, 'cognito-password-reset')).detail?.username, 'erin');

  await page.waitForSelector(`${AUTH} cognito-sign-in form`);
  assert.equal(await page.inputValue(`${AUTH} [name=username]`), 'erin');
  assert.equal(await focusedHeading(page), 'Sign in');
  assert.match(await page.locator(`${AUTH} .cognito-notice`).innerText(), /password has been reset/);
  await submitForm(page, AUTH, { password: NEW });
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'erin');
  await page.waitForSelector('#welcome', { state: 'visible' });
  assert.deepEqual(pageErrors(page), []);
  await page.close();
});

test('steps add no history entries: Back leaves the page, as it would without the element', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  await page.goto(ctx.url('authenticator.html'));
  await page.waitForSelector(`${AUTH} cognito-sign-in form`);
  const start = await page.evaluate(() => ({ length: history.length, url: location.href }));

  await page.click(`${AUTH} button[name="sign-up"]`);
  await page.waitForSelector(`${AUTH} cognito-sign-up form`);
  assert.equal(await focusedHeading(page), 'Create an account');
  assert.deepEqual(await page.evaluate(() => ({ length: history.length, url: location.href })), start);

  await page.goBack();
  assert.match(page.url(), /\/flows\.html\?/, 'Back goes to the previous page');
  await page.goForward();
  await page.waitForSelector(`${AUTH} form`);
  assert.match(page.url(), /\/authenticator\.html\?/);
  assert.deepEqual(pageErrors(page), []);
  await page.close();
});

test('before the CDN script has run, styles.css keeps the signed-in content hidden', { timeout: 30_000 }, async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/cdn/cognito-elements.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(ctx.url('authenticator.html'), { waitUntil: 'commit' });
  await page.waitForSelector('#welcome', { state: 'attached' });
  assert.equal(await page.locator(`${AUTH}:not(:defined)`).count(), 1, 'not upgraded yet');
  assert.equal(await welcomeVisible(page), false);
  release();
  await page.waitForSelector(`${AUTH} cognito-sign-in form`);
  assert.equal(await welcomeVisible(page), false);
  await context.close();
});
