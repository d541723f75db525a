/**
 * PASSWORD_SRP of the USER_AUTH client on the SDK's AuthenticationHelper: its PASSWORD_VERIFIER
 * answer is accepted by the dev pool's real SRP-6a check (USER_SRP_AUTH has the same two legs),
 * and a wrong password is refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cognitoApi } from '../../src/auth/user-auth/api.js';
import { SrpSession } from '../../src/auth/user-auth/srp.js';
import { adminUser, PASSWORD, usePool } from '../dev-pool/helpers.js';

const ctx = usePool();

async function signIn(username: string, password: string) {
  const { pool } = ctx;
  const { call } = cognitoApi({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: pool.endpoint });
  const srp = new SrpSession(pool.userPoolId);
  const start = await call<{ Session: string; ChallengeParameters: Record<string, string> }>('InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: pool.clientId,
    AuthParameters: { USERNAME: username, SRP_A: await srp.largeA() },
  });
  return call<{ AuthenticationResult?: { AccessToken: string } }>('RespondToAuthChallenge', {
    ChallengeName: 'PASSWORD_VERIFIER',
    ClientId: pool.clientId,
    Session: start.Session,
    ChallengeResponses: await srp.verifier(password, start.ChallengeParameters),
  });
}

test('the PASSWORD_VERIFIER answer passes a real SRP check; a wrong password is refused', async () => {
  const username = await adminUser(ctx.pool, { email: 'srp@example.com' });
  const result = await signIn(username, PASSWORD);
  assert.match(result.AuthenticationResult?.AccessToken ?? '', /^ey/);
  await assert.rejects(signIn(username, `${PASSWORD}x`), { code: 'NotAuthorizedException' });
});
