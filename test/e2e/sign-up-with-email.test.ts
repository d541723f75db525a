import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { fieldError, submitForm } from './arrange.js';

// The console's default pool: users sign up and sign in with their e-mail address.
const ctx = await setup({ config: { UserPool: { UsernameAttributes: ['email'], AutoVerifiedAttributes: ['email'] } } });
const PASSWORD = 'Correct-Horse-7';
const EMAIL = 'Erin@Example.com';

/** The request bodies of one Cognito operation the page sends. */
function sentBodies(page: Page, op: string): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target'] === `AWSCognitoIdentityProviderService.${op}`) bodies.push(request.postDataJSON());
  });
  return bodies;
}

test('sign up with the address once, confirm, sign in with it', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('flows.html', { usernameAttributes: 'email' });
  const signUps = sentBodies(page, 'SignUp');
  const field = page.locator('#sign-up [name=username]');
  assert.equal(await field.getAttribute('type'), 'email');
  assert.equal(await field.getAttribute('autocomplete'), 'username');
  assert.equal(await page.locator('#sign-up label', { hasText: 'Email' }).count(), 1);
  assert.equal(await page.locator('#sign-up [name=email]').count(), 0, 'the address is not asked twice');

  await submitForm(page, '#sign-up', { username: EMAIL, new_password: PASSWORD });
  const signedUp = await waitForEvent(page, 'cognito-signed-up');
  assert.equal(signedUp.detail?.username, EMAIL);
  assert.equal(signUps.length, 1);
  assert.equal(signUps[0].Username, EMAIL);
  assert.deepEqual(signUps[0].UserAttributes ?? [], [], 'no separate email attribute');
  const sub = signedUp.detail?.userSub as string;
  assert.match(sub, /^[0-9a-f-]{36}$/);

  const code = await ctx.waitForCode(EMAIL, 'CONFIRM_SIGN_UP');
  await submitForm(page, '#confirm-sign-up', { username: EMAIL, code });
  await waitForEvent(page, 'cognito-sign-up-confirmed');

  assert.equal(await page.getAttribute('#sign-in [name=username]', 'type'), 'email');
  await submitForm(page, '#sign-in', { username: EMAIL.toLowerCase(), password: PASSWORD });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  const tokens = signedIn.detail?.tokens as Record<string, string>;
  const claims = JSON.parse(Buffer.from(tokens.idToken.split('.')[1], 'base64url').toString());
  assert.equal(claims['cognito:username'], sub, 'Cognito names the user by a UUID');
  assert.equal(claims.sub, sub);
  assert.equal(claims.email, EMAIL);
  // What the user signs in with, not the UUID.
  await page.waitForFunction((email) => document.querySelector('#sign-in')?.textContent?.includes(`Signed in as ${email}.`), EMAIL);
  await page.close();
});

test('the pool refuses a user name that is not an address: said at the field, nothing typed lost', { timeout: 30_000 }, async () => {
  // A page that forgot username-attributes sends the plain name; Cognito refuses it.
  const page = await ctx.openPage('flows.html');
  const signUps = sentBodies(page, 'SignUp');
  await submitForm(page, '#sign-up', { username: 'frank', email: 'frank@example.com', new_password: PASSWORD });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'InvalidParameterException');
  assert.equal(signUps.length, 1);
  const atField = await fieldError(page, '#sign-up', 'username');
  assert.deepEqual(atField, { invalid: 'true', message: 'Enter an email address like name@example.com.' });
  assert.equal(await page.inputValue('#sign-up [name=username]'), 'frank');
  assert.equal(await page.inputValue('#sign-up [name=new_password]'), PASSWORD);

  // With the attribute set, the same mistake is caught on the page before anything is sent.
  const right = await ctx.openPage('flows.html', { usernameAttributes: 'email' });
  const sent = sentBodies(right, 'SignUp');
  await submitForm(right, '#sign-up', { username: 'frank', new_password: PASSWORD });
  await right.waitForSelector('#sign-up [name=username][aria-invalid=true]');
  assert.equal((await fieldError(right, '#sign-up', 'username')).message, 'Enter an email address like name@example.com.');
  assert.equal(sent.length, 0);
  await page.close();
  await right.close();
});
