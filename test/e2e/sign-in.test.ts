import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { alertText, confirmedUser, fieldError, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'dave', PASSWORD);

async function failedSignIn(username: string, password: string) {
  const page = await ctx.openPage('flows.html');
  await submitForm(page, '#sign-in', { username, password });
  const error = await waitForEvent(page, 'cognito-error');
  const shown = { alert: await alertText(page, '#sign-in'), field: await fieldError(page, '#sign-in', 'password') };
  const kept = [await page.inputValue('#sign-in [name=username]'), await page.inputValue('#sign-in [name=password]')];
  await page.close();
  return { error: error.detail, shown, kept };
}

test('a wrong password is refused with a message at the password and nothing typed lost', { timeout: 30_000 }, async () => {
  const { error, shown, kept } = await failedSignIn('dave', 'Wrong-Horse-7');
  assert.equal(error?.code, 'NotAuthorizedException');
  assert.equal(error?.operation, 'signIn');
  assert.equal(shown.alert, error?.message);
  assert.deepEqual(shown.field, { invalid: 'true', message: error?.message });
  assert.deepEqual(kept, ['dave', 'Wrong-Horse-7']);
});

test('an unknown user reads exactly like a wrong password', { timeout: 30_000 }, async () => {
  const wrongPassword = await failedSignIn('dave', 'Wrong-Horse-7');
  const unknownUser = await failedSignIn('nobody-here', 'Wrong-Horse-7');
  assert.equal(unknownUser.error?.message, wrongPassword.error?.message);
  assert.deepEqual(unknownUser.shown, wrongPassword.shown);
});

test('USER_PASSWORD_AUTH on the provider is honoured', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html', { authFlow: 'USER_PASSWORD_AUTH' });
  const targets: string[] = [];
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') {
      targets.push(request.headers()['x-amz-target'] ?? '');
      bodies.push(request.postData() ?? '');
    }
  });
  await submitForm(page, '#sign-in', { username: 'dave', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  assert.deepEqual(targets, ['AWSCognitoIdentityProviderService.InitiateAuth']);
  assert.match(bodies[0], /"AuthFlow":"USER_PASSWORD_AUTH"/);
  await page.close();
});

test('SRP by default: the password never leaves the page', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  const bodies: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && bodies.push(request.postData() ?? ''));
  await submitForm(page, '#sign-in', { username: 'dave', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  assert.match(bodies[0], /"AuthFlow":"USER_SRP_AUTH"/);
  assert.match(bodies[1], /"ChallengeName":"PASSWORD_VERIFIER"/);
  assert.ok(bodies.every((body) => !body.includes(PASSWORD)));
  await page.close();
});

test('the network failing mid-submit: message, form still filled, and a retry succeeds', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  let failNext = true;
  await page.route(`${ctx.pool.endpoint}**`, (route) => {
    if (failNext && route.request().method() === 'POST') {
      failNext = false;
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  await submitForm(page, '#sign-in', { username: 'dave', password: PASSWORD });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'NetworkError');
  assert.equal(await alertText(page, '#sign-in'), error.detail?.message);
  assert.equal(await page.inputValue('#sign-in [name=username]'), 'dave');
  assert.equal(await page.inputValue('#sign-in [name=password]'), PASSWORD);
  assert.equal(await page.isEnabled('#sign-in button[type=submit]'), true, 'the form is not dead');

  await page.click('#sign-in button[name=retry]');
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'dave');
  await page.close();
});
