import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { recordedEvents, setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

// Tokens that live 8 seconds, so the automatic refresh (a quarter of the lifetime early) is seen.
const ctx = await setup({
  config: {
    UserPoolClients: [
      {
        ClientId: 'devpoolclient',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        DevTokenValiditySeconds: 8,
      },
    ],
  },
});
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'fay', PASSWORD);
await confirmedUser(ctx.pool, 'gus', PASSWORD);

type Creds = { identityId: string; accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: string };
const credentialsFrom = async (page: Page, count: number) =>
  (await waitForEvent(page, 'cognito-credentials', { count, timeout: 20_000 })).detail as unknown as Creds;
type Provider = { getCredentials(): Promise<{ identityId: string; expiration: Date }> };
const providerCredentials = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('cognito-user-pool') as unknown as Provider).getCredentials().then(
      (c) => ({ identityId: c.identityId, expiration: c.expiration.toISOString() }),
      (e: Error) => ({ error: e.message }),
    ),
  );

test('credentials after sign-in, after reload, after each refresh, and none after sign-out', { timeout: 90_000 }, async () => {
  const page = await ctx.openPage('credentials.html', { identityPoolId: ctx.pool.identityPoolId });
  await submitForm(page, '#sign-in', { username: 'fay', password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  const first = await credentialsFrom(page, 1);
  assert.match(first.identityId, /^us-east-1:[0-9a-f-]{36}$/);
  assert.match(first.accessKeyId, /^ASIA/);
  assert.ok(first.secretAccessKey && first.sessionToken);
  assert.ok(new Date(first.expiration).getTime() > Date.now(), 'expiration is a Date in the future');
  assert.equal((await recordedEvents(page, 'cognito-credentials'))[0].target, 'cognito-user-pool');
  assert.deepEqual(await providerCredentials(page), { identityId: first.identityId, expiration: first.expiration });

  // The session refreshes itself before its 8-second tokens expire; new credentials follow.
  await waitForEvent(page, 'cognito-tokens-refreshed', { timeout: 20_000 });
  const afterRefresh = await credentialsFrom(page, 2);
  assert.equal(afterRefresh.identityId, first.identityId, 'the same identity');
  assert.notEqual(afterRefresh.sessionToken, first.sessionToken, 'fresh credentials');

  await page.reload();
  await waitForEvent(page, 'cognito-session-restored');
  const afterReload = await credentialsFrom(page, 1);
  assert.equal(afterReload.identityId, first.identityId);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie);
  assert.ok(!stored.includes(afterReload.secretAccessKey), 'credentials are never stored');

  await page.click('#sign-out form button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  assert.deepEqual(await providerCredentials(page), { error: 'Not signed in' });
  await page.close();
});

test('another user gets another identity; guests get credentials only when asked for', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('credentials.html', { identityPoolId: ctx.pool.identityPoolId, guestCredentials: '' });
  const guest = await credentialsFrom(page, 1);
  await submitForm(page, '#sign-in', { username: 'gus', password: PASSWORD });
  const gus = await credentialsFrom(page, 2);
  assert.notEqual(gus.identityId, guest.identityId, 'signed in, not the guest identity');
  await page.click('#sign-out form button[type=submit]');
  const guestAgain = await credentialsFrom(page, 3);
  // Nothing of the signed-in user survives; guest identities are not kept (memory only).
  assert.notEqual(guestAgain.identityId, gus.identityId, 'back to guest credentials after sign-out');
  await page.close();

  const noGuests = await ctx.openPage('credentials.html', { identityPoolId: ctx.pool.identityPoolId });
  await noGuests.waitForSelector('#sign-in form');
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await recordedEvents(noGuests, 'cognito-credentials'), []);
  await noGuests.close();
});
