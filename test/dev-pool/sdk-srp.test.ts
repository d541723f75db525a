/**
 * End to end against the real client side: amazon-cognito-identity-js does its own SRP
 * math (jsbn), so a sign-in that succeeds here proves the pool's SRP matches Cognito's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
  type ISignUpResult,
} from 'amazon-cognito-identity-js';
import type { DevPool } from '../../dev-pool/server.js';
import { PASSWORD, lastMessage, uniqueName, usePool, verifyWithJwks } from './helpers.js';

const ctx = usePool();

const sdkPool = (pool: DevPool) =>
  new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.clientId, endpoint: pool.endpoint });

function signUp(pool: DevPool, username: string, password: string, email: string): Promise<ISignUpResult> {
  return new Promise((resolve, reject) =>
    sdkPool(pool).signUp(username, password, [new CognitoUserAttribute({ Name: 'email', Value: email })], [], (error, result) =>
      error ? reject(error) : resolve(result!),
    ),
  );
}

function confirm(user: CognitoUser, code: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    user.confirmRegistration(code, false, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

function authenticate(user: CognitoUser, username: string, password: string): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) =>
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: resolve,
      onFailure: reject,
      newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
    }),
  );
}

function refresh(user: CognitoUser, session: CognitoUserSession): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) =>
    user.refreshSession(session.getRefreshToken(), (error: Error | null, result: CognitoUserSession) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

async function signedUpAndConfirmed(pool: DevPool): Promise<{ username: string; email: string }> {
  const username = uniqueName('sdk');
  const email = `${username}@example.com`;
  await signUp(pool, username, PASSWORD, email);
  const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
  await confirm(user, lastMessage(pool, username, 'CONFIRM_SIGN_UP').code);
  return { username, email };
}

describe('dev pool with amazon-cognito-identity-js', () => {
  it('signs up, confirms with the inbox code and signs in with SRP', async () => {
    const { pool } = ctx;
    const username = uniqueName('sdk');
    const email = `${username}@example.com`;
    const result = await signUp(pool, username, PASSWORD, email);
    assert.equal(result.userConfirmed, false);
    assert.match(result.userSub, /^[0-9a-f-]{36}$/);
    assert.deepEqual(result.codeDeliveryDetails, {
      Destination: `${username[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });

    const message = lastMessage(pool, username, 'CONFIRM_SIGN_UP');
    assert.equal(message.destination, email);
    assert.equal(message.medium, 'EMAIL');
    assert.match(message.code, /^\d{6}$/);

    const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
    await confirm(user, message.code);
    const session = await authenticate(user, username, PASSWORD);
    assert.equal(session.isValid(), true);

    const id = await verifyWithJwks(pool, session.getIdToken().getJwtToken());
    assert.equal(id.payload.sub, result.userSub);
    assert.equal(id.payload['cognito:username'], username);
    assert.equal(id.payload.email, email);
    assert.equal(id.payload.email_verified, true);
    assert.equal(id.payload.aud, pool.clientId);
    assert.equal(id.payload.token_use, 'id');
    assert.equal(id.payload.iss, `${pool.endpoint.replace(/\/$/, '')}/${pool.userPoolId}`);
    assert.equal(Number(id.payload.exp) - Number(id.payload.iat), 3600);

    const access = await verifyWithJwks(pool, session.getAccessToken().getJwtToken());
    assert.equal(access.payload.token_use, 'access');
    assert.equal(access.payload.username, username);
    assert.equal(access.payload.client_id, pool.clientId);
    assert.equal(access.payload.scope, 'aws.cognito.signin.user.admin');
    assert.equal(access.payload.origin_jti, id.payload.origin_jti);
    assert.ok(session.getRefreshToken().getToken().length > 100);
  });

  it('rejects a wrong password with NotAuthorizedException', async () => {
    const { pool } = ctx;
    const { username } = await signedUpAndConfirmed(pool);
    const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
    await assert.rejects(authenticate(user, username, 'Wr0ng-Password!'), {
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('does not reveal whether a user exists', async () => {
    const { pool } = ctx;
    const user = new CognitoUser({ Username: 'nobody-here', Pool: sdkPool(pool) });
    await assert.rejects(authenticate(user, 'nobody-here', PASSWORD), {
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('reports an unconfirmed user, whatever the password (as Cognito does)', async () => {
    const { pool } = ctx;
    const username = uniqueName('sdk');
    await signUp(pool, username, PASSWORD, `${username}@example.com`);
    for (const password of [PASSWORD, 'Wr0ng-Password!']) {
      const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
      await assert.rejects(authenticate(user, username, password), {
        code: 'UserNotConfirmedException',
        message: 'User is not confirmed.',
      });
    }
  });

  it('signs in with USER_PASSWORD_AUTH', async () => {
    const { pool } = ctx;
    const { username } = await signedUpAndConfirmed(pool);
    const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    const session = await authenticate(user, username, PASSWORD);
    assert.equal(session.getIdToken().decodePayload()['cognito:username'], username);

    const wrong = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
    wrong.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    await assert.rejects(authenticate(wrong, username, 'Wr0ng-Password!'), { code: 'NotAuthorizedException' });
  });

  it('refreshes the session, keeping the refresh token', async () => {
    const { pool } = ctx;
    const { username } = await signedUpAndConfirmed(pool);
    const user = new CognitoUser({ Username: username, Pool: sdkPool(pool) });
    const session = await authenticate(user, username, PASSWORD);
    const refreshed = await refresh(user, session);
    assert.notEqual(refreshed.getAccessToken().getJwtToken(), session.getAccessToken().getJwtToken());
    assert.equal(refreshed.getRefreshToken().getToken(), session.getRefreshToken().getToken());
    const id = await verifyWithJwks(pool, refreshed.getIdToken().getJwtToken());
    assert.equal(id.payload.origin_jti, session.getIdToken().decodePayload().origin_jti);
    assert.equal(id.payload.auth_time, session.getIdToken().decodePayload().auth_time);
  });
});

describe('dev pool with amazon-cognito-identity-js, signing in with e-mail', () => {
  const emailPool = usePool({ config: { UserPool: { UsernameAttributes: ['email'] } } });

  it('stores a UUID user name and signs in with the e-mail over SRP', async () => {
    const { pool } = emailPool;
    const email = `${uniqueName('mail')}@example.com`;
    const result = await signUp(pool, email, PASSWORD, email);
    const username = result.userSub;
    const message = lastMessage(pool, username, 'CONFIRM_SIGN_UP');
    assert.equal(message.destination, email);
    await confirm(new CognitoUser({ Username: email, Pool: sdkPool(pool) }), message.code);

    const user = new CognitoUser({ Username: email, Pool: sdkPool(pool) });
    const session = await authenticate(user, email, PASSWORD);
    assert.equal(user.getUsername(), username);
    assert.equal(session.getIdToken().decodePayload()['cognito:username'], username);
    assert.equal(session.getIdToken().decodePayload().email, email);
  });
});
