/**
 * Enumeration-safe: forgot password (both steps), confirm sign-up and "send the code again"
 * read the same, word for word, for an account that does not exist, one that is unconfirmed,
 * disabled, administrator-created (FORCE_CHANGE_PASSWORD) or has no verified e-mail, and an
 * ordinary confirmed one. The dev pool answers each of them differently, as Cognito does
 * (existence errors prevented): the elements must not show it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { cognito, confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';
const NEW_PASSWORD = 'Battery-Staple-9';
const admin = (op: string, body: object) => cognito(ctx.pool, op, { UserPoolId: ctx.pool.userPoolId, ...body });
const email = (name: string, verified: boolean) => [
  { Name: 'email', Value: `${name}@example.com` },
  { Name: 'email_verified', Value: String(verified) },
];

// One account of each kind; the names are all the same length, so texts compare word for word.
const accounts = {
  unknown: 'acct-unknown',
  unconfirmed: 'acct-unconfirm',
  disabled: 'acct-disabled',
  administratorCreated: 'acct-admincreat',
  unverified: 'acct-unverified',
  confirmed: 'acct-confirmed',
};
await cognito(ctx.pool, 'SignUp', { ClientId: ctx.pool.clientId, Username: accounts.unconfirmed, Password: PASSWORD, UserAttributes: email(accounts.unconfirmed, false).slice(0, 1) });
await confirmedUser(ctx.pool, accounts.disabled, PASSWORD);
await admin('AdminDisableUser', { Username: accounts.disabled });
await admin('AdminCreateUser', { Username: accounts.administratorCreated, MessageAction: 'SUPPRESS', TemporaryPassword: PASSWORD, UserAttributes: email(accounts.administratorCreated, true) });
await admin('AdminCreateUser', { Username: accounts.unverified, MessageAction: 'SUPPRESS', UserAttributes: email(accounts.unverified, false) });
await admin('AdminSetUserPassword', { Username: accounts.unverified, Password: PASSWORD, Permanent: true });
await confirmedUser(ctx.pool, accounts.confirmed, PASSWORD);

/** What the user sees in a section: its text with the user name written as ACCOUNT. */
const reading = (page: Page, section: string, username: string) =>
  page.locator(section).innerText().then((text) => text.replaceAll(username, 'ACCOUNT').replace(/\s+/g, ' ').trim());

/** Every step, as one account goes through it; the readings in order. */
async function readings(username: string): Promise<string[]> {
  const page = await ctx.openPage('flows.html');
  const seen: string[] = [];
  await submitForm(page, '#forgot-password', { username });
  await waitForEvent(page, 'cognito-code-sent');
  await page.waitForSelector('#forgot-password form [name=code]');
  seen.push(await reading(page, '#forgot-password', username));

  await submitForm(page, '#forgot-password', { code: '000000', new_password: NEW_PASSWORD });
  await waitForEvent(page, 'cognito-error');
  seen.push(await reading(page, '#forgot-password', username));

  await submitForm(page, '#confirm-sign-up', { username, code: '000000' });
  await waitForEvent(page, 'cognito-error', { count: 2 });
  seen.push(await reading(page, '#confirm-sign-up', username));

  await page.click('#confirm-sign-up button[name=resend]');
  await waitForEvent(page, 'cognito-code-sent', { count: 2 });
  seen.push(await reading(page, '#confirm-sign-up', username));
  await page.close();
  return seen;
}

test('forgot password, its second step, confirm sign-up and resend read the same for every kind of account', { timeout: 120_000 }, async () => {
  const expected = await readings(accounts.unknown);
  assert.match(expected[0], /If an account exists for ACCOUNT, we sent a code to it\./);
  assert.match(expected[1], /That code is not right or has expired\. Check it, or send a new one\./);
  assert.match(expected[2], /That code is not right or has expired/);
  assert.match(expected[3], /If the account ACCOUNT still needs confirming, we sent a new code for it\./);
  for (const [kind, username] of Object.entries(accounts)) {
    if (kind === 'unknown') continue;
    assert.deepEqual(await readings(username), expected, `${kind} reads like an unknown account`);
  }
});

test('and the answers really differed underneath (what the elements hide)', { timeout: 30_000 }, async () => {
  const codes = async (username: string) => {
    const page = await ctx.openPage('flows.html');
    await submitForm(page, '#confirm-sign-up', { username, code: '000000' });
    const { detail } = await waitForEvent(page, 'cognito-error');
    await page.close();
    return detail?.code;
  };
  assert.equal(await codes(accounts.unknown), 'CodeMismatchException');
  assert.equal(await codes(accounts.administratorCreated), 'NotAuthorizedException');
});
