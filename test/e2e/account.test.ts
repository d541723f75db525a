import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { totp } from '../../dev-pool/totp.js';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { cognito, confirmedUser, fieldError, submitForm } from './arrange.js';

// MFA optional, authenticator apps offered: users turn it on themselves in <cognito-mfa-settings>.
const ctx = await setup({
  config: {
    UserPool: { Id: 'us-east-1_Account01', MfaConfiguration: 'OPTIONAL' },
    MfaConfig: { SoftwareTokenMfaConfiguration: { Enabled: true } },
  },
});
const PASSWORD = 'Correct-Horse-7';
const NEW_PASSWORD = 'Battery-Staple-8';
const STEP_MS = 30_000;
const { pool } = ctx;

const adminGetUser = (username: string) => cognito(pool, 'AdminGetUser', { UserPoolId: pool.userPoolId, Username: username });
const attributesOf = async (username: string) =>
  Object.fromEntries(((await adminGetUser(username)).UserAttributes as Array<{ Name: string; Value: string }>).map((a) => [a.Name, a.Value]));
const passwordSignIn = (username: string, password: string) =>
  cognito(pool, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } });
const refresh = (token: string) =>
  cognito(pool, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: token } });
const statusOf = (page: Page, scope: string) => page.locator(`${scope} [role=status]`).first().innerText();

/** A new user, signed in on the account page, with the profile loaded. */
async function signedIn(username: string): Promise<Page> {
  await confirmedUser(pool, username, PASSWORD);
  const page = await ctx.openPage('account.html');
  await page.waitForSelector('#user-profile :text("Sign in to manage your account.")');
  await submitForm(page, '#sign-in', { username, password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  await page.waitForSelector('#user-profile form [name=email]');
  return page;
}

test('the profile shows the attributes, saves a new name, and deletes it again', { timeout: 60_000 }, async () => {
  const page = await signedIn('uma');
  assert.equal(await page.inputValue('#user-profile [name=email]'), 'uma@example.com');
  assert.equal(await page.getAttribute('#user-profile [name=email]', 'autocomplete'), 'email');
  assert.equal(await page.getAttribute('#user-profile [name=phone_number]', 'type'), 'tel');

  await submitForm(page, '#user-profile', { name: 'Uma Example' });
  const updated = await waitForEvent(page, 'cognito-attributes-updated');
  assert.deepEqual(updated.detail, { username: 'uma', attributes: { name: 'Uma Example' } });
  assert.equal(await statusOf(page, '#user-profile'), 'Your changes are saved.');
  assert.equal((await attributesOf('uma')).name, 'Uma Example');

  // A phone number not in E.164 form never leaves the page.
  const targets: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && targets.push(request.headers()['x-amz-target'] ?? ''));
  await submitForm(page, '#user-profile', { phone_number: '(415) 555-0123' });
  assert.equal((await fieldError(page, '#user-profile', 'phone_number')).invalid, 'true');
  assert.deepEqual(targets, []);
  await page.fill('#user-profile [name=phone_number]', '');

  await page.click('#user-profile button[name=delete][value=name]');
  const deleted = await waitForEvent(page, 'cognito-attributes-updated', { count: 2 });
  assert.deepEqual(deleted.detail, { username: 'uma', attributes: { name: '' } });
  assert.equal((await attributesOf('uma')).name, undefined);
  assert.equal(await page.inputValue('#user-profile [name=name]'), '');
  await page.close();
});

test('a new e-mail address is verified in place with the code from the inbox', { timeout: 60_000 }, async () => {
  const page = await signedIn('ula');
  const since = new Date();
  // A new e-mail address asks for the current password first (the field appears as it is typed).
  await submitForm(page, '#user-profile', { email: 'ula@example.org', password: PASSWORD });
  const sent = await waitForEvent(page, 'cognito-code-sent');
  assert.deepEqual([sent.detail?.username, (sent.detail?.codeDelivery as { AttributeName?: string }).AttributeName], ['ula', 'email']);
  await page.waitForSelector('#user-profile h2:has-text("Verify your email address")');
  assert.equal(await page.getAttribute('#user-profile [name=code]', 'autocomplete'), 'one-time-code');
  const code = await ctx.waitForCode('ula', 'VERIFY_ATTRIBUTE', { since });
  assert.equal(pool.inbox().at(-1)?.destination, 'ula@example.org');

  await submitForm(page, '#user-profile', { code: String((Number(code) + 1) % 1_000_000).padStart(6, '0') });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'CodeMismatchException');
  assert.deepEqual(await fieldError(page, '#user-profile', 'code'), { invalid: 'true', message: error.detail?.message });

  await submitForm(page, '#user-profile', { code });
  const verified = await waitForEvent(page, 'cognito-attribute-verified');
  assert.deepEqual(verified.detail, { username: 'ula', attribute: 'email' });
  await page.waitForSelector('#user-profile form [name=email]');
  assert.equal(await page.inputValue('#user-profile [name=email]'), 'ula@example.org');
  assert.equal(await statusOf(page, '#user-profile'), 'Your email is verified.');
  const attributes = await attributesOf('ula');
  assert.deepEqual([attributes.email, attributes.email_verified], ['ula@example.org', 'true']);
  await page.close();
});

test('changing the password: a wrong current one is refused at its field; then the new one signs in, the old one not', { timeout: 60_000 }, async () => {
  const page = await signedIn('vic');
  assert.equal(await page.getAttribute('#change-password [name=password]', 'autocomplete'), 'current-password');
  assert.equal(await page.getAttribute('#change-password [name=new_password]', 'autocomplete'), 'new-password');
  await submitForm(page, '#change-password', { password: 'Wrong-Horse-7', new_password: NEW_PASSWORD });
  const error = await waitForEvent(page, 'cognito-error');
  assert.deepEqual([error.detail?.code, error.detail?.operation], ['NotAuthorizedException', 'changePassword']);
  assert.deepEqual(await fieldError(page, '#change-password', 'password'), { invalid: 'true', message: 'Your current password is not right.' });

  await submitForm(page, '#change-password', { password: PASSWORD, new_password: NEW_PASSWORD });
  const changed = await waitForEvent(page, 'cognito-password-changed');
  assert.deepEqual(changed.detail, { username: 'vic' });
  assert.equal(await statusOf(page, '#change-password'), 'Your password has been changed.');
  await passwordSignIn('vic', NEW_PASSWORD);
  await assert.rejects(passwordSignIn('vic', PASSWORD), /NotAuthorizedException/);
  await page.close();
});

let totpPage: Page;
let secret = '';

test('the authenticator app is set up from the MFA settings, and then asked for at sign-in', { timeout: 90_000 }, async () => {
  const page = (totpPage = await signedIn('tom'));
  await page.waitForSelector('#mfa-settings :text("Two-step verification is off.")');
  await page.check('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]');
  await page.click('#mfa-settings button[type=submit]');
  await page.waitForSelector('#mfa-settings cognito-totp-setup form code');
  secret = (await page.innerText('#mfa-settings cognito-totp-setup form code')).replace(/\s/g, '');
  await submitForm(page, '#mfa-settings cognito-totp-setup', { code: totp(secret) });
  const updated = await waitForEvent(page, 'cognito-mfa-updated');
  assert.deepEqual(updated.detail, { username: 'tom', preferred: 'SOFTWARE_TOKEN_MFA', enabled: ['SOFTWARE_TOKEN_MFA'] });
  await page.waitForSelector('#mfa-settings :text("Two-step verification is on: Authenticator app.")');
  const user = await adminGetUser('tom');
  assert.deepEqual([user.UserMFASettingList, user.PreferredMfaSetting], [['SOFTWARE_TOKEN_MFA'], 'SOFTWARE_TOKEN_MFA']);

  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await submitForm(page, '#sign-in', { username: 'tom', password: PASSWORD });
  assert.equal((await waitForEvent(page, 'cognito-challenge')).detail?.challenge, 'SOFTWARE_TOKEN_MFA');
  await submitForm(page, '#mfa-prompt', { code: totp(secret, Date.now() + STEP_MS) });
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 2 })).detail?.username, 'tom');
});

test('the authenticator app is turned off again, and sign-in no longer asks for it', { timeout: 60_000 }, async () => {
  const page = totpPage;
  await page.waitForSelector('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]:checked');
  await page.uncheck('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]');
  // Turning it off asks for the current password.
  await submitForm(page, '#mfa-settings', { password: PASSWORD });
  const updated = await waitForEvent(page, 'cognito-mfa-updated', { count: 2 });
  assert.deepEqual(updated.detail, { username: 'tom', enabled: [] });
  await page.waitForSelector('#mfa-settings :text("Two-step verification is off.")');
  assert.equal((await adminGetUser('tom')).UserMFASettingList, undefined);

  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out', { count: 2 });
  await submitForm(page, '#sign-in', { username: 'tom', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in', { count: 3 });
  assert.equal((await recordedEvents(page, 'cognito-challenge')).length, 1, 'no challenge this time');
  await page.close();
});

test('signing out everywhere revokes the refresh token on the server', { timeout: 60_000 }, async () => {
  const page = await signedIn('gil');
  const signedInEvent = (await recordedEvents(page, 'cognito-signed-in'))[0];
  const refreshToken = (signedInEvent.detail?.tokens as { refreshToken: string }).refreshToken;
  await refresh(refreshToken);
  assert.equal(await page.innerText('#sign-out-global button[type=submit]'), 'Sign out of all devices');
  await page.click('#sign-out-global button[type=submit]');
  const out = await waitForEvent(page, 'cognito-signed-out');
  assert.deepEqual(out.detail, { username: 'gil', global: true });
  assert.equal(await statusOf(page, '#sign-out-global'), 'You are signed out.');
  await assert.rejects(refresh(refreshToken), /NotAuthorizedException/);
  await page.waitForSelector('#user-profile :text("Sign in to manage your account.")');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith('.refreshToken')));
  assert.deepEqual(stored, []);
  await page.close();
});

test('deleting the account: confirmation word and password, then the user can no longer sign in', { timeout: 60_000 }, async () => {
  const page = await signedIn('del');
  await page.click('#delete-account button[type=submit]');
  await page.waitForSelector('#delete-account [name=confirmation]');
  await submitForm(page, '#delete-account', { confirmation: 'DELETE', password: 'Wrong-Horse-7' });
  const error = await waitForEvent(page, 'cognito-error');
  // The element's own operation, not the password check on its way (issue 13).
  assert.deepEqual([error.detail?.code, error.detail?.operation], ['NotAuthorizedException', 'deleteUser']);
  assert.equal((await fieldError(page, '#delete-account', 'password')).invalid, 'true');
  await adminGetUser('del');

  await submitForm(page, '#delete-account', { confirmation: 'DELETE', password: PASSWORD });
  const deleted = await waitForEvent(page, 'cognito-account-deleted');
  assert.deepEqual(deleted.detail, { username: 'del' });
  const out = await waitForEvent(page, 'cognito-signed-out');
  assert.deepEqual(out.detail, { username: 'del', global: true });
  const order = (await recordedEvents(page)).map((e) => e.type).filter((type) => type === 'cognito-account-deleted' || type === 'cognito-signed-out');
  assert.deepEqual(order, ['cognito-account-deleted', 'cognito-signed-out']);
  assert.equal(await statusOf(page, '#delete-account'), 'Your account has been deleted.');
  await page.waitForSelector('#sign-in form [name=username]');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => /\.(idToken|accessToken|refreshToken)$/.test(key)));
  assert.deepEqual(stored, []);

  await assert.rejects(adminGetUser('del'), /UserNotFoundException/);
  await assert.rejects(passwordSignIn('del', PASSWORD), /NotAuthorizedException|UserNotFoundException/);
  await page.close();
});
