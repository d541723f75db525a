/** With existence errors prevented, unknown and disabled users read like everyone else (AWS's rows of issue 12). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminDisableUserCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, rejectsWith, usePool, v3Client } from './helpers.js';

const ctx = usePool();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('existence errors prevented', () => {
  it('ForgotPassword for a disabled user answers a simulated delivery; ConfirmForgotPassword a code mismatch', async () => {
    const username = await adminUser(ctx.pool, { email: 'disabled@example.com', email_verified: 'true' });
    const cognito = v3Client(ctx.pool);
    await cognito.send(new AdminDisableUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username }));
    const sent = ctx.pool.inbox().length;
    const forgot = await cognito.send(new ForgotPasswordCommand({ ClientId: ctx.pool.clientId, Username: username }));
    assert.equal(forgot.CodeDeliveryDetails?.DeliveryMedium, 'EMAIL');
    assert.equal(ctx.pool.inbox().length, sent, 'nothing sent');
    await rejectsWith(
      cognito.send(new ConfirmForgotPasswordCommand({ ClientId: ctx.pool.clientId, Username: username, ConfirmationCode: '123456', Password: `${PASSWORD}x` })),
      'CodeMismatchException',
    );
  });

  it('ConfirmForgotPassword with no code ever requested answers ExpiredCodeException', async () => {
    const username = await adminUser(ctx.pool, { email: 'nocode@example.com', email_verified: 'true' });
    await rejectsWith(
      v3Client(ctx.pool).send(
        new ConfirmForgotPasswordCommand({ ClientId: ctx.pool.clientId, Username: username, ConfirmationCode: '123456', Password: `${PASSWORD}x` }),
      ),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('USER_SRP_AUTH for an unknown name answers a stable UUID, not the name', async () => {
    const start = () =>
      v3Client(ctx.pool).send(
        new InitiateAuthCommand({
          ClientId: ctx.pool.clientId,
          AuthFlow: 'USER_SRP_AUTH',
          AuthParameters: { USERNAME: 'nobody@example.com', SRP_A: 'ab'.repeat(384) },
        }),
      );
    const first = await start();
    const id = first.ChallengeParameters?.USER_ID_FOR_SRP ?? '';
    assert.match(id, UUID);
    assert.equal((await start()).ChallengeParameters?.USER_ID_FOR_SRP, id);
    assert.equal((await start()).ChallengeParameters?.SALT, first.ChallengeParameters?.SALT);
  });
});
