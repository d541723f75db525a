/**
 * A pool that requires MFA by SMS only: "Phone numbers don't need to be verified to be used
 * for SMS MFA" (AWS Developer Guide), so a user with an unverified phone gets SMS_MFA, not an
 * MFA_SETUP it could never complete; a user with no phone at all gets MFA_SETUP.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import { adminUser, lastMessage, passwordSignIn, usePool, v3Client } from './helpers.js';

describe('MFA required, SMS only', () => {
  const ctx = usePool({ config: { UserPool: { MfaConfiguration: 'ON' }, MfaConfig: { SmsMfaConfiguration: {} } } });

  it('texts a user whose phone is not verified, and asks one without a phone to set MFA up', async () => {
    const username = await adminUser(ctx.pool, { email: 'sms@example.com', phone_number: '+15550006666' });
    const started = await passwordSignIn(ctx.pool, username);
    assert.equal(started.ChallengeName, 'SMS_MFA');
    assert.equal(started.ChallengeParameters?.CODE_DELIVERY_DESTINATION, '+*******6666');
    const done = await v3Client(ctx.pool).send(
      new RespondToAuthChallengeCommand({
        ClientId: ctx.pool.clientId,
        ChallengeName: 'SMS_MFA',
        Session: started.Session,
        ChallengeResponses: { USERNAME: username, SMS_MFA_CODE: lastMessage(ctx.pool, username, 'MFA').code },
      }),
    );
    assert.ok(done.AuthenticationResult?.AccessToken);

    const phoneless = await adminUser(ctx.pool, { email: 'nophone@example.com' });
    const setup = await passwordSignIn(ctx.pool, phoneless);
    assert.equal(setup.ChallengeName, 'MFA_SETUP');
    assert.equal(setup.ChallengeParameters?.MFAS_CAN_SETUP, '["SMS_MFA"]');
  });
});
