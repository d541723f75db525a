/**
 * USER_AUTH with a texted code as the first factor, through <cognito-sign-in>: the username
 * alone, the "Text me a code" choice, the masked number the code went to, a wrong code refused
 * at the field with the username kept, then the right one. Every request is checked against
 * Cognito's model (harness.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cognitoRefusals, pageErrors, setup, waitForEvent } from './harness.js';
import { alertText, fieldError, submitForm } from './arrange.js';
import { mfaUser } from './arrange-mfa.js';

const CLIENT = 'smsfirstclient';
const ctx = await setup({
  config: {
    UserPool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'SMS_OTP'] } } },
    MfaConfig: { SmsMfaConfiguration: {} },
    UserPoolClients: [{ ClientId: CLIENT, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
  },
});
const { phone } = await mfaUser(ctx.pool, 'tess', 'Correct-Horse-7');

test('a texted code signs in: where it went is shown, a wrong one is refused at the field', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('user-auth.html', { clientId: CLIENT, authFlow: 'USER_AUTH' });
  const sent: Array<{ op: string; body: Record<string, any> }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) sent.push({ op: target.split('.')[1], body: JSON.parse(request.postData() ?? '{}') });
  });
  await page.fill('#sign-in input[name="username"]', 'tess');
  const since = new Date();
  await page.click('#sign-in button[type="submit"]');
  const choice = page.locator('#sign-in button[name="challenge"][value="SMS_OTP"]');
  assert.equal((await choice.innerText()).trim(), 'Text me a code');
  await choice.click();
  await page.waitForSelector('#sign-in input[name="code"]');
  assert.equal(await page.getAttribute('#sign-in input[name="code"]', 'autocomplete'), 'one-time-code');
  const masked = `+*******${phone.slice(-4)}`;
  assert.ok((await page.innerText('#sign-in form')).includes(masked), `the form names ${masked}`);
  const code = await ctx.waitForCode('tess', 'SIGN_IN', { since });

  await submitForm(page, '#sign-in', { code: code === '000000' ? '111111' : '000000' });
  const error = await waitForEvent(page, 'cognito-error');
  assert.equal(error.detail?.code, 'CodeMismatchException');
  assert.deepEqual(await fieldError(page, '#sign-in', 'code'), { invalid: 'true', message: error.detail?.message });
  assert.equal(await alertText(page, '#sign-in'), error.detail?.message);

  await submitForm(page, '#sign-in', { code });
  const signedIn = await waitForEvent(page, 'cognito-signed-in');
  assert.equal(signedIn.detail?.username, 'tess');
  // The sign-in's requests (the page's <cognito-passkeys> then lists the user's passkeys).
  const signIn = sent.filter(({ op }) => op === 'InitiateAuth' || op === 'RespondToAuthChallenge');
  assert.deepEqual(
    signIn.map(({ op, body }) => [op, body.AuthFlow ?? body.ChallengeName, Object.keys(body.AuthParameters ?? body.ChallengeResponses ?? {}).sort().join()]),
    [
      ['InitiateAuth', 'USER_AUTH', 'USERNAME'],
      ['RespondToAuthChallenge', 'SELECT_CHALLENGE', 'ANSWER,USERNAME'],
      ['RespondToAuthChallenge', 'SMS_OTP', 'SMS_OTP_CODE,USERNAME'],
      ['RespondToAuthChallenge', 'SMS_OTP', 'SMS_OTP_CODE,USERNAME'],
    ],
  );
  assert.equal(signIn[1].body.ChallengeResponses.ANSWER, 'SMS_OTP');
  assert.deepEqual(pageErrors(page), []);
  assert.deepEqual(cognitoRefusals(page), ['RespondToAuthChallenge 400 CodeMismatchException'], 'the wrong code, and nothing else');
  await page.close();
});
