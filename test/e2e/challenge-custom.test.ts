import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { alertText, fieldError, submitForm } from './arrange.js';
import { focused, formsShown, mfaUser, poolConfig, signIn } from './arrange-mfa.js';

// The dev pool's stand-in for the CUSTOM_AUTH triggers: the password (SRP), a code by e-mail,
// then a question.
const ctx = await setup({
  config: poolConfig(
    {},
    {
      CustomAuth: {
        WrongAnswersAllowed: 2,
        Steps: [
          { Type: 'SRP' },
          { Type: 'CODE', DeliveryMedium: 'EMAIL', ChallengeParameters: { prompt: 'Enter the code we e-mailed you', type: 'code' } },
          { Type: 'ANSWER', Answer: 'blue', ChallengeParameters: { prompt: 'Favourite colour?', type: 'text' } },
        ],
      },
    },
  ),
});
const PASSWORD = 'Correct-Horse-7';
await mfaUser(ctx.pool, 'cleo', PASSWORD);

const hint = (page: Parameters<typeof signIn>[0]) => page.innerText('#custom-challenge .cognito-hint');

test('CUSTOM_AUTH over two rounds: an e-mailed code, then a question answered wrong and then right', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html', { authFlow: 'CUSTOM_AUTH' });
  const since = new Date();
  await signIn(page, 'cleo', PASSWORD);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'cleo', challenge: 'CUSTOM_CHALLENGE' });
  await page.waitForSelector('#custom-challenge form [name=answer]');
  assert.deepEqual(await formsShown(page), ['custom-challenge']);
  assert.deepEqual(await focused(page), { section: 'custom-challenge', tag: 'input', name: 'answer' });
  assert.equal(await hint(page), 'Enter the code we e-mailed you');
  assert.equal(await page.getAttribute('#custom-challenge [name=answer]', 'autocomplete'), 'one-time-code');
  const code = await ctx.waitForCode('cleo', 'CUSTOM_CHALLENGE', { since });

  // Round 1: the code.
  await submitForm(page, '#custom-challenge', { answer: code });
  await page.waitForFunction(() => document.querySelector('#custom-challenge .cognito-hint')?.textContent === 'Favourite colour?');
  assert.equal((await recordedEvents(page, 'cognito-challenge')).length, 2);
  assert.equal(await page.inputValue('#custom-challenge [name=answer]'), '', 'a new round starts empty');
  assert.equal(await page.getAttribute('#custom-challenge [name=answer]', 'autocomplete'), 'off');
  assert.deepEqual(await focused(page), { section: 'custom-challenge', tag: 'input', name: 'answer' });
  assert.equal(await alertText(page, '#custom-challenge'), '');

  // Round 2, wrong: Cognito asks the same again; the element says so.
  await submitForm(page, '#custom-challenge', { answer: 'green' });
  await waitForEvent(page, 'cognito-challenge', { count: 3 });
  await page.waitForSelector('#custom-challenge [role=alert]:has-text("That answer is not right")');
  assert.deepEqual(await fieldError(page, '#custom-challenge', 'answer'), { invalid: 'true', message: 'That answer is not right. Try again.' });
  assert.equal(await page.inputValue('#custom-challenge [name=answer]'), '');
  assert.equal((await recordedEvents(page, 'cognito-error')).length, 0);

  // Round 2, right.
  await submitForm(page, '#custom-challenge', { answer: 'blue' });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'cleo');
  assert.equal(signedIn.target, 'cognito-custom-challenge');
  assert.deepEqual(await formsShown(page), ['totp-setup', 'sign-out'], 'the challenge forms are gone (totp-setup offers an authenticator to a signed-in user)');
  await page.close();
});

test('CUSTOM_AUTH: too many wrong answers end the sign-in; the user starts again', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html', { authFlow: 'CUSTOM_AUTH' });
  const since = new Date();
  await signIn(page, 'cleo', PASSWORD);
  await page.waitForSelector('#custom-challenge form [name=answer]');
  const code = await ctx.waitForCode('cleo', 'CUSTOM_CHALLENGE', { since });
  const wrong = code === '000000' ? '111111' : '000000';
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submitForm(page, '#custom-challenge', { answer: wrong });
    if (attempt < 3) await waitForEvent(page, 'cognito-challenge', { count: attempt + 1 });
  }
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'NotAuthorizedException');
  assert.equal(await alertText(page, '#custom-challenge'), error.detail?.message);
  await page.click('#custom-challenge button[name=cancel]:has-text("Start again")');
  await page.waitForSelector('#sign-in form');
  await page.close();
});
