import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { alertText, fieldError, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';

test('sign up, wrong code, right code, sign in with SRP, reload restores, sign out', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('flows.html');

  await submitForm(page, '#sign-up', { username: 'alice', email: 'alice@example.com', new_password: PASSWORD });
  const signedUp = await waitForEvent(page, 'cognito-signed-up');
  assert.equal(signedUp.detail?.username, 'alice');
  assert.equal(signedUp.detail?.userConfirmed, false);
  assert.equal((signedUp.detail?.codeDelivery as { DeliveryMedium: string }).DeliveryMedium, 'EMAIL');
  assert.ok(!JSON.stringify(signedUp.detail).includes(PASSWORD), 'no password in the detail');

  const code = await ctx.waitForCode('alice', 'CONFIRM_SIGN_UP');
  const wrong = code === '123456' ? '654321' : '123456';
  await submitForm(page, '#confirm-sign-up', { username: 'alice', code: wrong });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'CodeMismatchException');
  assert.equal(await alertText(page, '#confirm-sign-up'), error.detail?.message);
  assert.deepEqual(await fieldError(page, '#confirm-sign-up', 'code'), { invalid: 'true', message: error.detail?.message });
  assert.equal(await page.inputValue('#confirm-sign-up [name=code]'), wrong, 'the typed code is kept');
  assert.equal(await page.inputValue('#confirm-sign-up [name=username]'), 'alice');

  await submitForm(page, '#confirm-sign-up', { code });
  assert.equal((await waitForEvent(page, 'cognito-sign-up-confirmed')).detail?.username, 'alice');

  await submitForm(page, '#sign-in', { username: 'alice', password: PASSWORD });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'alice');
  const tokens = signedIn.detail?.tokens as Record<string, string>;
  assert.match(tokens.idToken, /^[\w-]+\.[\w-]+\.[\w-]+$/);
  assert.match(tokens.accessToken, /^[\w-]+\.[\w-]+\.[\w-]+$/);
  assert.ok(tokens.refreshToken.length > 20);
  assert.ok((signedIn.detail?.expiresAt as number) > Date.now());
  assert.ok(!JSON.stringify(signedIn.detail).includes(PASSWORD));
  const idClaims = JSON.parse(Buffer.from(tokens.idToken.split('.')[1], 'base64url').toString());
  assert.equal(idClaims['cognito:username'], 'alice');
  assert.equal(idClaims.email, 'alice@example.com');
  assert.equal(idClaims.email_verified, true, 'email is auto-verified by confirming');

  await page.reload();
  const restored = await waitForEvent(page, 'cognito-session-restored');
  assert.equal(restored.detail?.username, 'alice');
  assert.equal(restored.target, 'cognito-user-pool');

  await page.click('#sign-out form button[type=submit]');
  const signedOut = await waitForEvent(page, 'cognito-signed-out');
  assert.deepEqual(signedOut.detail, { username: 'alice', global: false });

  await page.reload();
  await page.waitForSelector('#sign-in form [name=username]');
  assert.deepEqual(await recordedEvents(page, 'cognito-session-restored'), [], 'the session is gone after sign-out');
  await page.close();
});

test('a password that breaks the policy is reported at the field before anything is sent, and nothing typed is lost', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  const sent: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && sent.push(request.headers()['x-amz-target'] ?? ''));
  await submitForm(page, '#sign-up', { username: 'bob', email: 'bob@example.com', new_password: 'weakpass' });
  const atField = await fieldError(page, '#sign-up', 'new_password');
  assert.equal(atField.invalid, 'true');
  assert.equal(atField.message, 'The password needs an upper-case letter.');
  assert.deepEqual(sent, [], 'the policy shown is checked on the page');
  assert.equal(await page.locator('#sign-up [part=policy] li[data-met=false]').count(), 3);
  assert.equal(await page.inputValue('#sign-up [name=username]'), 'bob');
  assert.equal(await page.inputValue('#sign-up [name=email]'), 'bob@example.com');
  assert.equal(await page.inputValue('#sign-up [name=new_password]'), 'weakpass');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('name')),
    'new_password',
    'focus moves to the field to fix',
  );
  await page.close();
});

test('send the code again: a new code arrives and confirms the account', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  await submitForm(page, '#sign-up', { username: 'carol', email: 'carol@example.com', new_password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-up');
  const first = await ctx.waitForCode('carol', 'CONFIRM_SIGN_UP');
  const before = ctx.pool.inbox().length;

  await page.fill('#confirm-sign-up [name=username]', 'carol');
  await page.click('#confirm-sign-up button[name=resend]');
  const sent = await waitForEvent(page, 'cognito-code-sent');
  assert.equal(sent.detail?.username, 'carol');
  assert.equal((sent.detail?.codeDelivery as { AttributeName: string }).AttributeName, 'email');
  assert.equal(ctx.pool.inbox().length, before + 1);
  const second = ctx.latestCode('carol', 'CONFIRM_SIGN_UP');
  // The detail says where it went, for the app; the page says the same for every account.
  assert.equal(await page.locator('#confirm-sign-up [role=status]').innerText(),
    'If the account carol still needs confirming, we sent a new code for it.');

  await submitForm(page, '#confirm-sign-up', { code: second });
  await waitForEvent(page, 'cognito-sign-up-confirmed');
  assert.ok(first.length === 6 && second.length === 6);
  await page.close();
});
