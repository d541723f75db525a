/**
 * The USER_AUTH client and passkeys end to end: Chromium with its virtual authenticator (a real
 * WebAuthn ceremony, navigator.credentials untouched) on http://localhost, the dev pool checking
 * every signature, and the provider of the CDN bundle restoring and signing out what the
 * client stored. Every request is checked against Cognito's model (harness.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { openPage, openTab, setup, waitForEvent } from './harness.js';
import { addVirtualAuthenticator } from './virtual-authenticator.js';

const CLIENT = 'userauthclient';
/** 6-second tokens: the provider refreshes them within the test. */
const SHORT_CLIENT = 'shortclient';
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('./fixtures/user-auth-client.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { global: 'globalThis' },
  write: false,
  logLevel: 'silent',
});
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
  serve: () => ({ routes: { '/user-auth-client.js': { type: 'text/javascript', body: outputFiles[0].text } } }),
});

/** The page on http://localhost (a WebAuthn relying party is a domain name, never an IP address). */
function localhost(clientId: string): string {
  const url = new URL(ctx.url('user-auth.html', { clientId }));
  url.hostname = 'localhost';
  return url.href;
}

async function open(clientId = CLIENT): Promise<Page> {
  const page = await openPage(ctx.browser, localhost(clientId));
  await page.waitForFunction(() => 'userAuth' in window);
  return page;
}

type Client = Record<string, (...args: unknown[]) => Promise<unknown>>;
/** Calls window.userAuth[name](...args) in the page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ua = (page: Page, name: string, ...args: unknown[]): Promise<any> =>
  page.evaluate(([n, a]) => ((window as unknown as { userAuth: Client }).userAuth[n as string](...(a as unknown[]))), [name, args] as const);

/** Cognito requests from now on: operation and body. */
function record(page: Page) {
  const sent: Array<{ op: string; body: Record<string, any> }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) sent.push({ op: target.split('.')[1], body: JSON.parse(request.postData() ?? '{}') });
  });
  return sent;
}

/** Reloads the page and waits for its provider to restore `username`'s stored session. */
async function reloaded(page: Page, username: string) {
  await page.reload();
  await page.waitForFunction(() => 'userAuth' in window);
  const restored = await waitForEvent(page, 'cognito-session-restored');
  assert.equal(restored.detail?.username, username);
  return restored;
}

const sdkKeys = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('CognitoIdentityServiceProvider.')).map((k) => [k, localStorage.getItem(k)])));

test('passwordless sign-up, e-mail code, passkey registration, sign-out, the passkey alone, list and delete', { timeout: 90_000 }, async () => {
  const page = await open();
  const authenticator = await addVirtualAuthenticator(page);
  const sent = record(page);

  // Sign-up without a password, then the sign-in that ConfirmSignUp's Session allows.
  const signedUp = await ua(page, 'signUp', 'pia', 'pia@example.com');
  assert.equal(sent.find((r) => r.op === 'SignUp')?.body.Password, undefined);
  const code = await ctx.waitForCode('pia', 'CONFIRM_SIGN_UP');
  const session = await ua(page, 'confirmSignUp', 'pia', code, signedUp.session);
  assert.equal(typeof session, 'string');
  const first = await ua(page, 'start', 'pia', { session });
  assert.equal(first.kind, 'done', JSON.stringify(first));
  assert.equal(first.username, 'pia');
  const prefix = `CognitoIdentityServiceProvider.${CLIENT}`;
  const stored = await sdkKeys(page);
  assert.equal(stored[`${prefix}.LastAuthUser`], 'pia');
  assert.equal(stored[`${prefix}.pia.accessToken`], first.tokens.accessToken);
  assert.equal(stored[`${prefix}.pia.idToken`], first.tokens.idToken);
  assert.equal(stored[`${prefix}.pia.refreshToken`], first.tokens.refreshToken);

  // The provider (the SDK adapter) restores it after a reload, as any SRP sign-in.
  const restored = await reloaded(page, 'pia');
  assert.equal((restored.detail?.tokens as { accessToken: string }).accessToken, first.tokens.accessToken);

  // A passkey, created by the authenticator and verified by the pool.
  const added = await ua(page, 'addPasskey', first.tokens.accessToken);
  assert.equal(typeof added.value, 'string', JSON.stringify(added));
  const held = await authenticator.credentials();
  const countAtRegistration = held[0]?.signCount;
  assert.deepEqual(held.map((c) => [c.credentialId, c.rpId, c.isResidentCredential]), [[added.value, 'localhost', true]]);
  const listed = await ua(page, 'listPasskeys', first.tokens.accessToken);
  assert.deepEqual(listed.value.map((p: { CredentialId: string; RelyingPartyId: string }) => [p.CredentialId, p.RelyingPartyId]), [[added.value, 'localhost']]);
  assert.ok(Math.abs(Date.parse(listed.value[0].CreatedAt) - Date.now()) < 60_000, listed.value[0].CreatedAt);

  // The same authenticator again: it already holds one of the user's passkeys.
  const again = await ua(page, 'addPasskey', first.tokens.accessToken);
  assert.deepEqual(again.error, { code: 'PasskeyExists', key: 'error.passkey.exists' });

  // Sign-out through the element clears the SDK keys.
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  assert.equal(Object.keys(await sdkKeys(page)).filter((k) => /Token|LastAuthUser/.test(k)).length, 0);

  // E-mail code sign-in: username alone, SELECT_CHALLENGE, then the code.
  const select = await ua(page, 'start', 'pia');
  assert.equal(select.kind, 'select', JSON.stringify(select));
  assert.ok(select.available.includes('EMAIL_OTP') && select.available.includes('WEB_AUTHN'), select.available.join());
  const since = new Date();
  const codeStep = await ua(page, 'choose', 'EMAIL_OTP');
  assert.equal(codeStep.kind, 'code');
  assert.equal(codeStep.delivery.DeliveryMedium, 'EMAIL');
  const signInCode = await ctx.waitForCode('pia', 'SIGN_IN', { since });
  assert.equal((await ua(page, 'code', signInCode)).kind, 'done');
  // The provider on this page learns of a sign-in here once the lead wires the flow in; until
  // then a reload is how it finds the session (and proves the restore once more).
  await reloaded(page, 'pia');
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');

  // The passkey alone: no password, no code, nothing sent to the inbox.
  const inboxBefore = ctx.pool.inbox().length;
  sent.length = 0;
  await ua(page, 'start', 'pia');
  const byPasskey = await ua(page, 'choose', 'WEB_AUTHN');
  assert.equal(byPasskey.kind, 'done', JSON.stringify(byPasskey));
  assert.deepEqual(sent.map((r) => [r.op, r.body.ChallengeName ?? r.body.AuthFlow, Object.keys(r.body.ChallengeResponses ?? r.body.AuthParameters).sort()]), [
    ['InitiateAuth', 'USER_AUTH', ['USERNAME']],
    ['RespondToAuthChallenge', 'SELECT_CHALLENGE', ['ANSWER', 'USERNAME']],
    ['RespondToAuthChallenge', 'WEB_AUTHN', ['CREDENTIAL', 'USERNAME']],
  ]);
  assert.equal(ctx.pool.inbox().length, inboxBefore);
  // One signature more, counted by the authenticator (the pool checks the counter grows).
  assert.equal((await authenticator.credentials())[0].signCount, countAtRegistration + 1);

  await reloaded(page, 'pia');

  // List and delete.
  assert.deepEqual((await ua(page, 'deletePasskey', byPasskey.tokens.accessToken, added.value)).error, undefined);
  assert.deepEqual((await ua(page, 'listPasskeys', byPasskey.tokens.accessToken)).value, []);
  await page.close();
});

test('a ceremony that fails (user not verified, passkey removed from the device) says so, keeps the username and the other factors; retry succeeds', { timeout: 90_000 }, async () => {
  const page = await open();
  const authenticator = await addVirtualAuthenticator(page);
  // A user with a passkey on this authenticator, signed in by e-mail code to register it.
  await ua(page, 'signUp', 'cai', 'cai@example.com');
  await ua(page, 'confirmSignUp', 'cai', await ctx.waitForCode('cai', 'CONFIRM_SIGN_UP'));
  await ua(page, 'start', 'cai');
  const since = new Date();
  await ua(page, 'choose', 'EMAIL_OTP');
  const done = await ua(page, 'code', await ctx.waitForCode('cai', 'SIGN_IN', { since }));
  assert.equal((await ua(page, 'addPasskey', done.tokens.accessToken)).error, undefined);

  await authenticator.setUserVerified(false);
  const sent = record(page);
  await ua(page, 'start', 'cai');
  const failed = await ua(page, 'choose', 'WEB_AUTHN');
  assert.equal(failed.kind, 'passkey-failed', JSON.stringify(failed));
  assert.equal(failed.username, 'cai');
  assert.equal(failed.error.code, 'PasskeyCancelled');
  assert.equal(failed.error.key, 'error.passkey.cancelled');
  assert.ok(failed.available.includes('EMAIL_OTP'));
  assert.ok(!sent.some((r) => r.body.ChallengeName === 'WEB_AUTHN'), 'no assertion sent for a failed ceremony');

  await authenticator.setUserVerified(true);
  const retried = await ua(page, 'choose', 'WEB_AUTHN');
  assert.equal(retried.kind, 'done', JSON.stringify(retried));
  assert.equal(retried.username, 'cai');

  // The passkey removed from the device (Cognito still lists it): no passkey to sign in with.
  await authenticator.removeCredential((await authenticator.credentials())[0].credentialId);
  await ua(page, 'start', 'cai');
  const missing = await ua(page, 'choose', 'WEB_AUTHN');
  assert.equal(missing.kind, 'passkey-failed', JSON.stringify(missing));
  assert.deepEqual([missing.username, missing.error.key], ['cai', 'error.passkey.cancelled']);
  await page.close();
});

test('the session of a passwordless sign-in is refreshed by the provider (REFRESH_TOKEN_AUTH) and read by another tab', { timeout: 60_000 }, async () => {
  const page = await open(SHORT_CLIENT);
  const other = await openTab(page.context(), localhost(SHORT_CLIENT));
  const signedUp = await ua(page, 'signUp', 'rio', 'rio@example.com');
  const session = await ua(page, 'confirmSignUp', 'rio', await ctx.waitForCode('rio', 'CONFIRM_SIGN_UP'), signedUp.session);
  const done = await ua(page, 'start', 'rio', { session });
  assert.equal(done.kind, 'done');

  // The other tab's provider finds it in the storage they share the next time it is asked.
  const seen = await other.evaluate(async () => {
    const pool = document.querySelector('cognito-user-pool') as unknown as { getTokens(): Promise<{ accessToken: string } | null> };
    return (await pool.getTokens())?.accessToken;
  });
  assert.equal(seen, done.tokens.accessToken);
  assert.equal((await waitForEvent(other, 'cognito-session-restored')).detail?.username, 'rio');

  // Before the 6-second tokens expire, the provider refreshes them with the stored refresh token.
  const refreshes = record(other);
  const refreshed = await waitForEvent(other, 'cognito-tokens-refreshed', { timeout: 15_000 });
  const tokens = refreshed.detail?.tokens as { accessToken: string };
  assert.notEqual(tokens.accessToken, done.tokens.accessToken);
  assert.deepEqual(refreshes.map((r) => [r.op, r.body.AuthFlow]), [['InitiateAuth', 'REFRESH_TOKEN_AUTH']]);
  assert.equal((await sdkKeys(page))[`CognitoIdentityServiceProvider.${SHORT_CLIENT}.rio.accessToken`], tokens.accessToken);
  await other.close();
  await page.close();
});
