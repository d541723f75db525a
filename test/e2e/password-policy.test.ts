/**
 * The pool's password policy, given once on <cognito-user-pool password-policy>, shown and
 * checked as the user types on sign-up (the same rules as the dev pool's, so what the page
 * accepts, Cognito accepts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PAGES_DIR, setup, waitForEvent } from './harness.js';
import { fieldError, submitForm } from './arrange.js';

const POLICY = { MinimumLength: 12, RequireUppercase: false, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false };
const FLOWS = readFileSync(join(PAGES_DIR, 'flows.html'), 'utf8');
const ctx = await setup({
  config: { UserPool: { Id: 'us-east-1_Policy001', Policies: { PasswordPolicy: POLICY } } },
  serve: () => ({
    routes: {
      '/flows-policy.html': {
        type: 'text/html; charset=utf-8',
        body: FLOWS.replace('<cognito-user-pool>', `<cognito-user-pool password-policy='${JSON.stringify(POLICY)}'>`),
      },
    },
  }),
});

test("sign-up shows the provider's policy as the user types and sends only a password that meets it", { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('flows-policy.html');
  const rules = page.locator('#sign-up [part=policy] li');
  await rules.first().waitFor();
  assert.deepEqual(await rules.evaluateAll((items) => items.map((li) => li.getAttribute('data-met'))), ['false', 'false', 'false']);
  assert.match(await rules.first().innerText(), /At least 12 characters/);
  await page.fill('#sign-up [name=new_password]', 'short1');
  assert.deepEqual(await rules.evaluateAll((items) => items.map((li) => li.getAttribute('data-met'))), ['false', 'true', 'true']);

  const targets: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && targets.push(request.headers()['x-amz-target'] ?? ''));
  await submitForm(page, '#sign-up', { username: 'pol', email: 'pol@example.com', new_password: 'short1' });
  assert.deepEqual(await fieldError(page, '#sign-up', 'new_password'), { invalid: 'true', message: 'The password is too short.' });
  assert.deepEqual(targets, [], 'nothing sent');

  await submitForm(page, '#sign-up', { new_password: 'long enough 12' });
  assert.equal((await waitForEvent(page, 'cognito-signed-up')).detail?.username, 'pol');
  await page.close();
});
