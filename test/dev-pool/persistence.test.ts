/** A data directory keeps users, signing keys, refresh tokens and the inbox across restarts. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool } from '../../dev-pool/server.js';
import { PASSWORD, lastMessage, v3Client } from './helpers.js';

describe('persistence', () => {
  it('survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dev-pool-'));
    try {
      const first = await startDevPool({ port: 0, log: () => {}, dataDir });
      const cognito = v3Client(first);
      await cognito.send(
        new SignUpCommand({
          ClientId: first.clientId,
          Username: 'persisted',
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: 'persisted@example.com' }],
        }),
      );
      const code = lastMessage(first, 'persisted', 'CONFIRM_SIGN_UP').code;
      await cognito.send(new ConfirmSignUpCommand({ ClientId: first.clientId, Username: 'persisted', ConfirmationCode: code }));
      const auth = (
        await cognito.send(
          new InitiateAuthCommand({
            ClientId: first.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'persisted', PASSWORD },
          }),
        )
      ).AuthenticationResult!;
      const jwks = await (await fetch(new URL(`${first.userPoolId}/.well-known/jwks.json`, first.endpoint))).json();
      await first.close();
      assert.deepEqual(readdirSync(dataDir).sort(), ['dev-pool-journal.jsonl', 'dev-pool-state.json']);

      const second = await startDevPool({ port: 0, log: () => {}, dataDir });
      try {
        const again = v3Client(second);
        assert.deepEqual(await (await fetch(new URL(`${second.userPoolId}/.well-known/jwks.json`, second.endpoint))).json(), jwks);
        assert.equal(lastMessage(second, 'persisted', 'CONFIRM_SIGN_UP').code, code);
        const user = await again.send(new GetUserCommand({ AccessToken: auth.AccessToken }));
        assert.equal(user.Username, 'persisted');
        const refreshed = await again.send(
          new InitiateAuthCommand({
            ClientId: second.clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: auth.RefreshToken! },
          }),
        );
        assert.ok(refreshed.AuthenticationResult?.AccessToken);
        await again.send(
          new InitiateAuthCommand({
            ClientId: second.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'persisted', PASSWORD },
          }),
        );
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps nothing without a data directory', async () => {
    const first = await startDevPool({ port: 0, log: () => {} });
    await v3Client(first).send(
      new SignUpCommand({
        ClientId: first.clientId,
        Username: 'ephemeral',
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: 'ephemeral@example.com' }],
      }),
    );
    await first.close();
    const second = await startDevPool({ port: 0, log: () => {} });
    assert.deepEqual(second.inbox(), []);
    await second.close();
  });
});
