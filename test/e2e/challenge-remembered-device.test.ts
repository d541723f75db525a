import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { cognito, submitForm } from './arrange.js';
import { formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

const ctx = await setup({
  config: poolConfig(
    {
      MfaConfiguration: 'OPTIONAL',
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    },
    { MfaConfig: { SmsMfaConfiguration: {} } },
  ),
});
const PASSWORD = 'Correct-Horse-7';
await mfaUser(ctx.pool, 'dora', PASSWORD, { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });

async function answerSms(page: Parameters<typeof signIn>[0], remember: boolean) {
  const since = new Date();
  await signIn(page, 'dora', PASSWORD);
  await page.waitForSelector('#mfa-prompt form [name=code]');
  if (remember) await page.check('#mfa-prompt [name=remember_device]');
  const code = await ctx.waitForCode('dora', 'MFA', { since });
  await submitForm(page, '#mfa-prompt', { code });
}

test('a remembered device skips MFA at the next sign-in; one not remembered does not', { timeout: 90_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  assert.equal(await page.innerText('#mfa-prompt').catch(() => ''), '');

  // Not ticked: the device is not remembered, and MFA is asked again.
  await answerSms(page, false);
  await waitForEvent(page, 'cognito-signed-in');
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await signIn(page, 'dora', PASSWORD);
  assert.equal((await waitForEvent(page, 'cognito-challenge', { count: 2 })).detail?.challenge, 'SMS_MFA');
  await page.click('#mfa-prompt button[name=cancel]');
  await page.waitForSelector('#sign-in form');

  // Ticked: remembered, so the next sign-in on this device goes straight through.
  await answerSms(page, true);
  await waitForEvent(page, 'cognito-signed-in', { count: 2 });
  const { Devices } = (await cognito(ctx.pool, 'AdminListDevices', { UserPoolId: ctx.pool.userPoolId, Username: 'dora' })) as {
    Devices: { DeviceAttributes: { Name: string; Value: string }[] }[];
  };
  const statuses = Devices.map((d) => d.DeviceAttributes.find((a) => a.Name === 'dev:device_remembered_status')?.Value);
  assert.ok(statuses.includes('remembered'), `a remembered device among ${JSON.stringify(statuses)}`);

  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out', { count: 2 });
  const messages = ctx.pool.inbox().length;
  await signIn(page, 'dora', PASSWORD);
  const third = await waitForEvent(page, 'cognito-signed-in', { count: 3 });
  assert.equal(third.target, 'cognito-sign-in', 'signed in by the password alone');
  assert.equal((await recordedEvents(page, 'cognito-challenge')).length, 3, 'no further challenge');
  assert.equal(ctx.pool.inbox().length, messages, 'no code sent');
  assert.deepEqual(await formsShown(page), ['totp-setup', 'sign-out'], 'the challenge forms are gone (totp-setup offers an authenticator to a signed-in user)');
  await page.close();
});
