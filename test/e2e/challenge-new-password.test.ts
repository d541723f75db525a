import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { cognito, fieldError, submitForm } from './arrange.js';
import { focused, formsShown, poolConfig, signIn } from './arrange-mfa.js';

// The pool requires a name, which the administrator did not give, and passwords of 12 characters
// or more, which the page does not know (it shows Cognito's default policy).
const ctx = await setup({
  config: poolConfig({
    Policies: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true } },
    SchemaAttributes: [
      { Name: 'email', Required: true },
      { Name: 'name', Required: true },
    ],
  }),
});
const TEMPORARY = 'Temporary-Pass-1';
const CHOSEN = 'Chosen-Horse-7';
await cognito(ctx.pool, 'AdminCreateUser', {
  UserPoolId: ctx.pool.userPoolId,
  Username: 'nina',
  TemporaryPassword: TEMPORARY,
  MessageAction: 'SUPPRESS',
  UserAttributes: [
    { Name: 'email', Value: 'nina@example.com' },
    { Name: 'email_verified', Value: 'true' },
  ],
});

test('NEW_PASSWORD_REQUIRED: a new password and the missing required attribute, then signed in', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('challenges.html');
  await signIn(page, 'nina', TEMPORARY);
  assert.deepEqual((await waitForEvent(page, 'cognito-challenge')).detail, { username: 'nina', challenge: 'NEW_PASSWORD_REQUIRED' });
  await page.waitForSelector('#new-password form [name=new_password]');
  assert.deepEqual(await formsShown(page), ['new-password']);
  assert.equal((await focused(page)).section, 'new-password');
  const inputs = await page.$$eval('#new-password form input', (all) =>
    all.map((i) => [i.getAttribute('name'), i.getAttribute('autocomplete'), (i as HTMLInputElement).hidden]),
  );
  assert.deepEqual(inputs, [
    ['username', 'username', true],
    ['new_password', 'new-password', false],
    ['name', 'name', false],
  ]);

  // A password the policy on the page refuses: at the field, before anything is sent.
  await submitForm(page, '#new-password', { new_password: 'weakpass', name: 'Nina Rossi' });
  assert.deepEqual(await fieldError(page, '#new-password', 'new_password'), { invalid: 'true', message: 'The password needs an upper-case letter.' });
  // One the pool refuses (it is stricter than the page was told): at the field, the session still usable.
  await submitForm(page, '#new-password', { new_password: 'Weak-pass-1' });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'InvalidPasswordException');
  assert.deepEqual(await fieldError(page, '#new-password', 'new_password'), { invalid: 'true', message: 'The password is too short.' });

  await submitForm(page, '#new-password', { new_password: CHOSEN });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'nina');
  assert.equal(signedIn.target, 'cognito-new-password');
  assert.ok(!JSON.stringify(signedIn.detail).includes(CHOSEN));

  const user = (await cognito(ctx.pool, 'AdminGetUser', { UserPoolId: ctx.pool.userPoolId, Username: 'nina' })) as {
    UserStatus: string;
    UserAttributes: { Name: string; Value: string }[];
  };
  assert.equal(user.UserStatus, 'CONFIRMED');
  const attributes = Object.fromEntries(user.UserAttributes.map((a) => [a.Name, a.Value]));
  assert.equal(attributes.name, 'Nina Rossi');
  assert.equal(attributes.email, 'nina@example.com');

  // The chosen password is the password now.
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await signIn(page, 'nina', CHOSEN);
  assert.equal((await waitForEvent(page, 'cognito-signed-in', { count: 2 })).target, 'cognito-sign-in');
  await page.close();
});
