/**
 * ReadAttributes / WriteAttributes: what an app client may read (GetUser, the ID token) and
 * write (SignUp, UpdateUserAttributes, DeleteUserAttributes, NEW_PASSWORD_REQUIRED).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  DeleteUserAttributesCommand,
  GetUserCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConfigError, loadConfig } from '../../dev-pool/config.js';
import { PASSWORD, adminUser, decodeJwt, passwordSignIn, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';

const SCHEMA = [
  { Name: 'email', Required: true },
  { Name: 'custom:team', AttributeDataType: 'String' },
  { Name: 'custom:badge', AttributeDataType: 'String', Mutable: false },
];
const UNAUTHORIZED = 'A client attempted to write unauthorized attribute';

describe('app client attribute permissions', () => {
  const ctx = usePool({
    config: {
      UserPool: { SchemaAttributes: SCHEMA },
      UserPoolClients: [
        { ClientId: 'everything' },
        { ClientId: 'narrow', ReadAttributes: ['email', 'name'], WriteAttributes: ['name', 'custom:team'] },
      ],
    },
  });
  const cognito = () => v3Client(ctx.pool);
  const attributes = { email: 'perm@example.com', email_verified: 'true', name: 'Pat', phone_number: '+15550001111', 'custom:team': 'blue' };

  it('GetUser and the ID token show only what the client may read (sub always)', async () => {
    const username = await adminUser(ctx.pool, attributes);
    const narrow = (await passwordSignIn(ctx.pool, username, PASSWORD, 'narrow')).AuthenticationResult!;
    const read = await cognito().send(new GetUserCommand({ AccessToken: narrow.AccessToken }));
    assert.deepEqual(read.UserAttributes?.map((a) => a.Name).sort(), ['email', 'name', 'sub']);
    const id = decodeJwt(narrow.IdToken!).payload;
    assert.equal(id.email, 'perm@example.com');
    for (const hidden of ['phone_number', 'email_verified', 'custom:team']) assert.equal(id[hidden], undefined, hidden);

    const all = (await passwordSignIn(ctx.pool, username, PASSWORD, 'everything')).AuthenticationResult!;
    const everything = await cognito().send(new GetUserCommand({ AccessToken: all.AccessToken }));
    assert.deepEqual(everything.UserAttributes?.map((a) => a.Name).sort(), ['custom:team', 'email', 'email_verified', 'name', 'phone_number', 'sub']);
    assert.equal(decodeJwt(all.IdToken!).payload['custom:team'], 'blue');
  });

  it('SignUp refuses attributes the client may not write; required ones are always writable', async () => {
    const signUp = (clientId: string, extra: Record<string, string>) =>
      cognito().send(
        new SignUpCommand({
          ClientId: clientId,
          Username: uniqueName('perm'),
          Password: PASSWORD,
          UserAttributes: Object.entries({ email: 'new@example.com', ...extra }).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
    await signUp('narrow', { name: 'Nat', 'custom:team': 'red' });
    await rejectsWith(signUp('narrow', { phone_number: '+15550002222' }), 'NotAuthorizedException', UNAUTHORIZED);
    await signUp('everything', { phone_number: '+15550002222', 'custom:team': 'red' });
    await rejectsWith(signUp('everything', { email_verified: 'true' }), 'NotAuthorizedException', UNAUTHORIZED);
  });

  it('UpdateUserAttributes and DeleteUserAttributes refuse what the client may not write', async () => {
    const username = await adminUser(ctx.pool, attributes);
    const { AccessToken } = (await passwordSignIn(ctx.pool, username, PASSWORD, 'narrow')).AuthenticationResult!;
    const update = (Name: string, Value: string) => cognito().send(new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name, Value }] }));
    await update('name', 'Robin');
    await update('custom:team', 'green');
    await rejectsWith(update('phone_number', '+15550003333'), 'NotAuthorizedException', UNAUTHORIZED);
    await rejectsWith(update('email_verified', 'false'), 'InvalidParameterException', 'Cannot modify the non-mutable attribute email_verified');
    await rejectsWith(
      cognito().send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['phone_number'] })),
      'NotAuthorizedException',
      UNAUTHORIZED,
    );
    await cognito().send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['name'] }));
    const { AccessToken: wide } = (await passwordSignIn(ctx.pool, username, PASSWORD, 'everything')).AuthenticationResult!;
    const after = await cognito().send(new GetUserCommand({ AccessToken: wide }));
    const values = Object.fromEntries(after.UserAttributes!.map((a) => [a.Name, a.Value]));
    assert.deepEqual([values.name, values['custom:team'], values.phone_number], [undefined, 'green', '+15550001111']);
  });

  it('NEW_PASSWORD_REQUIRED refuses attributes the client may not write', async () => {
    const username = uniqueName('invite');
    await cognito().send(
      new AdminCreateUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, TemporaryPassword: PASSWORD, MessageAction: 'SUPPRESS' }),
    );
    const started = await passwordSignIn(ctx.pool, username, PASSWORD, 'narrow');
    const answer = (responses: Record<string, string>) =>
      cognito().send(
        new RespondToAuthChallengeCommand({
          ClientId: 'narrow',
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: started.Session,
          ChallengeResponses: { USERNAME: username, NEW_PASSWORD: 'N3w-Passw0rd!', 'userAttributes.email': 'i@example.com', ...responses },
        }),
      );
    await rejectsWith(answer({ 'userAttributes.phone_number': '+15550004444' }), 'NotAuthorizedException', UNAUTHORIZED);
    const done = await answer({ 'userAttributes.name': 'Ivy' });
    assert.ok(done.AuthenticationResult?.IdToken);
  });

  it('refuses lists CreateUserPoolClient would refuse', () => {
    const client = (settings: Record<string, unknown>) => () =>
      loadConfig({ UserPool: { SchemaAttributes: SCHEMA }, UserPoolClient: settings });
    assert.throws(client({ ReadAttributes: ['nickname', 'custom:nope'] }), /Invalid read attributes specified while creating a client \(custom:nope\)/);
    assert.throws(client({ WriteAttributes: ['custom:badge'] }), /Invalid write attributes specified while creating a client \(custom:badge\)/);
    assert.throws(client({ WriteAttributes: ['sub'] }), ConfigError);
    assert.doesNotThrow(client({ ReadAttributes: ['custom:badge', 'email_verified'], WriteAttributes: ['custom:team'] }));
  });
});
