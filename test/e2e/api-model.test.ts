/**
 * The harness checks every request a page sends to Cognito against the official API model
 * (test/shared/api-model.ts): a wrong member fails the test that sent it, even when the page
 * swallowed the server's answer, and so fails the suite.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { setup, takeModelViolations } from './harness.js';
import { cognito, submitForm } from './arrange.js';

const ctx = await setup();

test('a wrong member makes the suite fail (PreferredEnabled, answer swallowed by the page)', { timeout: 60_000 }, () => {
  const fixture = fileURLToPath(new URL('./fixtures/swallowed-wrong-member.ts', import.meta.url));
  // Its own test run, not a subtest of this one (node:test marks its children with NODE_TEST_CONTEXT).
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-force-exit', fixture], { encoding: 'utf8', timeout: 55_000, env });
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 1, output);
  assert.match(output, /Requests outside Cognito's API model/);
  assert.match(output, /Unknown member 'PreferredEnabled' at 'sMSMfaSettings'/);
  assert.match(output, /failureType: 'hookFailed'/, 'the test body passed; the model check failed it');
  assert.match(output, /# fail 1/);
});

test('the requests of a real journey are seen and fit (nothing reported)', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');
  const targets: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && targets.push(request.headers()['x-amz-target'] ?? ''));
  await submitForm(page, '#forgot-password', { username: 'nobody' });
  await page.waitForSelector('#forgot-password form [name=code]');
  assert.deepEqual(targets, ['AWSCognitoIdentityProviderService.ForgotPassword']);
  assert.deepEqual(takeModelViolations(), []);
  await page.close();
});

test('raw calls that arrange a test are checked too', async () => {
  await assert.rejects(
    cognito(ctx.pool, 'AdminSetUserMFAPreference', { UserPoolId: ctx.pool.userPoolId, Username: 'x', SMSMfaSettings: { PreferredEnabled: true } }),
    /Unknown member 'PreferredEnabled'/,
  );
});
