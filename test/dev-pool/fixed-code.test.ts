/** FixedCode (config) / fixedCode (option) / --fixed-code (CLI): every code sent is the given one. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  ConfirmForgotPasswordCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool } from '../../dev-pool/server.js';
import { ConfigError } from '../../dev-pool/config.js';
import { PASSWORD, lastMessage, usePool, v3Client } from './helpers.js';

const ctx = usePool({ config: { FixedCode: '424242' } });

describe('fixed codes for tests', () => {
  it('sends the configured code for sign-up and password reset, and accepts it', async () => {
    const cognito = v3Client(ctx.pool);
    const ClientId = ctx.pool.clientId;
    await cognito.send(
      new SignUpCommand({ ClientId, Username: 'fixed', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'fixed@example.com' }] }),
    );
    assert.equal(lastMessage(ctx.pool, 'fixed', 'CONFIRM_SIGN_UP').code, '424242');
    await cognito.send(new ConfirmSignUpCommand({ ClientId, Username: 'fixed', ConfirmationCode: '424242' }));
    await cognito.send(new ForgotPasswordCommand({ ClientId, Username: 'fixed' }));
    assert.equal(lastMessage(ctx.pool, 'fixed', 'FORGOT_PASSWORD').code, '424242');
    const newPassword = `${PASSWORD}2`;
    await cognito.send(new ConfirmForgotPasswordCommand({ ClientId, Username: 'fixed', ConfirmationCode: '424242', Password: newPassword }));
    const auth = await cognito.send(
      new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'fixed', PASSWORD: newPassword } }),
    );
    assert.ok(auth.AuthenticationResult?.IdToken);
  });

  it('is off by default, and refuses anything but six digits', async () => {
    const pool = await startDevPool({ port: 0, log: () => {} });
    try {
      const codes = new Set<string>();
      for (let i = 0; i < 3; i++) {
        await v3Client(pool).send(
          new SignUpCommand({ ClientId: pool.clientId, Username: `random${i}`, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `r${i}@example.com` }] }),
        );
        codes.add(lastMessage(pool, `random${i}`, 'CONFIRM_SIGN_UP').code);
      }
      assert.ok(codes.size > 1, 'random codes');
    } finally {
      await pool.close();
    }
    await assert.rejects(startDevPool({ port: 0, log: () => {}, fixedCode: '1234' }), ConfigError);
  });
});
