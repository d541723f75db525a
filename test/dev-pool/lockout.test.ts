/** Password lockout as AWS documents it: five failures allowed, then a lock doubling from 1 s. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, rejectsWith, usePool, v3Client } from './helpers.js';

const ctx = usePool();

describe('password lockout', () => {
  it('answers five wrong passwords as wrong, then refuses during the lock, then lets the right one in', async () => {
    const username = await adminUser(ctx.pool, { email: 'lock@example.com' });
    const cognito = v3Client(ctx.pool);
    const signIn = (password: string) =>
      cognito.send(
        new InitiateAuthCommand({ ClientId: ctx.pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }),
      );
    for (let i = 0; i < 5; i++) {
      await rejectsWith(signIn('Wrong-Password-1'), 'NotAuthorizedException', 'Incorrect username or password.');
    }
    await rejectsWith(signIn(PASSWORD), 'NotAuthorizedException', 'Password attempts exceeded');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const auth = await signIn(PASSWORD);
    assert.ok(auth.AuthenticationResult?.AccessToken);
  });
});
