/**
 * App client settings honoured as Cognito honours them: AuthSessionValidity, token validity
 * with its units (and Cognito's ranges), EnableTokenRevocation, PreventUserExistenceErrors.
 */
import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConfigError, loadConfig } from '../../dev-pool/config.js';
import { PASSWORD, adminUser, decodeJwt, passwordSignIn, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';

describe('AuthSessionValidity', () => {
  const ctx = usePool({
    config: {
      UserPoolClients: [{ ClientId: 'short' }, { ClientId: 'long', AuthSessionValidity: 5 }],
    },
  });
  afterEach(() => mock.timers.reset());

  /** A NEW_PASSWORD_REQUIRED session for a fresh invited user, through the given client. */
  async function challenge(clientId: string) {
    const username = uniqueName('sess');
    await v3Client(ctx.pool).send(
      new AdminCreateUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, TemporaryPassword: PASSWORD, MessageAction: 'SUPPRESS' }),
    );
    const started = await passwordSignIn(ctx.pool, username, PASSWORD, clientId);
    assert.equal(started.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    return () =>
      v3Client(ctx.pool).send(
        new RespondToAuthChallengeCommand({
          ClientId: clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: started.Session,
          ChallengeResponses: { USERNAME: username, NEW_PASSWORD: 'N3w-Passw0rd!', 'userAttributes.email': `${username}@example.com` },
        }),
      );
  }

  it('ends a challenge session after the client’s AuthSessionValidity, three minutes unless set', async () => {
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    const short = await challenge('short');
    const long = await challenge('long');
    const longer = await challenge('long');
    mock.timers.tick(4 * 60_000);
    await rejectsWith(short(), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const answered = await long();
    assert.ok(answered.AuthenticationResult?.AccessToken);
    mock.timers.tick(2 * 60_000);
    await rejectsWith(longer(), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
  });

  it('takes 3 to 15 minutes only', () => {
    for (const AuthSessionValidity of [2, 16, 4.5]) {
      assert.throws(() => loadConfig({ UserPoolClient: { AuthSessionValidity } }), ConfigError);
    }
    assert.equal(loadConfig({ UserPoolClient: { AuthSessionValidity: 15 } }).clients[0]!.authSessionMinutes, 15);
  });
});

describe('token validity', () => {
  const ctx = usePool({
    config: {
      UserPoolClient: {
        ClientId: 'units',
        AccessTokenValidity: 10,
        IdTokenValidity: 2,
        RefreshTokenValidity: 90,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'minutes' },
      },
    },
  });

  it('issues tokens for as long as the client says, in its units', async () => {
    const username = await adminUser(ctx.pool, { email: 'units@example.com' });
    const auth = (await passwordSignIn(ctx.pool, username, PASSWORD, 'units')).AuthenticationResult!;
    assert.equal(auth.ExpiresIn, 600);
    const access = decodeJwt(auth.AccessToken!).payload;
    const id = decodeJwt(auth.IdToken!).payload;
    assert.equal(Number(access.exp) - Number(access.iat), 600);
    assert.equal(Number(id.exp) - Number(id.iat), 7200);
  });

  it('refuses what CreateUserPoolClient would: access and ID 5 minutes to 1 day, refresh 60 minutes to 10 years', () => {
    const client = (settings: Record<string, unknown>) => () => loadConfig({ UserPoolClient: settings });
    assert.throws(client({ AccessTokenValidity: 4, TokenValidityUnits: { AccessToken: 'minutes' } }), /AccessTokenValidity is 4 minutes; Cognito takes 5 minutes to 1 day/);
    assert.throws(client({ IdTokenValidity: 25 }), /IdTokenValidity is 25 hours/);
    assert.throws(client({ RefreshTokenValidity: 59, TokenValidityUnits: { RefreshToken: 'minutes' } }), /60 minutes to 10 years/);
    assert.throws(client({ RefreshTokenValidity: 3651 }), /RefreshTokenValidity is 3651 days/);
    assert.throws(client({ TokenValidityUnits: { AccessToken: 'weeks' } }), /"weeks" is not a time unit/);
    assert.doesNotThrow(client({ AccessTokenValidity: 1, TokenValidityUnits: { AccessToken: 'days' }, RefreshTokenValidity: 3650 }));
  });
});

describe('EnableTokenRevocation false', () => {
  const ctx = usePool({ config: { UserPoolClient: { ClientId: 'norevoke', EnableTokenRevocation: false } } });

  it('issues tokens without jti and origin_jti, refuses RevokeToken, and still signs out globally', async () => {
    const cognito = v3Client(ctx.pool);
    const username = await adminUser(ctx.pool, { email: 'norevoke@example.com' });
    const auth = (await passwordSignIn(ctx.pool, username, PASSWORD, 'norevoke')).AuthenticationResult!;
    for (const token of [auth.AccessToken!, auth.IdToken!]) {
      const claims = decodeJwt(token).payload;
      assert.equal(claims.jti, undefined);
      assert.equal(claims.origin_jti, undefined);
      assert.equal(typeof claims.event_id, 'string');
    }
    await rejectsWith(
      cognito.send(new RevokeTokenCommand({ ClientId: 'norevoke', Token: auth.RefreshToken! })),
      'UnsupportedOperationException',
    );
    await cognito.send(new GetUserCommand({ AccessToken: auth.AccessToken! }));
    await cognito.send(new GlobalSignOutCommand({ AccessToken: auth.AccessToken! }));
    await rejectsWith(cognito.send(new GetUserCommand({ AccessToken: auth.AccessToken! })), 'NotAuthorizedException', 'Access Token has been revoked');
  });
});

describe('PreventUserExistenceErrors', () => {
  const ctx = usePool({ config: { UserPoolClients: [{ ClientId: 'legacy', PreventUserExistenceErrors: 'LEGACY' }, { ClientId: 'enabled' }] } });
  const nobody = 'nobody-at-all';

  it('LEGACY tells that a user does not exist, in each operation’s words', async () => {
    const cognito = v3Client(ctx.pool);
    const notFound = 'Username/client id combination not found.';
    await rejectsWith(cognito.send(new ConfirmSignUpCommand({ ClientId: 'legacy', Username: nobody, ConfirmationCode: '123456' })), 'UserNotFoundException', notFound);
    await rejectsWith(cognito.send(new ResendConfirmationCodeCommand({ ClientId: 'legacy', Username: nobody })), 'UserNotFoundException', notFound);
    await rejectsWith(
      cognito.send(new ConfirmForgotPasswordCommand({ ClientId: 'legacy', Username: nobody, ConfirmationCode: '123456', Password: PASSWORD })),
      'UserNotFoundException',
      notFound,
    );
    await rejectsWith(
      cognito.send(new InitiateAuthCommand({ ClientId: 'legacy', AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: nobody, SRP_A: 'ab'.repeat(384) } })),
      'UserNotFoundException',
      'User does not exist.',
    );
  });

  it('ENABLED answers as for a user that exists', async () => {
    const cognito = v3Client(ctx.pool);
    await rejectsWith(
      cognito.send(new ConfirmSignUpCommand({ ClientId: 'enabled', Username: nobody, ConfirmationCode: '123456' })),
      'CodeMismatchException',
    );
    const resent = await cognito.send(new ResendConfirmationCodeCommand({ ClientId: 'enabled', Username: nobody }));
    assert.equal(resent.CodeDeliveryDetails?.DeliveryMedium, 'EMAIL');
    await rejectsWith(
      cognito.send(new ConfirmForgotPasswordCommand({ ClientId: 'enabled', Username: nobody, ConfirmationCode: '123456', Password: PASSWORD })),
      'CodeMismatchException',
    );
    const srp = await cognito.send(
      new InitiateAuthCommand({ ClientId: 'enabled', AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: nobody, SRP_A: 'ab'.repeat(384) } }),
    );
    assert.equal(srp.ChallengeName, 'PASSWORD_VERIFIER');
    await rejectsWith(passwordSignIn(ctx.pool, nobody, PASSWORD, 'enabled'), 'NotAuthorizedException', 'Incorrect username or password.');
  });
});
