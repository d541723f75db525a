import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { alertText, submitForm } from './arrange.js';
import { formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

const ctx = await setup({
  config: poolConfig({ MfaConfiguration: 'OPTIONAL' }, { MfaConfig: { EmailMfaConfiguration: {} } }),
});
const PASSWORD = 'Correct-Horse-7';
await mfaUser(ctx.pool, 'emil', PASSWORD, { enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });

test('EMAIL_OTP: the code e-mailed (answered beside the SDK) signs in; a wrong one is refused', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  const since = new Date();
  await signIn(page, 'emil', PASSWORD);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'emil', challenge: 'EMAIL_OTP' });
  await page.waitForSelector('#mfa-prompt form [name=code]');
  assert.deepEqual(await formsShown(page), ['mfa-prompt']);
  assert.match(await page.innerText('#mfa-prompt form'), /Check your email at e\*+@e\*+\./);
  const code = await ctx.waitForCode('emil', 'MFA', { since });

  await submitForm(page, '#mfa-prompt', { code: code === '999999' ? '888888' : '999999' });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'CodeMismatchException');
  assert.equal(await alertText(page, '#mfa-prompt'), error.detail?.message);

  await submitForm(page, '#mfa-prompt', { code });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'emil');
  assert.equal(signedIn.target, 'cognito-mfa-prompt');
  await page.close();
});
