/**
 * AdminInitiateAuth / AdminRespondToAuthChallenge with ADMIN_USER_PASSWORD_AUTH and with
 * server-side SRP (USER_SRP_AUTH), through the typed v3 client.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, decodeJwt, rejectsWith, usePool, v3Client } from './helpers.js';
import { srpClient } from './srp-client.js';

const ctx = usePool({
  config: {
    UserPoolClients: [
      { ClientId: 'serverclient', ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
      { ClientId: 'browserclient', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
      { ClientId: 'srpserver', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] },
    ],
  },
});

describe('server-side sign-in', () => {
  it('ADMIN_USER_PASSWORD_AUTH answers tokens for the right password and the usual error for a wrong one', async () => {
    const username = await adminUser(ctx.pool, { email: 'server@example.com' });
    const cognito = v3Client(ctx.pool);
    const signIn = (password: string, ClientId = 'serverclient') =>
      cognito.send(
        new AdminInitiateAuthCommand({
          UserPoolId: ctx.pool.userPoolId,
          ClientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      );
    const result = await signIn(PASSWORD);
    assert.equal(decodeJwt(result.AuthenticationResult!.IdToken!).payload['cognito:username'], username);
    await rejectsWith(signIn('Wrong-Password-1'), 'NotAuthorizedException', 'Incorrect username or password.');
    await rejectsWith(signIn(PASSWORD, 'browserclient'), 'InvalidParameterException', /not enabled for this client/);
    await rejectsWith(
      cognito.send(
        new InitiateAuthCommand({ ClientId: 'serverclient', AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD } }),
      ),
      'InvalidParameterException',
      'Initiate Auth method not supported.',
    );
  });

  it('AdminRespondToAuthChallenge answers NEW_PASSWORD_REQUIRED', async () => {
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'invited',
        TemporaryPassword: 'Temp-Passw0rd!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'invited@example.com' }],
      }),
    );
    const started = await cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId,
        ClientId: 'serverclient',
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'invited', PASSWORD: 'Temp-Passw0rd!' },
      }),
    );
    assert.equal(started.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    const done = await cognito.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId,
        ClientId: 'serverclient',
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: started.Session,
        ChallengeResponses: { USERNAME: 'invited', NEW_PASSWORD: PASSWORD },
      }),
    );
    assert.ok(done.AuthenticationResult?.AccessToken);
  });

  it('USER_SRP_AUTH through AdminInitiateAuth: PASSWORD_VERIFIER answered with AdminRespondToAuthChallenge', async () => {
    const username = await adminUser(ctx.pool, { email: 'srp-server@example.com' });
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    const start = async (password: string) => {
      const srp = await srpClient(UserPoolId.split('_')[1]!);
      const started = await cognito.send(
        new AdminInitiateAuthCommand({ UserPoolId, ClientId: 'srpserver', AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: username, SRP_A: srp.srpA } }),
      );
      assert.equal(started.ChallengeName, 'PASSWORD_VERIFIER');
      return cognito.send(
        new AdminRespondToAuthChallengeCommand({
          UserPoolId,
          ClientId: 'srpserver',
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeResponses: await srp.answer(started.ChallengeParameters!, password),
        }),
      );
    };
    const done = await start(PASSWORD);
    assert.equal(decodeJwt(done.AuthenticationResult!.AccessToken!).payload.username, username);
    await rejectsWith(start('Wrong-Password-1'), 'NotAuthorizedException', 'Incorrect username or password.');
    await rejectsWith(
      cognito.send(
        new AdminInitiateAuthCommand({ UserPoolId, ClientId: 'serverclient', AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: username, SRP_A: 'ab'.repeat(384) } }),
      ),
      'InvalidParameterException',
      'USER_SRP_AUTH flow not enabled for this client',
    );
  });
});
