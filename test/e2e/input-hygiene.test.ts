/**
 * Input hygiene end to end: Cognito's length limits on every input, codes pasted with spaces or
 * dashes (confirm sign-up, forgot password, SMS MFA, attribute verification, authenticator app),
 * phone numbers typed with punctuation saved in E.164 (sign-up, profile, forced new password),
 * and passwords of spaces, non-ASCII letters and an emoji, byte for byte through SRP.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { totp } from '../../dev-pool/totp.js';
import { setup, waitForEvent } from './harness.js';
import { cognito, submitForm } from './arrange.js';
import { mfaUser } from './arrange-mfa.js';

const ctx = await setup({
  config: {
    UserPool: {
      Id: 'us-east-1_Hygiene01',
      MfaConfiguration: 'OPTIONAL',
      SchemaAttributes: [
        { Name: 'email', Required: true },
        { Name: 'phone_number', Required: true },
      ],
    },
    MfaConfig: { SmsMfaConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: true } },
  },
});
const { pool } = ctx;
const PASSWORD = 'Correct-Horse-7';
/** Spaces, letters beyond ASCII, an emoji (and what Cognito's default policy asks for). */
const UNICODE = 'Grüße aus Köln 🌷 2024'.normalize('NFC');
const UNICODE_NEXT = 'Ωραία μέρα 🦄 Ζ 7'.normalize('NFC');

const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
const dashed = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;
const attributesOf = async (username: string) => {
  const user = await cognito(pool, 'AdminGetUser', { UserPoolId: pool.userPoolId, Username: username });
  return Object.fromEntries((user.UserAttributes as Array<{ Name: string; Value: string }>).map((a) => [a.Name, a.Value]));
};
const signIn = (page: Page, username: string, password: string) => submitForm(page, '#sign-in', { username, password });

test("every input carries Cognito's length limit", { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('hygiene.html');
  await page.waitForSelector('#sign-up form [name=phone_number]');
  const limits = await page.$$eval('form input:not([hidden])', (inputs) =>
    inputs.map((input) => [input.closest('section')!.id, (input as HTMLInputElement).name, (input as HTMLInputElement).maxLength]),
  );
  const expected: Record<string, number> = { username: 128, password: 256, new_password: 256, code: 32 };
  assert.ok(limits.length >= 7, JSON.stringify(limits));
  for (const [section, name, max] of limits) assert.equal(max, expected[name as string] ?? 2048, `${section} ${name}`);
  await page.close();
});

test('sign-up with a phone typed with punctuation and a Unicode password, a code pasted with a space, SRP sign-in, change to another Unicode password', { timeout: 90_000 }, async () => {
  const page = await ctx.openPage('hygiene.html');
  await submitForm(page, '#sign-up', { username: 'uli', email: 'uli@example.com', phone_number: '+1 (415) 555-0123', new_password: UNICODE });
  await waitForEvent(page, 'cognito-signed-up');
  assert.equal((await attributesOf('uli')).phone_number, '+14155550123');
  await submitForm(page, '#confirm-sign-up', { username: 'uli', code: spaced(await ctx.waitForCode('uli', 'CONFIRM_SIGN_UP')) });
  await waitForEvent(page, 'cognito-sign-up-confirmed');

  await signIn(page, 'uli', UNICODE);
  await waitForEvent(page, 'cognito-signed-in');
  await submitForm(page, '#change-password', { password: UNICODE, new_password: UNICODE_NEXT });
  await waitForEvent(page, 'cognito-password-changed');
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');

  // The same letters composed differently are another password: nothing is normalized.
  await signIn(page, 'uli', UNICODE_NEXT.normalize('NFD'));
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'NotAuthorizedException');
  await signIn(page, 'uli', UNICODE);
  assert.equal((await waitForEvent(page, 'cognito-error', { count: 2 })).detail?.code, 'NotAuthorizedException');
  await signIn(page, 'uli', UNICODE_NEXT);
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 2 })).detail?.username, 'uli');
  await page.close();
});

test('forgot password takes a code pasted with a dash', { timeout: 60_000 }, async () => {
  await mfaUser(pool, 'fay', PASSWORD);
  const page = await ctx.openPage('hygiene.html');
  await submitForm(page, '#forgot-password', { username: 'fay' });
  await page.waitForSelector('#forgot-password form [name=code]');
  await submitForm(page, '#forgot-password', { code: dashed(await ctx.waitForCode('fay', 'FORGOT_PASSWORD')), new_password: UNICODE });
  await waitForEvent(page, 'cognito-password-reset');
  await signIn(page, 'fay', UNICODE);
  await waitForEvent(page, 'cognito-signed-in');
  await page.close();
});

test('SMS MFA, phone verification and the authenticator app take codes pasted with spaces or dashes; the new phone is saved in E.164', { timeout: 90_000 }, async () => {
  await mfaUser(pool, 'sam', PASSWORD, { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });
  const page = await ctx.openPage('hygiene.html');
  await signIn(page, 'sam', PASSWORD);
  await page.waitForSelector('#mfa-prompt form [name=code]');
  await submitForm(page, '#mfa-prompt', { code: spaced(await ctx.waitForCode('sam', 'MFA')) });
  await waitForEvent(page, 'cognito-signed-in');

  await page.waitForSelector('#user-profile form [name=phone_number]');
  const since = new Date();
  await submitForm(page, '#user-profile', { phone_number: '+44 20.7946.0958', password: PASSWORD });
  await waitForEvent(page, 'cognito-attributes-updated');
  assert.equal((await attributesOf('sam')).phone_number, '+442079460958');
  // Not auto-verified in this pool: the user asks for the code.
  await page.click('#user-profile button[name=verify][value=phone_number]');
  await page.waitForSelector('#user-profile form [name=code]');
  await submitForm(page, '#user-profile', { code: spaced(await ctx.waitForCode('sam', 'VERIFY_ATTRIBUTE', { since })) });
  assert.equal((await waitForEvent(page, 'cognito-attribute-verified')).detail?.attribute, 'phone_number');

  await page.check('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]');
  await page.click('#mfa-settings button[type=submit]');
  await page.waitForSelector('#mfa-settings cognito-totp-setup form code');
  const secret = (await page.innerText('#mfa-settings cognito-totp-setup form code')).replace(/\s/g, '');
  await submitForm(page, '#mfa-settings cognito-totp-setup', { code: dashed(totp(secret)) });
  const updated = await waitForEvent(page, 'cognito-mfa-updated');
  assert.deepEqual(updated.detail?.enabled, ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
  await page.close();
});

test('the forced new password takes a phone number typed with parentheses and dots', { timeout: 60_000 }, async () => {
  await cognito(pool, 'AdminCreateUser', {
    UserPoolId: pool.userPoolId,
    Username: 'nia',
    TemporaryPassword: 'Temporary-Pass-1',
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: 'nia@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ],
  });
  const page = await ctx.openPage('hygiene.html');
  await signIn(page, 'nia', 'Temporary-Pass-1');
  await page.waitForSelector('#new-password form [name=phone_number]');
  await submitForm(page, '#new-password', { new_password: UNICODE, phone_number: '+1 (212) 555.0199' });
  await waitForEvent(page, 'cognito-signed-in');
  assert.equal((await attributesOf('nia')).phone_number, '+12125550199');
  await page.close();
});
