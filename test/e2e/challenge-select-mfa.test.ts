import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { submitForm } from './arrange.js';
import { focused, formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

const ctx = await setup({
  config: poolConfig(
    { MfaConfiguration: 'OPTIONAL' },
    { MfaConfig: { SmsMfaConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: true }, EmailMfaConfiguration: {} } },
  ),
});
const PASSWORD = 'Correct-Horse-7';
// Two factors and no preference: Cognito asks the user to choose.
await mfaUser(ctx.pool, 'sela', PASSWORD, { enabled: ['SMS_MFA', 'EMAIL_OTP'] });

test('SELECT_MFA_TYPE: the user picks e-mail among the factors offered, then answers its code', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  await signIn(page, 'sela', PASSWORD);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'sela', challenge: 'SELECT_MFA_TYPE' });
  await page.waitForSelector('#mfa-prompt form [name=mfa_type]');
  assert.deepEqual(await formsShown(page), ['mfa-prompt']);
  assert.equal((await focused(page)).tag, 'h2');
  const offered = await page.$$eval('#mfa-prompt [name=mfa_type]', (radios) =>
    radios.map((r) => [(r as HTMLInputElement).value, (r as HTMLInputElement).labels?.[0]?.textContent]),
  );
  assert.deepEqual(offered, [['SMS_MFA', 'Text message'], ['EMAIL_OTP', 'Email']]);

  const since = new Date();
  await page.check('#mfa-prompt input[value=EMAIL_OTP]');
  await page.click('#mfa-prompt button[type=submit]');
  const next = await waitForEvent(page, 'cognito-challenge', { count: 2 });
  assert.deepEqual(next.detail, { username: 'sela', challenge: 'EMAIL_OTP' });
  assert.equal(next.target, 'cognito-mfa-prompt');
  await page.waitForSelector('#mfa-prompt form [name=code]');
  assert.deepEqual(await focused(page), { section: 'mfa-prompt', tag: 'input', name: 'code' });
  assert.match(await page.innerText('#mfa-prompt form'), /Check your email at s\*+@e\*+\./);
  const sent = ctx.pool.inbox().filter((m) => m.username === 'sela' && new Date(m.sentAt) >= since);
  assert.deepEqual(sent.map((m) => [m.kind, m.medium]), [['MFA', 'EMAIL']], 'only the chosen factor sends a code');

  await submitForm(page, '#mfa-prompt', { code: sent[0].code });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'sela');
  await page.close();
});
