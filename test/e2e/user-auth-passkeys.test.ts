/**
 * USER_AUTH and passkeys through the elements, end to end: Chromium with its virtual
 * authenticator (a real WebAuthn ceremony, navigator.credentials untouched) on
 * http://localhost, the dev pool checking every signature. Real forms and buttons: sign-up
 * without a password, the sign-in after it, an e-mailed code, <cognito-passkeys>, the passkey
 * alone, a failed ceremony. Every request is checked against Cognito's model (harness.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, openTab, recordedEvents, setup, waitForEvent } from './harness.js';
import { addVirtualAuthenticator } from './virtual-authenticator.js';

const CLIENT = 'userauthclient';
/** 6-second tokens: the provider refreshes them within the test. */
const SHORT_CLIENT = 'shortclient';
const ctx = await setup({
  config: {
    UserPool: {
      MfaConfiguration: 'OPTIONAL',
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] } },
    },
    MfaConfig: { EmailMfaConfiguration: {}, WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' } },
    UserPoolClients: [
      { ClientId: CLIENT, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
      { ClientId: SHORT_CLIENT, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], DevTokenValiditySeconds: 6 },
    ],
  },
});

/** The page on http://localhost (a WebAuthn relying party is a domain name, never an IP address). */
function localhost(clientId: string): string {
  const url = new URL(ctx.url('user-auth.html', { clientId, authFlow: 'USER_AUTH' }));
  url.hostname = 'localhost';
  return url.href;
}

async function open(clientId = CLIENT): Promise<Page> {
  const page = await openPage(ctx.browser, localhost(clientId));
  await page.waitForSelector('#sign-in input[name="username"]');
  return page;
}

/** Cognito requests from now on: operation and body. */
function record(page: Page) {
  const sent: Array<{ op: string; body: Record<string, any> }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) sent.push({ op: target.split('.')[1], body: JSON.parse(request.postData() ?? '{}') });
  });
  return sent;
}

const count = async (page: Page, type: string) => (await recordedEvents(page, type)).length;

/** Sign-up without a password, then the code: signed in at once (ConfirmSignUp's session), no second prompt. */
async function signUp(page: Page, username: string) {
  const sent = record(page);
  assert.equal(await page.locator('#sign-up input[type="password"]').count(), 0, 'no password field');
  await page.fill('#sign-up input[name="username"]', username);
  await page.fill('#sign-up input[name="email"]', `${username}@example.com`);
  await page.click('#sign-up button[type="submit"]');
  await waitForEvent(page, 'cognito-signed-up');
  const signUpRequest = sent.find((r) => r.op === 'SignUp');
  assert.equal(signUpRequest?.body.Password, undefined);
  const signedIn = await count(page, 'cognito-signed-in');
  await page.fill('#confirm input[name="username"]', username);
  await page.fill('#confirm input[name="code"]', await ctx.waitForCode(username, 'CONFIRM_SIGN_UP'));
  await page.click('#confirm button[type="submit"]');
  const event = await waitForEvent(page, 'cognito-signed-in', { count: signedIn + 1 });
  assert.equal(event.detail?.username, username);
  const signIn = sent.find((r) => r.op === 'InitiateAuth');
  assert.equal(signIn?.body.AuthFlow, 'USER_AUTH');
  assert.equal(typeof signIn?.body.Session, 'string', 'the sign-in uses ConfirmSignUp’s session');
}

async function signOut(page: Page) {
  const before = await count(page, 'cognito-signed-out');
  await page.click('#sign-out button[type="submit"]');
  await waitForEvent(page, 'cognito-signed-out', { count: before + 1 });
  await page.waitForSelector('#sign-in input[name="username"]');
}

/** The username alone, then a factor's button. */
async function startSignIn(page: Page, username: string, factor: string) {
  const input = page.locator('#sign-in input[name="username"]');
  assert.equal(await input.getAttribute('autocomplete'), 'username webauthn');
  assert.equal(await page.locator('#sign-in input[type="password"]').count(), 0, 'the username comes alone');
  await input.fill(username);
  await page.click('#sign-in button[type="submit"]');
  await page.click(`#sign-in button[name="challenge"][value="${factor}"]`);
}

async function addPasskey(page: Page, username: string): Promise<string> {
  const before = await count(page, 'cognito-passkey-added');
  await page.click('#passkeys button[name="add"]');
  const added = await waitForEvent(page, 'cognito-passkey-added', { count: before + 1 });
  assert.equal(added.detail?.username, username);
  return added.detail?.credentialId as string;
}

test('passwordless sign-up, e-mail code, a passkey added in <cognito-passkeys>, the passkey alone, deleted', { timeout: 90_000 }, async () => {
  const page = await open();
  const authenticator = await addVirtualAuthenticator(page);
  await signUp(page, 'pia');
  await page.waitForSelector('#passkeys button[name="add"]');
  assert.match(await page.locator('#passkeys').innerText(), /You don't have any passkeys yet/);
  await signOut(page);

  // E-mail code: SELECT_CHALLENGE's buttons, then the code field saying where it went.
  const since = new Date();
  await startSignIn(page, 'pia', 'EMAIL_OTP');
  await page.waitForSelector('#sign-in input[name="code"]');
  assert.match(await page.locator('#sign-in bdi').innerText(), /\*/);
  await page.fill('#sign-in input[name="code"]', await ctx.waitForCode('pia', 'SIGN_IN', { since }));
  await page.click('#sign-in button[type="submit"]');
  await waitForEvent(page, 'cognito-signed-in', { count: 2 });

  // A passkey, created by the authenticator and verified by the pool, listed with its details.
  const credentialId = await addPasskey(page, 'pia');
  const held = await authenticator.credentials();
  assert.deepEqual(held.map((c) => [c.credentialId, c.rpId]), [[credentialId, 'localhost']]);
  await page.waitForSelector(`#passkeys button[name="delete"][value="${credentialId}"]`);
  assert.match(await page.locator('#passkeys li').innerText(), new RegExp(`Added .*${new Date().getFullYear()}`));
  // The same authenticator again: it already holds one of the user's passkeys; said in words.
  await page.click('#passkeys button[name="add"]');
  await page.waitForFunction(() => /already has a passkey/.test(document.querySelector('#passkeys [role="alert"]')?.textContent ?? ''));
  await signOut(page);

  // The passkey alone: no password, no code, nothing sent to the inbox.
  const inboxBefore = ctx.pool.inbox().length;
  const sent = record(page);
  await startSignIn(page, 'pia', 'WEB_AUTHN');
  await waitForEvent(page, 'cognito-signed-in', { count: 3 });
  const auth = sent.filter((r) => r.op === 'InitiateAuth' || r.op === 'RespondToAuthChallenge');
  assert.deepEqual(auth.map((r) => [r.op, r.body.ChallengeName ?? r.body.AuthFlow, Object.keys(r.body.ChallengeResponses ?? r.body.AuthParameters).sort()]), [
    ['InitiateAuth', 'USER_AUTH', ['USERNAME']],
    ['RespondToAuthChallenge', 'SELECT_CHALLENGE', ['ANSWER', 'USERNAME']],
    ['RespondToAuthChallenge', 'WEB_AUTHN', ['CREDENTIAL', 'USERNAME']],
  ]);
  assert.ok(!sent.some((r) => /PASSWORD|SRP_A|CODE/.test(Object.keys(r.body.ChallengeResponses ?? r.body.AuthParameters ?? {}).join())));
  assert.equal(ctx.pool.inbox().length, inboxBefore);
  assert.equal(await page.locator('#sign-in').innerText(), 'Signed in as pia.');

  // Deleted after a confirmation.
  await page.click(`#passkeys button[name="delete"][value="${credentialId}"]`);
  await page.click('#passkeys button[name="confirm"]');
  const deleted = await waitForEvent(page, 'cognito-passkey-deleted');
  assert.deepEqual(deleted.detail, { username: 'pia', credentialId });
  await page.waitForFunction(() => /You don't have any passkeys yet/.test(document.querySelector('#passkeys')?.textContent ?? ''));
  await page.close();
});

test('a cancelled ceremony says so, keeps the username, offers the other factors and a retry that succeeds', { timeout: 90_000 }, async () => {
  const page = await open();
  const authenticator = await addVirtualAuthenticator(page);
  await signUp(page, 'cai');
  await addPasskey(page, 'cai');
  await signOut(page);

  await authenticator.setUserVerified(false);
  const sent = record(page);
  await startSignIn(page, 'cai', 'WEB_AUTHN');
  const alert = page.locator('#sign-in [role="alert"]');
  await page.waitForFunction(() => /cancelled or timed out/.test(document.querySelector('#sign-in [role="alert"]')?.textContent ?? ''));
  assert.match(await alert.innerText(), /no passkey for this site/);
  assert.equal(await page.locator('#sign-in input[name="username"]').inputValue(), 'cai');
  assert.equal(await page.locator('#sign-in button[name="challenge"][value="EMAIL_OTP"]').count(), 1);
  // A user without a password is not offered one.
  assert.equal(await page.locator('#sign-in button[name="challenge"][value="PASSWORD"]').count(), 0);
  assert.ok(!sent.some((r) => r.body.ChallengeName === 'WEB_AUTHN'), 'no assertion sent for a failed ceremony');
  assert.equal((await recordedEvents(page, 'cognito-error')).at(-1)?.detail?.operation, 'passkeySignIn');

  await authenticator.setUserVerified(true);
  await page.click('#sign-in button[name="challenge"][value="WEB_AUTHN"]');
  const signedIn = await waitForEvent(page, 'cognito-signed-in', { count: 2 });
  assert.equal(signedIn.detail?.username, 'cai');

  // Cancel at the choice: back to the username, as typed.
  await signOut(page);
  await page.fill('#sign-in input[name="username"]', 'cai');
  await page.click('#sign-in button[type="submit"]');
  await page.click('#sign-in button[name="cancel"]');
  assert.equal(await page.locator('#sign-in input[name="username"]').inputValue(), 'cai');
  await page.close();
});

test('a passwordless session is stored as the SDK stores one: refreshed by the provider and read by another tab', { timeout: 60_000 }, async () => {
  const page = await open(SHORT_CLIENT);
  const other = await openTab(page.context(), localhost(SHORT_CLIENT));
  await signUp(page, 'rio');
  const stored = await page.evaluate(() => localStorage.getItem(`CognitoIdentityServiceProvider.shortclient.LastAuthUser`));
  assert.equal(stored, 'rio');
  // The other tab hears of the sign-in (tab sync), and then of the refresh before the 6-second tokens expire.
  assert.equal((await waitForEvent(other, 'cognito-session-restored')).detail?.username, 'rio');
  const refreshed = await waitForEvent(other, 'cognito-tokens-refreshed', { timeout: 15_000 });
  assert.equal(refreshed.detail?.username, 'rio');
  await signOut(page);
  await waitForEvent(other, 'cognito-signed-out');
  await other.close();
  await page.close();
});
