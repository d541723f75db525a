import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { alertText, fieldError, submitForm } from './arrange.js';

// Users sign up with an e-mail address or a phone number; the pool requires the address all the
// same, so whoever signs up with a number gives it beside it.
const ctx = await setup({
  config: {
    UserPool: {
      UsernameAttributes: ['email', 'phone_number'],
      AutoVerifiedAttributes: ['email'],
      SchemaAttributes: [{ Name: 'email', Required: true }],
    },
  },
});
const PASSWORD = 'Correct-Horse-7';
const SETTINGS = { usernameAttributes: 'email phone_number' };

/** The request bodies of the SignUp calls the page sends. */
function signUps(page: Page): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target'] === 'AWSCognitoIdentityProviderService.SignUp') bodies.push(request.postDataJSON());
  });
  return bodies;
}

test('sign up with a phone number and the required address beside it, confirm, sign in with the number', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('flows.html', SETTINGS);
  const sent = signUps(page);
  assert.equal(await page.getAttribute('#sign-up [name=username]', 'autocomplete'), 'username');
  assert.equal(await page.getAttribute('#sign-up [name=email]', 'autocomplete'), 'email', 'the address is still asked for');
  assert.equal(await page.locator('#sign-up label', { hasText: 'Email or phone number' }).count(), 1);

  await submitForm(page, '#sign-up', { username: '+1 415 555 0142', email: 'Gail@Example.com', new_password: PASSWORD });
  const signedUp = await waitForEvent(page, 'cognito-signed-up');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].Username, '+14155550142');
  assert.deepEqual(sent[0].UserAttributes, [{ Name: 'email', Value: 'Gail@Example.com' }]);
  const sub = signedUp.detail?.userSub as string;
  assert.match(sub, /^[0-9a-f-]{36}$/);

  const code = await ctx.waitForCode('Gail@Example.com', 'CONFIRM_SIGN_UP');
  await submitForm(page, '#confirm-sign-up', { username: '+14155550142', code });
  await waitForEvent(page, 'cognito-sign-up-confirmed');

  await submitForm(page, '#sign-in', { username: '+1 415 555 0142', password: PASSWORD });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  const tokens = signedIn.detail?.tokens as Record<string, string>;
  const claims = JSON.parse(Buffer.from(tokens.idToken.split('.')[1], 'base64url').toString());
  assert.equal(claims['cognito:username'], sub);
  assert.equal(claims.phone_number, '+14155550142');
  assert.equal(claims.email, 'Gail@Example.com');
  assert.equal(claims.email_verified, true);
  await page.close();
});

test('the required address left out: said at its field, or naming it when the page did not ask for it', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html', SETTINGS);
  const sent = signUps(page);
  await submitForm(page, '#sign-up', { username: '+14155550143', new_password: PASSWORD });
  await page.waitForSelector('#sign-up [name=email][aria-invalid=true]');
  assert.deepEqual(await fieldError(page, '#sign-up', 'email'), { invalid: 'true', message: 'Enter your email.' });
  assert.equal(sent.length, 0, 'caught on the page');
  assert.equal(await page.inputValue('#sign-up [name=username]'), '+14155550143');
  assert.equal(await page.inputValue('#sign-up [name=new_password]'), PASSWORD);

  // A page that asks for no attributes: the pool refuses, and the message names what it needs.
  await page.evaluate(() => document.querySelector('#sign-up cognito-sign-up')!.setAttribute('attributes', ''));
  await page.waitForSelector('#sign-up [name=email]', { state: 'detached' });
  await page.click('#sign-up form button[type=submit]');
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'InvalidParameterException');
  assert.equal(sent.length, 1);
  assert.equal(await alertText(page, '#sign-up'), 'Enter your email.');
  assert.equal(await page.inputValue('#sign-up [name=username]'), '+14155550143');
  await page.close();
});
