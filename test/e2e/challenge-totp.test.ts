import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { totp } from '../../dev-pool/totp.js';
import { setup, waitForEvent } from './harness.js';
import { cognito, fieldError, submitForm } from './arrange.js';
import { focused, formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

// MFA required and only authenticator apps offered: a user without one meets MFA_SETUP.
const ctx = await setup({
  config: poolConfig({ MfaConfiguration: 'ON' }, { MfaConfig: { SoftwareTokenMfaConfiguration: { Enabled: true } } }),
});
const PASSWORD = 'Correct-Horse-7';
await mfaUser(ctx.pool, 'tess', PASSWORD);

/** The key as the page shows it for people who cannot scan (grouped in fours). */
async function secretShown(page: Page): Promise<string> {
  await page.waitForSelector('#totp-setup form code');
  const shown = await page.innerText('#totp-setup form code');
  assert.match(shown, /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  return shown.replace(/\s/g, '');
}

const STEP_MS = 30_000;
let page: Page;

test('MFA_SETUP during sign-in: QR code and key, a wrong code refused, then the code from the key signs in', { timeout: 60_000 }, async () => {
  page = await ctx.openPage('challenges.html');
  await signIn(page, 'tess', PASSWORD);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'tess', challenge: 'MFA_SETUP' });
  const secret = await secretShown(page);
  assert.deepEqual(await formsShown(page), ['totp-setup']);
  assert.equal((await focused(page)).section, 'totp-setup');
  const qr = page.locator('#totp-setup svg[role=img]');
  assert.equal(await qr.getAttribute('aria-label'), 'QR code for your authenticator app');
  assert.equal(await qr.locator('path').count(), 1);
  const box = await qr.boundingBox();
  assert.ok(box && box.width > 100, 'a QR code big enough to scan');
  assert.equal(await page.getAttribute('#totp-setup [name=code]', 'autocomplete'), 'one-time-code');

  const wrong = String((Number(totp(secret)) + 500_000) % 1_000_000).padStart(6, '0');
  await submitForm(page, '#totp-setup', { code: wrong });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'EnableSoftwareTokenMFAException');
  assert.deepEqual(await fieldError(page, '#totp-setup', 'code'), { invalid: 'true', message: error.detail?.message });

  await submitForm(page, '#totp-setup', { code: totp(secret), device_name: 'e2e phone' });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.target, 'cognito-totp-setup');
  assert.equal(signedIn.detail?.username, 'tess');
  await page.waitForSelector('#totp-setup [role=status]:has-text("Your authenticator app is set up.")');

  const user = await cognito(ctx.pool, 'AdminGetUser', { UserPoolId: ctx.pool.userPoolId, Username: 'tess' });
  assert.deepEqual(user.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);

  // Signing in again asks for the authenticator's code.
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await signIn(page, 'tess', PASSWORD);
  assert.equal((await waitForEvent(page, 'cognito-challenge', { count: 2 })).detail?.challenge, 'SOFTWARE_TOKEN_MFA');
  await page.waitForSelector('#mfa-prompt form [name=code]');
  assert.match(await page.innerText('#mfa-prompt form'), /authenticator app/);
  await submitForm(page, '#mfa-prompt', { code: totp(secret, Date.now() + STEP_MS) });
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 2 })).target, 'cognito-mfa-prompt');
});

test('a signed-in user replaces the authenticator app, and signs in with the new one', { timeout: 60_000 }, async () => {
  await page.waitForSelector('#totp-setup form button[type=submit]:has-text("Set up authenticator app")');
  await page.click('#totp-setup button[type=submit]');
  const secret = await secretShown(page);
  await submitForm(page, '#totp-setup', { code: totp(secret) });
  await page.waitForSelector('#totp-setup [role=status]:has-text("Your authenticator app is set up.")');

  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out', { count: 2 });
  await signIn(page, 'tess', PASSWORD);
  await page.waitForSelector('#mfa-prompt form [name=code]');
  await submitForm(page, '#mfa-prompt', { code: totp(secret, Date.now() + STEP_MS) });
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 3 })).detail?.username, 'tess');
  await page.close();
});
