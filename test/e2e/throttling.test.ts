/**
 * Throttling cooldown: after LimitExceededException (from the dev pool: a sixth wrong code),
 * TooManyRequestsException and TooManyFailedAttemptsException (which the dev pool does not
 * produce: answered by a Playwright route for those tests only) the submit stays disabled,
 * counting down on the button, the wait is announced in a live region, the inputs are kept, and
 * the wait doubles on a repeat. The page's clock is Playwright's, so no test waits for real.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

const ctx = await setup();
const PASSWORD = 'Correct-Horse-7';

/** flows.html with Playwright's clock installed before any script runs. */
async function openWithClock(): Promise<Page> {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => {}));
  await page.clock.install();
  await page.goto(ctx.url('flows.html'));
  return page;
}

/** The submit button, the status live region and its politeness, as the user meets them. */
async function cooldownOf(page: Page, scope: string) {
  const submit = page.locator(`${scope} form button[type=submit]`);
  const region = page.locator(`${scope} form [role=status]`);
  return {
    disabled: await submit.isDisabled(),
    button: (await submit.innerText()).trim(),
    announced: (await region.innerText()).trim(),
  };
}

/** Answers the next Cognito request with `target` with Cognito's error `type`, once. */
async function failNext(page: Page, target: string, type: string) {
  const pattern = `${new URL(ctx.pool.endpoint).origin}/**`;
  await page.route(
    pattern,
    async (route) => {
      const request = route.request();
      if (request.method() !== 'POST' || request.headers()['x-amz-target'] !== `AWSCognitoIdentityProviderService.${target}`) {
        return route.fallback();
      }
      await route.fulfill({
        status: 400,
        headers: { 'access-control-allow-origin': '*', 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ __type: type, message: `${type} (from the test)` }),
      });
    },
    { times: 1 },
  );
}

test('LimitExceededException from the dev pool: the confirmation waits, counting down, and twice as long on a repeat', { timeout: 90_000 }, async () => {
  const page = await openWithClock();
  await submitForm(page, '#sign-up', { username: 'lim', email: 'lim@example.com', new_password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-up');
  const code = await ctx.waitForCode('lim', 'CONFIRM_SIGN_UP');
  const wrong = code === '111111' ? '222222' : '111111';
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitForm(page, '#confirm-sign-up', { username: 'lim', code: wrong });
    assert.equal((await waitForEvent(page, 'cognito-error', { count: attempt })).detail?.code, 'CodeMismatchException');
    assert.equal((await cooldownOf(page, '#confirm-sign-up')).disabled, false, 'a wrong code alone is no reason to wait');
  }
  await page.click('#confirm-sign-up form button[type=submit]');
  assert.equal((await waitForEvent(page, 'cognito-error', { count: 6 })).detail?.code, 'LimitExceededException');
  assert.deepEqual(await cooldownOf(page, '#confirm-sign-up'), {
    disabled: true,
    button: 'Try again in 10 seconds',
    announced: 'You can try again in 10 seconds.',
  });
  assert.equal(await page.inputValue('#confirm-sign-up [name=code]'), wrong, 'the inputs are kept');
  assert.equal(await page.inputValue('#confirm-sign-up [name=username]'), 'lim');
  assert.equal(await page.locator('#confirm-sign-up button[name=resend]').isDisabled(), true);

  await page.clock.runFor(4_000);
  assert.equal((await cooldownOf(page, '#confirm-sign-up')).button, 'Try again in 6 seconds');
  await page.clock.runFor(6_000);
  assert.deepEqual(await cooldownOf(page, '#confirm-sign-up'), { disabled: false, button: 'Confirm', announced: 'You can try again now.' });

  // Cognito still refuses: the next wait is twice as long.
  await page.click('#confirm-sign-up form button[type=submit]');
  assert.equal((await waitForEvent(page, 'cognito-error', { count: 7 })).detail?.code, 'LimitExceededException');
  assert.deepEqual(await cooldownOf(page, '#confirm-sign-up'), {
    disabled: true,
    button: 'Try again in 20 seconds',
    announced: 'You can try again in 20 seconds.',
  });
  await page.close();
});

test('TooManyRequestsException at sign-in: the same cooldown, the password kept', { timeout: 60_000 }, async () => {
  await confirmedUser(ctx.pool, 'tmr', PASSWORD);
  const page = await openWithClock();
  await failNext(page, 'InitiateAuth', 'TooManyRequestsException');
  await submitForm(page, '#sign-in', { username: 'tmr', password: PASSWORD });
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'TooManyRequestsException');
  assert.deepEqual(await cooldownOf(page, '#sign-in'), {
    disabled: true,
    button: 'Try again in 10 seconds',
    announced: 'You can try again in 10 seconds.',
  });
  assert.equal(await page.inputValue('#sign-in [name=password]'), PASSWORD);
  await page.clock.runFor(10_000);
  await page.click('#sign-in form button[type=submit]');
  assert.equal((await waitForEvent(page, 'cognito-signed-in')).detail?.username, 'tmr');
  await page.close();
});

test('TooManyFailedAttemptsException when resetting a password: the same cooldown', { timeout: 60_000 }, async () => {
  await confirmedUser(ctx.pool, 'tfa', PASSWORD);
  const page = await openWithClock();
  await submitForm(page, '#forgot-password', { username: 'tfa' });
  await page.waitForSelector('#forgot-password form [name=code]');
  await failNext(page, 'ConfirmForgotPassword', 'TooManyFailedAttemptsException');
  await submitForm(page, '#forgot-password', { code: await ctx.waitForCode('tfa', 'FORGOT_PASSWORD'), new_password: 'Battery-Staple-8' });
  assert.equal((await waitForEvent(page, 'cognito-error')).detail?.code, 'TooManyFailedAttemptsException');
  assert.deepEqual(await cooldownOf(page, '#forgot-password'), {
    disabled: true,
    button: 'Try again in 10 seconds',
    announced: 'You can try again in 10 seconds.',
  });
  assert.equal(await page.inputValue('#forgot-password [name=new_password]'), 'Battery-Staple-8');
  await page.close();
});
