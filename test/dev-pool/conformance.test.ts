/**
 * Conformance with the official AWS SDK v3 client: it parses responses and errors strictly
 * by Cognito's model, so shapes, error names and HTTP statuses are checked as AWS has them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DevPool } from '../../dev-pool/server.js';
import { PASSWORD, decodeJwt, lastMessage, rejectsWith, sleep, uniqueName, usePool, v3Client } from './helpers.js';

const ctx = usePool();

interface Harness {
  pool: DevPool;
  cognito: CognitoIdentityProviderClient;
}

function harness(): Harness {
  return { pool: ctx.pool, cognito: v3Client(ctx.pool) };
}

async function signUp({ pool, cognito }: Harness, username = uniqueName('v3'), password = PASSWORD) {
  const result = await cognito.send(
    new SignUpCommand({
      ClientId: pool.clientId,
      Username: username,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    }),
  );
  return { username, result };
}

async function confirmedUser(h: Harness) {
  const { username } = await signUp(h);
  const code = lastMessage(h.pool, username, 'CONFIRM_SIGN_UP').code;
  await h.cognito.send(new ConfirmSignUpCommand({ ClientId: h.pool.clientId, Username: username, ConfirmationCode: code }));
  return username;
}

function passwordAuth({ pool, cognito }: Harness, username: string, password = PASSWORD) {
  return cognito.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
}

async function tokens(h: Harness, username: string) {
  const result = (await passwordAuth(h, username)).AuthenticationResult;
  assert.ok(result?.AccessToken && result.RefreshToken && result.IdToken);
  return { access: result.AccessToken, refresh: result.RefreshToken, id: result.IdToken };
}

function refresh({ pool, cognito }: Harness, refreshToken: string) {
  return cognito.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    }),
  );
}

describe('SignUp / ConfirmSignUp / ResendConfirmationCode', () => {
  it('signs up with a masked CodeDeliveryDetails', async () => {
    const h = harness();
    const { username, result } = await signUp(h);
    assert.equal(result.$metadata.httpStatusCode, 200);
    assert.equal(result.UserConfirmed, false);
    assert.match(result.UserSub ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(result.CodeDeliveryDetails, {
      Destination: `${username[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
  });

  it('enforces each rule of the password policy with its own message', async () => {
    const h = harness();
    const cases: [string, string][] = [
      ['Sh0rt!', 'Password not long enough'],
      ['lowercase1!', 'Password must have uppercase characters'],
      ['UPPERCASE1!', 'Password must have lowercase characters'],
      ['NoNumbers!!', 'Password must have numeric characters'],
      ['NoSymbols123', 'Password must have symbol characters'],
    ];
    for (const [password, rule] of cases) {
      await rejectsWith(
        signUp(h, uniqueName('weak'), password),
        'InvalidPasswordException',
        `Password did not conform with policy: ${rule}`,
      );
    }
  });

  it('refuses a taken user name, a missing required attribute and an unknown client', async () => {
    const h = harness();
    const { username } = await signUp(h);
    await rejectsWith(signUp(h, username), 'UsernameExistsException', 'User already exists');
    await rejectsWith(
      h.cognito.send(new SignUpCommand({ ClientId: h.pool.clientId, Username: uniqueName(), Password: PASSWORD })),
      'InvalidParameterException',
      'Attributes did not conform to the schema: email: The attribute is required',
    );
    await rejectsWith(
      h.cognito.send(
        new SignUpCommand({
          ClientId: 'nosuchclient',
          Username: uniqueName(),
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: 'a@example.com' }],
        }),
      ),
      'ResourceNotFoundException',
      'User pool client nosuchclient does not exist.',
    );
  });

  it('confirms only with the right code, once', async () => {
    const h = harness();
    const { username } = await signUp(h);
    const code = lastMessage(h.pool, username, 'CONFIRM_SIGN_UP').code;
    const wrong = code === '000000' ? '111111' : '000000';
    const confirm = (c: string) =>
      h.cognito.send(new ConfirmSignUpCommand({ ClientId: h.pool.clientId, Username: username, ConfirmationCode: c }));
    await rejectsWith(confirm(wrong), 'CodeMismatchException', 'Invalid verification code provided, please try again.');
    const confirmed = await confirm(code);
    assert.equal(confirmed.$metadata.httpStatusCode, 200);
    await rejectsWith(confirm(code), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
  });

  it('resends a new code that replaces the old one', async () => {
    const h = harness();
    const { username } = await signUp(h);
    const first = lastMessage(h.pool, username, 'CONFIRM_SIGN_UP').code;
    const resent = await h.cognito.send(new ResendConfirmationCodeCommand({ ClientId: h.pool.clientId, Username: username }));
    assert.equal(resent.CodeDeliveryDetails?.DeliveryMedium, 'EMAIL');
    const second = lastMessage(h.pool, username, 'CONFIRM_SIGN_UP').code;
    const confirm = (c: string) =>
      h.cognito.send(new ConfirmSignUpCommand({ ClientId: h.pool.clientId, Username: username, ConfirmationCode: c }));
    if (first !== second) await rejectsWith(confirm(first), 'CodeMismatchException');
    await confirm(second);
    await rejectsWith(
      h.cognito.send(new ResendConfirmationCodeCommand({ ClientId: h.pool.clientId, Username: username })),
      'InvalidParameterException',
      'User is already confirmed.',
    );
  });

  it('pretends to resend to a user that does not exist', async () => {
    const h = harness();
    const result = await h.cognito.send(
      new ResendConfirmationCodeCommand({ ClientId: h.pool.clientId, Username: 'ghost@example.com' }),
    );
    assert.deepEqual(result.CodeDeliveryDetails, { Destination: 'g***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
  });
});

describe('InitiateAuth', () => {
  it('USER_PASSWORD_AUTH returns the tokens', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const result = await passwordAuth(h, username);
    assert.equal(result.$metadata.httpStatusCode, 200);
    assert.equal(result.ChallengeName, undefined);
    assert.deepEqual(result.ChallengeParameters, {});
    const auth = result.AuthenticationResult!;
    assert.equal(auth.ExpiresIn, 3600);
    assert.equal(auth.TokenType, 'Bearer');
    assert.equal(decodeJwt(auth.IdToken!).payload['cognito:username'], username);
    assert.equal(decodeJwt(auth.AccessToken!).payload.username, username);
    assert.ok(auth.RefreshToken);
    // No DeviceConfiguration, no device tracking.
    assert.equal(auth.NewDeviceMetadata, undefined);
    assert.equal(decodeJwt(auth.AccessToken!).payload.device_key, undefined);
  });

  it('fails the same way for a wrong password and an unknown user', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    await rejectsWith(passwordAuth(h, username, 'Wr0ng-Password!'), 'NotAuthorizedException', 'Incorrect username or password.');
    await rejectsWith(passwordAuth(h, 'no-such-user'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('reports an unconfirmed user', async () => {
    const h = harness();
    const { username } = await signUp(h);
    await rejectsWith(passwordAuth(h, username), 'UserNotConfirmedException', 'User is not confirmed.');
  });

  it('USER_SRP_AUTH answers with PASSWORD_VERIFIER, and its SECRET_BLOCK is single use', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const started = await h.cognito.send(
      new InitiateAuthCommand({
        ClientId: h.pool.clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: username, SRP_A: 'abcdef0123456789'.repeat(48) },
      }),
    );
    assert.equal(started.ChallengeName, 'PASSWORD_VERIFIER');
    const params = started.ChallengeParameters!;
    assert.deepEqual(Object.keys(params).sort(), ['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
    assert.equal(params.USER_ID_FOR_SRP, username);
    assert.match(params.SRP_B!, /^[0-9a-f]+$/);
    const respond = () =>
      h.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: h.pool.clientId,
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeResponses: {
            USERNAME: username,
            PASSWORD_CLAIM_SECRET_BLOCK: params.SECRET_BLOCK!,
            PASSWORD_CLAIM_SIGNATURE: Buffer.alloc(32).toString('base64'),
            TIMESTAMP: 'Mon Jan 5 09:03:07 UTC 2026',
          },
        }),
      );
    await rejectsWith(respond(), 'NotAuthorizedException', 'Incorrect username or password.');
    await rejectsWith(respond(), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });

  it('CUSTOM_AUTH without CustomAuth answers as Cognito does for a pool without the triggers', async () => {
    const h = harness();
    await rejectsWith(
      h.cognito.send(new InitiateAuthCommand({ ClientId: h.pool.clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'x' } })),
      'InvalidParameterException',
      'Custom auth lambda trigger is not configured for the user pool.',
    );
  });

  it('refuses SRP_A values that are 0 mod N', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    await rejectsWith(
      h.cognito.send(
        new InitiateAuthCommand({
          ClientId: h.pool.clientId,
          AuthFlow: 'USER_SRP_AUTH',
          AuthParameters: { USERNAME: username, SRP_A: '0' },
        }),
      ),
      'InvalidParameterException',
    );
  });

  it('REFRESH_TOKEN_AUTH returns new id and access tokens but no refresh token', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const first = await tokens(h, username);
    const result = await refresh(h, first.refresh);
    const auth = result.AuthenticationResult!;
    assert.equal(auth.RefreshToken, undefined);
    assert.ok(auth.AccessToken && auth.IdToken);
    assert.notEqual(auth.AccessToken, first.access);
    assert.equal(decodeJwt(auth.AccessToken).payload.origin_jti, decodeJwt(first.access).payload.origin_jti);
    await rejectsWith(refresh(h, 'not-a-refresh-token'), 'NotAuthorizedException', 'Invalid Refresh Token');
  });
});

describe('GetUser, GlobalSignOut, RevokeToken', () => {
  it('GetUser returns the attributes', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const { access } = await tokens(h, username);
    const user = await h.cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.equal(user.Username, username);
    const attributes = Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    assert.equal(attributes.email, `${username}@example.com`);
    assert.equal(attributes.email_verified, 'true');
    assert.equal(attributes.sub, decodeJwt(access).payload.sub);
  });

  it('rejects a token that is not ours', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const { access } = await tokens(h, username);
    const [header, payload] = access.split('.');
    await rejectsWith(h.cognito.send(new GetUserCommand({ AccessToken: 'garbage' })), 'NotAuthorizedException', 'Invalid Access Token');
    await rejectsWith(
      h.cognito.send(new GetUserCommand({ AccessToken: `${header}.${payload}.${Buffer.alloc(256).toString('base64url')}` })),
      'NotAuthorizedException',
      'Invalid Access Token',
    );
  });

  it('GlobalSignOut revokes every session of the user', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const one = await tokens(h, username);
    const two = await tokens(h, username);
    const out = await h.cognito.send(new GlobalSignOutCommand({ AccessToken: one.access }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    for (const session of [one, two]) {
      await rejectsWith(
        h.cognito.send(new GetUserCommand({ AccessToken: session.access })),
        'NotAuthorizedException',
        'Access Token has been revoked',
      );
      await rejectsWith(refresh(h, session.refresh), 'NotAuthorizedException', 'Refresh Token has been revoked');
    }
    const again = await tokens(h, username);
    await h.cognito.send(new GetUserCommand({ AccessToken: again.access }));
  });

  it('RevokeToken revokes that refresh token and the access tokens from it only', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const revoked = await tokens(h, username);
    const kept = await tokens(h, username);
    const refreshed = (await refresh(h, revoked.refresh)).AuthenticationResult!.AccessToken!;
    await h.cognito.send(new RevokeTokenCommand({ ClientId: h.pool.clientId, Token: revoked.refresh }));
    await rejectsWith(refresh(h, revoked.refresh), 'NotAuthorizedException', 'Refresh Token has been revoked');
    for (const access of [revoked.access, refreshed]) {
      await rejectsWith(
        h.cognito.send(new GetUserCommand({ AccessToken: access })),
        'NotAuthorizedException',
        'Access Token has been revoked',
      );
    }
    await h.cognito.send(new GetUserCommand({ AccessToken: kept.access }));
    await refresh(h, kept.refresh);
    await rejectsWith(
      h.cognito.send(new RevokeTokenCommand({ ClientId: h.pool.clientId, Token: kept.access })),
      'UnsupportedTokenTypeException',
    );
  });
});

describe('ForgotPassword / ConfirmForgotPassword', () => {
  it('resets the password with the e-mailed code', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    const sent = await h.cognito.send(new ForgotPasswordCommand({ ClientId: h.pool.clientId, Username: username }));
    assert.deepEqual(sent.CodeDeliveryDetails, {
      Destination: `${username[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const message = lastMessage(h.pool, username, 'FORGOT_PASSWORD');
    const newPassword = 'N3w-Password!';
    const confirm = (code: string, password: string) =>
      h.cognito.send(
        new ConfirmForgotPasswordCommand({ ClientId: h.pool.clientId, Username: username, ConfirmationCode: code, Password: password }),
      );
    await rejectsWith(confirm(message.code, 'weak'), 'InvalidPasswordException', 'Password did not conform with policy: Password not long enough');
    await rejectsWith(confirm(message.code === '000000' ? '111111' : '000000', newPassword), 'CodeMismatchException');
    await confirm(message.code, newPassword);
    await rejectsWith(passwordAuth(h, username), 'NotAuthorizedException');
    await passwordAuth(h, username, newPassword);
    await rejectsWith(confirm(message.code, newPassword), 'CodeMismatchException');
  });

  it('stops accepting codes after five wrong ones', async () => {
    const h = harness();
    const username = await confirmedUser(h);
    await h.cognito.send(new ForgotPasswordCommand({ ClientId: h.pool.clientId, Username: username }));
    const { code } = lastMessage(h.pool, username, 'FORGOT_PASSWORD');
    const wrong = code === '000000' ? '111111' : '000000';
    const confirm = (c: string) =>
      h.cognito.send(
        new ConfirmForgotPasswordCommand({ ClientId: h.pool.clientId, Username: username, ConfirmationCode: c, Password: 'N3w-Password!' }),
      );
    for (let i = 0; i < 5; i++) await rejectsWith(confirm(wrong), 'CodeMismatchException');
    await rejectsWith(confirm(code), 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  });

  it('pretends to succeed for a user that does not exist', async () => {
    const h = harness();
    const result = await h.cognito.send(new ForgotPasswordCommand({ ClientId: h.pool.clientId, Username: 'nobody' }));
    assert.equal(result.$metadata.httpStatusCode, 200);
    assert.equal(result.CodeDeliveryDetails?.DeliveryMedium, 'EMAIL');
    assert.match(result.CodeDeliveryDetails?.Destination ?? '', /^\w\*\*\*@\w\*\*\*$/);
    assert.equal(h.pool.inbox().filter((m) => m.username === 'nobody').length, 0);
  });

  it('refuses a user without a verified e-mail', async () => {
    const h = harness();
    const { username } = await signUp(h);
    await rejectsWith(
      h.cognito.send(new ForgotPasswordCommand({ ClientId: h.pool.clientId, Username: username })),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  });
});

describe('Admin operations', () => {
  it('AdminCreateUser + NEW_PASSWORD_REQUIRED, with a single-use session', async () => {
    const h = harness();
    const username = uniqueName('admin');
    const created = await h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.pool.userPoolId,
        Username: username,
        TemporaryPassword: 'Temp-Passw0rd!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: `${username}@example.com` },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    assert.equal(created.User?.Username, username);
    assert.equal(created.User?.UserStatus, 'FORCE_CHANGE_PASSWORD');
    assert.equal(created.User?.Enabled, true);
    assert.ok(created.User?.UserCreateDate instanceof Date);
    assert.equal(h.pool.inbox().filter((m) => m.username === username).length, 0);

    const got = await h.cognito.send(new AdminGetUserCommand({ UserPoolId: h.pool.userPoolId, Username: username }));
    assert.equal(got.UserStatus, 'FORCE_CHANGE_PASSWORD');
    assert.ok(got.UserAttributes?.some((a) => a.Name === 'sub'));

    const started = await passwordAuth(h, username, 'Temp-Passw0rd!');
    assert.equal(started.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    assert.ok(started.Session);
    assert.equal(started.ChallengeParameters?.requiredAttributes, '[]');
    const respond = (password: string) =>
      h.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: h.pool.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: started.Session,
          ChallengeResponses: { USERNAME: username, NEW_PASSWORD: password },
        }),
      );
    const done = await respond(PASSWORD);
    assert.ok(done.AuthenticationResult?.AccessToken);
    await rejectsWith(respond(PASSWORD), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
    const after = await h.cognito.send(new AdminGetUserCommand({ UserPoolId: h.pool.userPoolId, Username: username }));
    assert.equal(after.UserStatus, 'CONFIRMED');
    await passwordAuth(h, username);
  });

  it('AdminCreateUser sends a temporary password unless suppressed, and refuses duplicates', async () => {
    const h = harness();
    const username = uniqueName('invite');
    await h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.pool.userPoolId,
        Username: username,
        UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      }),
    );
    const invite = lastMessage(h.pool, username, 'TEMPORARY_PASSWORD');
    assert.equal(invite.medium, 'EMAIL');
    const started = await passwordAuth(h, username, invite.code);
    assert.equal(started.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    await rejectsWith(
      h.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: h.pool.userPoolId,
          Username: username,
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
        }),
      ),
      'UsernameExistsException',
      'User account already exists',
    );
  });

  it('AdminConfirmSignUp, AdminSetUserPassword, AdminDisableUser and AdminDeleteUser', async () => {
    const h = harness();
    const { username } = await signUp(h);
    const admin = { UserPoolId: h.pool.userPoolId, Username: username };
    await h.cognito.send(new AdminConfirmSignUpCommand(admin));
    assert.equal((await h.cognito.send(new AdminGetUserCommand(admin))).UserStatus, 'CONFIRMED');
    await passwordAuth(h, username);

    const adminSet = 'Adm1n-Set-It!';
    await h.cognito.send(new AdminSetUserPasswordCommand({ ...admin, Password: adminSet, Permanent: true }));
    const access = (await passwordAuth(h, username, adminSet)).AuthenticationResult!.AccessToken!;
    await rejectsWith(
      h.cognito.send(new AdminSetUserPasswordCommand({ ...admin, Password: 'nouppercase1!', Permanent: true })),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );

    await h.cognito.send(new AdminDisableUserCommand(admin));
    await rejectsWith(passwordAuth(h, username, adminSet), 'NotAuthorizedException', 'User is disabled.');
    await rejectsWith(h.cognito.send(new GetUserCommand({ AccessToken: access })), 'NotAuthorizedException', 'User is disabled.');

    await h.cognito.send(new AdminDeleteUserCommand(admin));
    await rejectsWith(h.cognito.send(new AdminGetUserCommand(admin)), 'UserNotFoundException', 'User does not exist.');
    await rejectsWith(h.cognito.send(new GetUserCommand({ AccessToken: access })), 'UserNotFoundException');
    await rejectsWith(
      h.cognito.send(new AdminGetUserCommand({ UserPoolId: 'us-east-1_Nope', Username: username })),
      'ResourceNotFoundException',
    );
  });
});

describe('short-lived tokens', () => {
  const shortPool = usePool({
    config: { UserPoolClients: [{ ClientId: 'shortlived', DevTokenValiditySeconds: 1 }] },
  });

  it('rejects an expired access token', async () => {
    const h = { pool: shortPool.pool, cognito: v3Client(shortPool.pool) };
    const username = await confirmedUser(h);
    const result = (await passwordAuth(h, username)).AuthenticationResult!;
    assert.equal(result.ExpiresIn, 1);
    await sleep(1100);
    await rejectsWith(
      h.cognito.send(new GetUserCommand({ AccessToken: result.AccessToken })),
      'NotAuthorizedException',
      'Access Token has expired',
    );
    const renewed = (await refresh(h, result.RefreshToken!)).AuthenticationResult!;
    await h.cognito.send(new GetUserCommand({ AccessToken: renewed.AccessToken }));
  });
});
