/**
 * USER_AUTH in a pool whose users sign in with their e-mail address (UsernameAttributes: email),
 * where Cognito's user name is a UUID: after the password factor, the authenticator app set-up
 * and the MFA prompt hand password managers (and the app's label) the address the user typed,
 * while `cognito-challenge` names the user as Cognito does, as in the SRP flow.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { totp } from '../../dev-pool/totp.js';
import { pageErrors, setup, waitForEvent } from './harness.js';
import { cognito, submitForm } from './arrange.js';

const CLIENT = 'emailuserauthclient';
const ctx = await setup({
  config: {
    UserPool: {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'ON',
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
    },
    MfaConfig: { SoftwareTokenMfaConfiguration: { Enabled: true } },
    UserPoolClients: [{ ClientId: CLIENT, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
  },
});
const PASSWORD = 'Correct-Horse-7';
const EMAIL = 'erin@example.com';
const STEP_MS = 30_000;

// Signed up with the address; the pool names the user by a UUID (its sub).
const { UserSub: sub } = (await cognito(ctx.pool, 'SignUp', { ClientId: CLIENT, Username: EMAIL, Password: PASSWORD })) as { UserSub: string };
await cognito(ctx.pool, 'ConfirmSignUp', { ClientId: CLIENT, Username: EMAIL, ConfirmationCode: await ctx.waitForCode(EMAIL, 'CONFIRM_SIGN_UP') });

/** The address, then "Use my password", then the password. */
async function signInWithPassword(page: Page) {
  await submitForm(page, '#sign-in', { username: EMAIL });
  await page.click('#sign-in button[name="challenge"][value="PASSWORD"]');
  await submitForm(page, '#sign-in', { password: PASSWORD });
}

const hiddenUsername = (page: Page, section: string) => page.inputValue(`${section} form input[name="username"][hidden]`);

test('USER_AUTH with the password: MFA set-up, then the MFA prompt, each with the address, not the UUID', { timeout: 60_000 }, async () => {
  assert.match(sub, /^[0-9a-f-]{36}$/);
  const page = await ctx.openPage('challenges.html', { clientId: CLIENT, authFlow: 'USER_AUTH', usernameAttributes: 'email' });

  await signInWithPassword(page);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: sub, challenge: 'MFA_SETUP' });
  await page.waitForSelector('#totp-setup form code');
  assert.equal(await hiddenUsername(page, '#totp-setup'), EMAIL);
  const secret = (await page.innerText('#totp-setup form code')).replace(/\s/g, '');
  await submitForm(page, '#totp-setup', { code: totp(secret) });
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, sub);
  await page.waitForFunction((email) => document.querySelector('#sign-in')?.textContent?.includes(`Signed in as ${email}.`), EMAIL);

  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await signInWithPassword(page);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge', { count: 2 })).detail, { username: sub, challenge: 'SOFTWARE_TOKEN_MFA' });
  await page.waitForSelector('#mfa-prompt form [name=code]');
  assert.equal(await hiddenUsername(page, '#mfa-prompt'), EMAIL);
  await submitForm(page, '#mfa-prompt', { code: totp(secret, Date.now() + STEP_MS) });
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 2 })).detail?.username, sub);
  assert.deepEqual(pageErrors(page), []);
  await page.close();
});
