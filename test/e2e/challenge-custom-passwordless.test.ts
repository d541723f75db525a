import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { submitForm } from './arrange.js';
import { mfaUser, poolConfig } from './arrange-mfa.js';

// Custom auth that does not start with the password: a code by e-mail is the whole sign-in.
const ctx = await setup({
  config: poolConfig(
    {},
    {
      CustomAuth: {
        Steps: [{ Type: 'CODE', DeliveryMedium: 'EMAIL', ChallengeParameters: { prompt: 'Enter the code we e-mailed you', type: 'code' } }],
      },
    },
  ),
});
await mfaUser(ctx.pool, 'nia', 'Correct-Horse-7');

test('passwordless custom auth: the username, then the e-mailed code, and no password at all', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html', { authFlow: 'CUSTOM_AUTH' });
  await page.waitForSelector('#sign-in form [name=password]');
  await page.evaluate(() => document.querySelector('cognito-sign-in')!.setAttribute('passwordless', ''));
  await page.waitForSelector('#sign-in form [name=password]', { state: 'detached' });
  const bodies: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && bodies.push(request.postData() ?? ''));

  const since = new Date();
  await submitForm(page, '#sign-in', { username: 'nia' });
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'nia', challenge: 'CUSTOM_CHALLENGE' });
  assert.match(bodies[0], /"AuthFlow":"CUSTOM_AUTH"/);
  assert.doesNotMatch(bodies[0], /SRP_A/, 'no SRP step when there is no password');
  const code = await ctx.waitForCode('nia', 'CUSTOM_CHALLENGE', { since });
  await submitForm(page, '#custom-challenge', { answer: code });
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'nia');
  await page.close();
});
