import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cognitoRefusals, pageErrors, recordedEvents, setup, waitForEvent } from './harness.js';
import { alertText, fieldError, submitForm } from './arrange.js';
import { focused, formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

const ctx = await setup({
  config: poolConfig({ MfaConfiguration: 'OPTIONAL' }, { MfaConfig: { SmsMfaConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: true } } }),
});
const PASSWORD = 'Correct-Horse-7';
const { phone } = await mfaUser(ctx.pool, 'sam', PASSWORD, { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });

test('SMS MFA: the prompt says where the code went; a wrong code is refused at the field, the right one signs in', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  const since = new Date();
  await signIn(page, 'sam', PASSWORD);
  const challenge = await waitForEvent(page, 'cognito-challenge');
  assert.deepEqual(challenge.detail, { username: 'sam', challenge: 'SMS_MFA' });
  assert.equal(challenge.target, 'cognito-sign-in');
  await page.waitForSelector('#mfa-prompt form [name=code]');
  assert.deepEqual(await formsShown(page), ['mfa-prompt'], 'only the MFA prompt shows a form');
  assert.deepEqual(await focused(page), { section: 'mfa-prompt', tag: 'input', name: 'code' });
  assert.equal(await page.getAttribute('#mfa-prompt [name=code]', 'autocomplete'), 'one-time-code');
  assert.equal(await page.getAttribute('#mfa-prompt [name=code]', 'inputmode'), 'numeric');
  const masked = `+*******${phone.slice(-4)}`;
  assert.ok((await page.innerText('#mfa-prompt form')).includes(`Check your text messages at ${masked}.`));
  const code = await ctx.waitForCode('sam', 'MFA', { since });

  const wrong = code === '000000' ? '111111' : '000000';
  await submitForm(page, '#mfa-prompt', { code: wrong });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'CodeMismatchException');
  assert.equal(error.detail?.operation, 'respondToChallenge');
  assert.equal(await alertText(page, '#mfa-prompt'), error.detail?.message);
  assert.deepEqual(await fieldError(page, '#mfa-prompt', 'code'), { invalid: 'true', message: error.detail?.message });

  // A pasted code with a space in it works.
  await submitForm(page, '#mfa-prompt', { code: `${code.slice(0, 3)} ${code.slice(3)}` });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.target, 'cognito-mfa-prompt');
  assert.equal(signedIn.detail?.username, 'sam');
  assert.ok((signedIn.detail?.tokens as { accessToken: string }).accessToken);
  await page.waitForSelector('#sign-out form');
  assert.deepEqual(await formsShown(page), ['totp-setup', 'sign-out'], 'the challenge forms are gone (totp-setup offers an authenticator to a signed-in user)');
  assert.deepEqual(pageErrors(page), []);
  assert.deepEqual(cognitoRefusals(page), ['RespondToAuthChallenge 400 CodeMismatchException'], 'the wrong code, and nothing else');
  await page.close();
});

test('SMS MFA: cancel leaves the challenge and shows sign-in again', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  await signIn(page, 'sam', PASSWORD);
  await page.waitForSelector('#mfa-prompt form [name=code]');
  await page.click('#mfa-prompt button[name=cancel]');
  await page.waitForSelector('#sign-in form');
  assert.deepEqual(await formsShown(page), ['sign-in']);
  assert.equal((await recordedEvents(page, 'cognito-signed-in')).length, 0);
  await page.close();
});
