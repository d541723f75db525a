/**
 * Account self-service (attributes and their verification, password change, deleting the
 * account) with amazon-cognito-identity-js and the v3 client, and Cognito Identity (GetId,
 * GetCredentialsForIdentity) with @aws-sdk/client-cognito-identity's typed commands.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminUpdateUserAttributesCommand,
  DeleteUserAttributesCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  InitiateAuthCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  type GetCredentialsForIdentityCommandInput,
  type GetIdCommandInput,
} from '@aws-sdk/client-cognito-identity';
import type { CognitoUserAttribute } from 'amazon-cognito-identity-js';
import { startDevPool, type DevPool } from '../../dev-pool/server.js';
import { PASSWORD, adminUser, identityClient, lastMessage, rejectsWith, sleep, uniqueName, usePool, v3Client, wrongCode } from './helpers.js';
import { node, userWithTokens } from './sdk.js';

async function tokens(pool: DevPool, username: string, password = PASSWORD, clientId = pool.clientId): Promise<AuthenticationResultType> {
  const result = await v3Client(pool).send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );
  return result.AuthenticationResult!;
}

async function attributesOf(pool: DevPool, accessToken: string | undefined): Promise<Record<string, string | undefined>> {
  const user = await v3Client(pool).send(new GetUserCommand({ AccessToken: accessToken }));
  return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
}

const verifiedUser = (pool: DevPool, email = `${uniqueName('self')}@example.com`) =>
  adminUser(pool, { email, email_verified: 'true' });

/** One default pool for most of the file: pools cost an RSA key each. */
const ctx = usePool();

describe('account self-service with the SDK', () => {

  it('updateAttributes changes the e-mail at once, unverified, and verifyAttribute confirms it', async () => {
    const { pool } = ctx;
    const username = await verifiedUser(pool);
    const auth = await tokens(pool, username);
    const user = userWithTokens(pool, username, auth);
    const email = `new-${username}@example.com`;

    await assert.rejects(
      node((cb) => user.updateAttributes([{ Name: 'email_verified', Value: 'true' }], cb)),
      { code: 'InvalidParameterException', message: 'Cannot modify the non-mutable attribute email_verified' },
    );
    const details = await new Promise<unknown>((resolve, reject) =>
      user.updateAttributes(
        [
          { Name: 'email', Value: email },
          { Name: 'name', Value: 'Ann' },
        ],
        (error, _result, data) => (error ? reject(error) : resolve(data)),
      ),
    );
    assert.deepEqual(details, {
      CodeDeliveryDetailsList: [{ Destination: 'n***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }],
    });
    const listed = await node<CognitoUserAttribute[]>((cb) => user.getUserAttributes(cb));
    const attributes = Object.fromEntries((listed ?? []).map((a) => [a.getName(), a.getValue()]));
    assert.equal(attributes.email, email);
    assert.equal(attributes.email_verified, 'false');
    assert.equal(attributes.name, 'Ann');

    const message = lastMessage(pool, username, 'VERIFY_ATTRIBUTE');
    assert.equal(message.destination, email);
    const verify = (code: string) =>
      new Promise((resolve, reject) => user.verifyAttribute('email', code, { onSuccess: resolve, onFailure: reject }));
    await assert.rejects(verify(wrongCode(message.code)), { code: 'CodeMismatchException' });
    assert.equal(await verify(message.code), 'SUCCESS');
    assert.equal((await attributesOf(pool, auth.AccessToken)).email_verified, 'true');
  });

  it('changePassword checks the current password, then the policy', async () => {
    const { pool } = ctx;
    const username = await verifiedUser(pool);
    const user = userWithTokens(pool, username, await tokens(pool, username));
    const change = (from: string, to: string) => node((cb) => user.changePassword(from, to, cb));
    await assert.rejects(change('Wr0ng-Password!', 'N3w-Password!'), {
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await assert.rejects(change(PASSWORD, 'weak'), { code: 'InvalidPasswordException' });
    assert.equal(await change(PASSWORD, 'N3w-Password!'), 'SUCCESS');
    await tokens(pool, username, 'N3w-Password!');
    await rejectsWith(tokens(pool, username), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('deleteUser: every token of the user stops working', async () => {
    const { pool } = ctx;
    const username = await verifiedUser(pool);
    const other = await tokens(pool, username);
    const user = userWithTokens(pool, username, await tokens(pool, username));
    assert.equal(await node((cb) => user.deleteUser(cb)), 'SUCCESS');
    await rejectsWith(v3Client(pool).send(new GetUserCommand({ AccessToken: other.AccessToken })), 'UserNotFoundException');
    await rejectsWith(
      v3Client(pool).send(
        new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: other.RefreshToken! } }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    await rejectsWith(tokens(pool, username), 'NotAuthorizedException', 'Incorrect username or password.');
  });
});

describe('attributes with the v3 client', () => {

  it('deletes optional attributes only, sends codes on request, and lets an administrator verify', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await verifiedUser(pool);
    const { AccessToken } = await tokens(pool, username);
    await cognito.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: 'name', Value: 'Zed' }] }));
    await rejectsWith(
      cognito.send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['email'] })),
      'InvalidParameterException',
      'Attributes did not conform to the schema: email: The attribute is required',
    );
    await cognito.send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['name'] }));
    assert.equal((await attributesOf(pool, AccessToken)).name, undefined);

    const sent = await cognito.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }));
    assert.deepEqual(sent.CodeDeliveryDetails, { Destination: 's***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    await rejectsWith(
      cognito.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'phone_number' })),
      'InvalidParameterException',
    );

    const before = pool.inbox().length;
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool.userPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: `admin-set-${username}@example.com` },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    assert.equal(pool.inbox().length, before, 'no code when the administrator verifies');
    const attributes = await attributesOf(pool, AccessToken);
    assert.equal(attributes.email, `admin-set-${username}@example.com`);
    assert.equal(attributes.email_verified, 'true');
  });

  it('a data directory keeps verification codes (ExpiredCodeException once past) and identity ids', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dev-pool-'));
    try {
      const first = await startDevPool({ port: 0, log: () => {}, dataDir });
      const username = await verifiedUser(first);
      const { AccessToken, IdToken } = await tokens(first, username);
      await v3Client(first).send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }));
      const { code } = lastMessage(first, username, 'VERIFY_ATTRIBUTE');
      const logins = { [`cognito-idp.${first.region}.amazonaws.com/${first.userPoolId}`]: IdToken! };
      const identity = await identityClient(first).send(new GetIdCommand({ IdentityPoolId: first.identityPoolId, Logins: logins }));
      await first.close();

      const file = join(dataDir, 'dev-pool-state.json');
      const state = JSON.parse(readFileSync(file, 'utf8')) as { codes: Record<string, { expiresAt: number }> };
      for (const record of Object.values(state.codes)) record.expiresAt = Date.now() - 1000;
      writeFileSync(file, JSON.stringify(state));

      const second = await startDevPool({ port: 0, log: () => {}, dataDir });
      try {
        await rejectsWith(
          v3Client(second).send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: code })),
          'ExpiredCodeException',
          'Invalid code provided, please request a code again.',
        );
        const again = await identityClient(second).send(new GetIdCommand({ IdentityPoolId: second.identityPoolId, Logins: logins }));
        assert.equal(again.IdentityId, identity.IdentityId);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('AttributesRequireVerificationBeforeUpdate', () => {
  const verifying = usePool({ config: { UserPool: { UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } } } });

  it('keeps the verified e-mail until the new one is verified', async () => {
    const { pool } = verifying;
    const cognito = v3Client(pool);
    const old = `${uniqueName('keep')}@example.com`;
    const username = await verifiedUser(pool, old);
    const { AccessToken } = await tokens(pool, username);
    const email = `pending-${username}@example.com`;
    const updated = await cognito.send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: 'email', Value: email }] }));
    assert.deepEqual(updated.CodeDeliveryDetailsList, [{ Destination: 'p***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }]);
    const meanwhile = await attributesOf(pool, AccessToken);
    assert.equal(meanwhile.email, old);
    assert.equal(meanwhile.email_verified, 'true');
    const message = lastMessage(pool, username, 'VERIFY_ATTRIBUTE');
    assert.equal(message.destination, email);
    await cognito.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: message.code }));
    const after = await attributesOf(pool, AccessToken);
    assert.equal(after.email, email);
    assert.equal(after.email_verified, 'true');
  });
});

describe('Cognito Identity', () => {
  const loginsOf = (pool: DevPool, token: string | undefined, pool2 = pool.userPoolId) => ({
    [`cognito-idp.${pool.region}.amazonaws.com/${pool2}`]: token!,
  });
  const getId = (pool: DevPool, input: Partial<GetIdCommandInput> = {}) =>
    identityClient(pool).send(new GetIdCommand({ IdentityPoolId: pool.identityPoolId, ...input }));
  const credentialsFor = (pool: DevPool, input: GetCredentialsForIdentityCommandInput) =>
    identityClient(pool).send(new GetCredentialsForIdentityCommand(input));

  it('gives a user one identity and an hour of credentials, with Expiration in epoch seconds', async () => {
    const { pool } = ctx;
    const username = await verifiedUser(pool);
    const first = await tokens(pool, username);
    const second = await tokens(pool, username);
    const id = (await getId(pool, { Logins: loginsOf(pool, first.IdToken) })).IdentityId!;
    assert.match(id, /^us-east-1:[0-9a-f-]{36}$/);
    assert.equal((await getId(pool, { Logins: loginsOf(pool, second.IdToken) })).IdentityId, id);

    const creds = await credentialsFor(pool, { IdentityId: id, Logins: loginsOf(pool, second.IdToken) });
    assert.equal(creds.IdentityId, id);
    const credentials = creds.Credentials!;
    assert.match(credentials.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);
    assert.equal(credentials.SecretKey!.length, 40);
    assert.ok(credentials.SessionToken!.length > 100);
    // Epoch seconds on the wire: read as milliseconds they would land in 1970.
    assert.ok(Math.abs(credentials.Expiration!.getTime() - (Date.now() + 3600_000)) < 10_000);

    await rejectsWith(credentialsFor(pool, { IdentityId: id }), 'NotAuthorizedException', `Access to Identity '${id}' is forbidden.`);
  });

  it("refuses logins it cannot trust, in Cognito Identity's words", async () => {
    const { pool } = ctx;
    const username = await verifiedUser(pool);
    const { IdToken, AccessToken } = await tokens(pool, username);
    const refused = (logins: Record<string, string>, message: string) =>
      rejectsWith(getId(pool, { Logins: logins }), 'NotAuthorizedException', message);
    await refused(loginsOf(pool, IdToken, 'us-east-1_Another1'), "Invalid login token. Issuer doesn't match providerName");
    await refused(loginsOf(pool, AccessToken), 'Invalid login token. Missing a required claim: aud');
    await refused(loginsOf(pool, `${IdToken!.slice(0, -4)}AAAA`), "Invalid login token. Couldn't verify signed token.");
    await refused(loginsOf(pool, 'not-a-token'), 'Invalid login token. Not a valid OpenId Connect identity token.');

    await rejectsWith(
      getId(pool, { IdentityPoolId: 'us-east-1:11111111-1111-4111-8111-111111111111', Logins: loginsOf(pool, IdToken) }),
      'ResourceNotFoundException',
      "IdentityPool 'us-east-1:11111111-1111-4111-8111-111111111111' not found.",
    );
    await rejectsWith(credentialsFor(pool, { IdentityId: 'us-east-1:22222222-2222-4222-8222-222222222222' }), 'ResourceNotFoundException');
  });

  it('lets guests in, each GetId a new guest; a guest who signs in keeps the identity', async () => {
    const { pool } = ctx;
    const one = (await getId(pool)).IdentityId!;
    const two = (await getId(pool)).IdentityId!;
    assert.notEqual(one, two);
    const guest = await credentialsFor(pool, { IdentityId: one });
    assert.match(guest.Credentials!.AccessKeyId!, /^ASIA/);

    const username = await verifiedUser(pool);
    const { IdToken } = await tokens(pool, username);
    const linked = await credentialsFor(pool, { IdentityId: one, Logins: loginsOf(pool, IdToken) });
    assert.equal(linked.IdentityId, one);
    assert.equal((await getId(pool, { Logins: loginsOf(pool, IdToken) })).IdentityId, one);
  });
});

describe('Cognito Identity, configured', () => {
  const configured = usePool({
    config: {
      UserPoolClients: [{ ClientId: 'webclient', DevTokenValiditySeconds: { IdToken: 1 } }, { ClientId: 'otherclient' }],
      IdentityPool: {
        IdentityPoolId: 'eu-west-1:33333333-3333-4333-8333-333333333333',
        AllowUnauthenticatedIdentities: false,
        CredentialsValiditySeconds: 60,
        CognitoIdentityProviders: [{ ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_DevPool01', ClientId: 'webclient' }],
      },
    },
  });

  it('refuses guests and other app clients, shortens credentials, and notices expired tokens', async () => {
    const { pool } = configured;
    assert.equal(pool.identityPoolId, 'eu-west-1:33333333-3333-4333-8333-333333333333');
    const identity = identityClient(pool);
    const getId = (logins?: Record<string, string>) =>
      identity.send(new GetIdCommand({ IdentityPoolId: pool.identityPoolId, ...(logins ? { Logins: logins } : {}) }));
    await rejectsWith(getId(), 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
    const username = await verifiedUser(pool);
    const key = `cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`;
    const other = await tokens(pool, username, PASSWORD, 'otherclient');
    await rejectsWith(getId({ [key]: other.IdToken! }), 'NotAuthorizedException', 'Token is not from a supported provider of this identity pool.');

    const { IdToken } = await tokens(pool, username, PASSWORD, 'webclient');
    const id = (await getId({ [key]: IdToken! })).IdentityId!;
    assert.match(id, /^us-east-1:/);
    const creds = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: id, Logins: { [key]: IdToken! } }));
    assert.ok(Math.abs(creds.Credentials!.Expiration!.getTime() - (Date.now() + 60_000)) < 10_000);

    await sleep(1100);
    await rejectsWith(getId({ [key]: IdToken! }), 'NotAuthorizedException', /^Invalid login token\. Token expired: \d+ >= \d+$/);
  });
});
