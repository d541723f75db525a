/**
 * The USER_AUTH client against the dev pool, in Node (the passkey journeys are in the e2e
 * suite): PASSWORD_SRP on the SDK's AuthenticationHelper passes the pool's real SRP-6a check
 * (by USER_SRP_AUTH, which has the same two legs, and inside USER_AUTH after SELECT_CHALLENGE or
 * PREFERRED_CHALLENGE), a wrong password is refused as any sign-in failure, SMS codes, and MFA
 * after the password.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cognitoApi } from '../../src/auth/user-auth/api.js';
import { userAuthCalls } from '../../src/auth/user-auth/calls.js';
import { UserAuthFlow } from '../../src/auth/user-auth/flow.js';
import { SrpSession } from '../../src/auth/user-auth/srp.js';
import { createStorage } from '../../src/auth/storage.js';
import { AdminSetUserMFAPreferenceCommand } from '@aws-sdk/client-cognito-identity-provider';
import { adminUser, lastMessage, PASSWORD, usePool, v3Client } from '../dev-pool/helpers.js';

const CLIENT = 'userauthclient';
const ctx = usePool({
  config: {
    UserPool: { MfaConfiguration: 'OPTIONAL', Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] } } },
    MfaConfig: { EmailMfaConfiguration: {}, WebAuthnConfiguration: { RelyingPartyId: 'localhost' } },
    UserPoolClients: [{ ClientId: CLIENT, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
  },
});
const settings = () => ({ userPoolId: ctx.pool.userPoolId, clientId: CLIENT, endpoint: ctx.pool.endpoint });

async function srpSignIn(username: string, password: string) {
  const { call } = cognitoApi(settings());
  const srp = new SrpSession(ctx.pool.userPoolId);
  const start = await call<{ Session: string; ChallengeParameters: Record<string, string> }>('InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: CLIENT,
    AuthParameters: { USERNAME: username, SRP_A: await srp.largeA() },
  });
  return call<{ AuthenticationResult?: { AccessToken: string } }>('RespondToAuthChallenge', {
    ChallengeName: 'PASSWORD_VERIFIER',
    ClientId: CLIENT,
    Session: start.Session,
    ChallengeResponses: await srp.verifier(password, start.ChallengeParameters),
  });
}

const flow = () => new UserAuthFlow(userAuthCalls(cognitoApi(settings()).call, CLIENT), { ...settings(), storage: createStorage('memory') });

test('USER_SRP_AUTH: the PASSWORD_VERIFIER answer passes a real SRP check; a wrong password is refused', async () => {
  const username = await adminUser(ctx.pool, { email: 'srp@example.com' });
  assert.match((await srpSignIn(username, PASSWORD)).AuthenticationResult?.AccessToken ?? '', /^ey/);
  await assert.rejects(srpSignIn(username, `${PASSWORD}x`), { code: 'NotAuthorizedException' });
});

test('USER_AUTH: the password chosen at SELECT_CHALLENGE (after a wrong one), and preferred at once, signs in by SRP', async () => {
  const username = await adminUser(ctx.pool, { email: 'choice@example.com' });
  const chosen = flow();
  const select = await chosen.start(username);
  assert.ok(select.kind === 'select' && select.available.includes('PASSWORD'), JSON.stringify(select));
  await chosen.choose('PASSWORD');
  // A wrong password first: Cognito ends that session, and the next try must not be refused for it.
  const refused = await chosen.password(`${PASSWORD}x`).catch((error) => error);
  assert.equal(refused.key, 'error.signInFailed');
  const done = await chosen.password(PASSWORD);
  assert.ok(done.kind === 'done', JSON.stringify(done));
  assert.equal(done.username, username);

  const preferred = flow();
  assert.equal((await preferred.start(username, { preferred: 'PASSWORD' })).kind, 'password');
  const wrong = await preferred.password(`${PASSWORD}x`).catch((error) => error);
  assert.deepEqual([wrong.code, wrong.key, wrong.field], ['NotAuthorizedException', 'error.signInFailed', 'password']);
  assert.equal((await preferred.password(PASSWORD)).kind, 'done');
});

const verified = (name: string) =>
  adminUser(ctx.pool, { email: `${name}@example.com`, email_verified: 'true', phone_number: '+15550001234', phone_number_verified: 'true' });

test('USER_AUTH: a code by SMS, chosen at SELECT_CHALLENGE', async () => {
  const username = await verified('sms');
  const f = flow();
  const select = await f.start(username);
  assert.ok(select.kind === 'select' && select.available.includes('SMS_OTP'), JSON.stringify(select));
  const code = await f.choose('SMS_OTP');
  assert.ok(code.kind === 'code' && code.challenge === 'SMS_OTP' && code.delivery.DeliveryMedium === 'SMS', JSON.stringify(code));
  assert.match(code.delivery.Destination ?? '', /\*/, 'the destination is masked');
  const wrong = await f.code('000000').catch((error) => error);
  assert.equal(wrong.field, 'code');
  assert.equal((await f.code(lastMessage(ctx.pool, username, 'SIGN_IN').code)).kind, 'done');
});

test('USER_AUTH: e-mail MFA after the password is a challenge step, answered as the SDK path answers it', async () => {
  const username = await verified('mfa');
  await v3Client(ctx.pool).send(
    new AdminSetUserMFAPreferenceCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, EmailMfaSettings: { Enabled: true, PreferredMfa: true } }),
  );
  const f = flow();
  await f.start(username, { preferred: 'PASSWORD' });
  const mfa = await f.password(PASSWORD);
  assert.ok(mfa.kind === 'challenge' && mfa.challenge === 'EMAIL_OTP', JSON.stringify(mfa));
  const done = await f.answer({ challenge: 'EMAIL_OTP', code: lastMessage(ctx.pool, username, 'MFA').code });
  assert.equal(done.kind, 'done');
});

test('USER_AUTH: an unknown user is offered the password and refused with the words of a wrong one', async () => {
  const f = flow();
  const select = await f.start('nobody-here');
  assert.deepEqual(select.kind === 'select' && select.available, ['PASSWORD']);
  await f.choose('PASSWORD');
  const refused = await f.password(PASSWORD).catch((error) => error);
  assert.deepEqual([refused.code, refused.key, refused.field], ['NotAuthorizedException', 'error.signInFailed', 'password']);
});
