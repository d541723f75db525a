/**
 * PASSWORD_SRP of the USER_AUTH client on the SDK's AuthenticationHelper, against the dev
 * pool's real SRP-6a check: its PASSWORD_VERIFIER answer is accepted (by USER_SRP_AUTH, which
 * has the same two legs, and inside USER_AUTH after SELECT_CHALLENGE or PREFERRED_CHALLENGE),
 * and a wrong password is refused as any sign-in failure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cognitoApi } from '../../src/auth/user-auth/api.js';
import { userAuthCalls } from '../../src/auth/user-auth/calls.js';
import { UserAuthFlow } from '../../src/auth/user-auth/flow.js';
import { SrpSession } from '../../src/auth/user-auth/srp.js';
import { createStorage } from '../../src/auth/storage.js';
import { adminUser, PASSWORD, usePool } from '../dev-pool/helpers.js';

const CLIENT = 'userauthclient';
const ctx = usePool({
  config: {
    UserPool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] } } },
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

test('USER_AUTH: the password chosen at SELECT_CHALLENGE, and preferred at once, signs in by SRP', async () => {
  const username = await adminUser(ctx.pool, { email: 'choice@example.com' });
  const chosen = flow();
  const select = await chosen.start(username);
  assert.ok(select.kind === 'select' && select.available.includes('PASSWORD'), JSON.stringify(select));
  await chosen.choose('PASSWORD');
  const done = await chosen.password(PASSWORD);
  assert.ok(done.kind === 'done', JSON.stringify(done));
  assert.equal(done.username, username);

  const preferred = flow();
  assert.equal((await preferred.start(username, { preferred: 'PASSWORD' })).kind, 'password');
  const wrong = await preferred.password(`${PASSWORD}x`).catch((error) => error);
  assert.deepEqual([wrong.code, wrong.key, wrong.field], ['NotAuthorizedException', 'error.signInFailed', 'password']);
  assert.equal((await preferred.password(PASSWORD)).kind, 'done');
});
