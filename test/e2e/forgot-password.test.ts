import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const OLD = 'Correct-Horse-7';
const NEW = 'Battery-Staple-9';
await confirmedUser(ctx.pool, 'erin', OLD);

test('forgot password: code, new password, then sign in with it (and not the old one)', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  await submitForm(page, '#forgot-password', { username: 'erin' });
  const sent = await waitForEvent(page, 'cognito-code-sent');
  assert.equal(sent.detail?.username, 'erin');
  assert.equal((sent.detail?.codeDelivery as { DeliveryMedium: string }).DeliveryMedium, 'EMAIL');
  const code = await ctx.waitForCode('erin', 'FORGOT_PASSWORD');

  // The second step is its own form, with the username kept for password managers.
  await page.waitForSelector('#forgot-password form [name=code]');
  assert.equal(await page.getAttribute('#forgot-password [name=username]', 'autocomplete'), 'username');
  assert.equal(await page.getAttribute('#forgot-password [name=new_password]', 'autocomplete'), 'new-password');
  await submitForm(page, '#forgot-password', { code, new_password: NEW });
  assert.equal((await waitForEvent(page, 'cognito-password-reset')).detail?.username, 'erin');

  await submitForm(page, '#sign-in', { username: 'erin', password: OLD });
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'NotAuthorizedException');
  await submitForm(page, '#sign-in', { password: NEW });
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'erin');
  await page.close();
});

test('forgot password reads the same for an account that does not exist', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  await submitForm(page, '#forgot-password', { username: 'nobody-at-all' });
  await waitForEvent(page, 'cognito-code-sent');
  await page.waitForSelector('#forgot-password form [name=code]');
  const known = await ctx.openPage('flows.html');
  await submitForm(known, '#forgot-password', { username: 'erin' });
  await waitForEvent(known, 'cognito-code-sent');
  await known.waitForSelector('#forgot-password form [name=code]');
  const text = async (p: typeof page) => (await p.locator('#forgot-password [role=status]').innerText()).replace(/erin|nobody-at-all/g, 'X');
  assert.equal(await text(page), await text(known));
  await page.close();
  await known.close();
});
