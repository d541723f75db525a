/**
 * Re-authentication before sensitive changes: a new e-mail address or phone number
 * (<cognito-user-profile>) and turning MFA off (<cognito-mfa-settings>) ask for the current
 * password, checked as <cognito-delete-account> does, by a sign-in aside that leaves the stored
 * session alone (and whose own session is revoked at once); `no-reauth` opts out.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PAGES_DIR, setup, waitForEvent } from './harness.js';
import { cognito, confirmedUser, fieldError, submitForm } from './arrange.js';
import { mfaUser } from './arrange-mfa.js';

const ACCOUNT = readFileSync(join(PAGES_DIR, 'account.html'), 'utf8');
const ctx = await setup({
  config: {
    UserPool: { Id: 'us-east-1_Reauth001', MfaConfiguration: 'OPTIONAL' },
    MfaConfig: { SmsMfaConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: true } },
  },
  serve: () => ({
    routes: {
      '/account-no-reauth.html': {
        type: 'text/html; charset=utf-8',
        body: ACCOUNT.replace('<cognito-user-profile ', '<cognito-user-profile no-reauth ').replace('<cognito-mfa-settings ', '<cognito-mfa-settings no-reauth '),
      },
    },
  }),
});
const { pool } = ctx;
const PASSWORD = 'Correct-Horse-7';

const targetsOf = (page: Page) => {
  const targets: Array<{ op: string; body: Record<string, unknown> }> = [];
  page.on('request', (request) => {
    const op = request.headers()['x-amz-target']?.split('.')[1];
    if (request.method() === 'POST' && op) targets.push({ op, body: JSON.parse(request.postData() ?? '{}') });
  });
  return targets;
};
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('CognitoIdentityServiceProvider.'))));
const attributesOf = async (username: string) => {
  const user = await cognito(pool, 'AdminGetUser', { UserPoolId: pool.userPoolId, Username: username });
  return Object.fromEntries((user.UserAttributes as Array<{ Name: string; Value: string }>).map((a) => [a.Name, a.Value]));
};

async function signedIn(username: string, pagePath = 'account.html'): Promise<Page> {
  const page = await ctx.openPage(pagePath);
  await submitForm(page, '#sign-in', { username, password: PASSWORD });
  if (await page.locator('#mfa-prompt form [name=code]').waitFor({ timeout: 3000 }).then(() => true, () => false)) {
    await submitForm(page, '#mfa-prompt', { code: await ctx.waitForCode(username, 'MFA') });
  }
  await waitForEvent(page, 'cognito-signed-in');
  await page.waitForSelector('#user-profile form [name=email]');
  return page;
}

test('a new e-mail address asks for the current password: none, a wrong one, then the right one', { timeout: 60_000 }, async () => {
  await confirmedUser(pool, 'rea', PASSWORD);
  const page = await signedIn('rea');
  const targets = targetsOf(page);
  await submitForm(page, '#user-profile', { name: 'Rea Example' });
  await waitForEvent(page, 'cognito-attributes-updated');
  assert.equal(await page.locator('#user-profile [name=password]').count(), 0, 'a name needs no password');
  targets.length = 0;
  const refreshToken = (await stored(page))[`CognitoIdentityServiceProvider.${pool.clientId}.rea.refreshToken`];

  await page.fill('#user-profile [name=email]', 'rea@example.org');
  const password = page.locator('#user-profile [name=password]');
  await password.waitFor();
  assert.equal(await password.getAttribute('autocomplete'), 'current-password');
  await page.click('#user-profile form button[type=submit]');
  assert.deepEqual(await fieldError(page, '#user-profile', 'password'), { invalid: 'true', message: 'Enter your current password.' });

  await submitForm(page, '#user-profile', { password: 'Wrong-Horse-7' });
  const error = await waitForEvent(page, 'cognito-error');
  assert.deepEqual([error.detail?.code, error.detail?.operation], ['NotAuthorizedException', 'verifyPassword']);
  assert.deepEqual(await fieldError(page, '#user-profile', 'password'), { invalid: 'true', message: 'Your current password is not right.' });
  assert.equal((await attributesOf('rea')).email, 'rea@example.com', 'nothing changed');
  assert.equal(await page.inputValue('#user-profile [name=email]'), 'rea@example.org', 'what was typed is kept');

  await submitForm(page, '#user-profile', { password: PASSWORD });
  const updated = await waitForEvent(page, 'cognito-attributes-updated', { count: 2 });
  assert.deepEqual(updated.detail?.attributes, { email: 'rea@example.org' });
  assert.equal((await attributesOf('rea')).email, 'rea@example.org');
  const ops = targets.map((t) => t.op);
  assert.ok(ops.lastIndexOf('RespondToAuthChallenge') < ops.indexOf('UpdateUserAttributes'), `checked first: ${ops.join(', ')}`);
  assert.ok(!JSON.stringify(updated.detail).includes(PASSWORD));

  // The check signed in aside: its session was revoked at once, the page's own lives on.
  const revoked = targets.filter((t) => t.op === 'RevokeToken').map((t) => t.body.Token);
  assert.equal(revoked.length, 1);
  assert.notEqual(revoked[0], refreshToken);
  await assert.rejects(
    cognito(pool, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: revoked[0] } }),
    /NotAuthorizedException/,
  );
  const now = await stored(page);
  assert.equal(now[`CognitoIdentityServiceProvider.${pool.clientId}.rea.refreshToken`], refreshToken);
  assert.equal(now[`CognitoIdentityServiceProvider.${pool.clientId}.LastAuthUser`], 'rea');
  await cognito(pool, 'InitiateAuth', { ClientId: pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } });
  await page.close();
});

test('turning MFA off asks for the password; checking it (an SMS challenge here) leaves the stored session alone', { timeout: 60_000 }, async () => {
  await mfaUser(pool, 'mo', PASSWORD, { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
  const page = await signedIn('mo');
  await page.waitForSelector('#mfa-settings input[name=mfa][value=SMS_MFA]:checked');
  const before = await stored(page);
  const targets = targetsOf(page);

  await page.uncheck('#mfa-settings input[name=mfa][value=SMS_MFA]');
  await submitForm(page, '#mfa-settings', { password: PASSWORD });
  const updated = await waitForEvent(page, 'cognito-mfa-updated');
  assert.deepEqual(updated.detail?.enabled, []);
  assert.equal((await cognito(pool, 'AdminGetUser', { UserPoolId: pool.userPoolId, Username: 'mo' })).UserMFASettingList, undefined);
  assert.deepEqual(
    targets.map((t) => t.op).slice(0, 2),
    ['InitiateAuth', 'RespondToAuthChallenge'],
    'the password is checked before anything changes',
  );
  assert.deepEqual(await stored(page), before, 'the stored session is untouched');
  assert.equal(await page.locator('#mfa-settings [name=password]').count(), 0, 'the field goes with the change');

  await page.close();
});

test('with no-reauth, the e-mail changes and MFA goes off without the password', { timeout: 60_000 }, async () => {
  await mfaUser(pool, 'nor', PASSWORD, { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
  const page = await signedIn('nor', 'account-no-reauth.html');
  const targets = targetsOf(page);
  await submitForm(page, '#user-profile', { email: 'nor@example.org' });
  await waitForEvent(page, 'cognito-attributes-updated');
  await page.uncheck('#mfa-settings input[name=mfa][value=SMS_MFA]');
  await page.click('#mfa-settings button[type=submit]');
  await waitForEvent(page, 'cognito-mfa-updated');
  assert.equal(await page.locator('#user-profile [name=password], #mfa-settings [name=password]').count(), 0);
  assert.ok(!targets.some((t) => t.op === 'RespondToAuthChallenge'), 'no password check');
  await page.close();
});
