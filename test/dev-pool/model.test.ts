/**
 * Requests checked against Cognito's API model (dev-pool/model/): unknown members, JSON kinds,
 * required members, lengths, ranges and patterns, in Cognito's wording. Well-formed requests go
 * through the official client's typed commands; malformed ones (which the typed client cannot
 * even express) are sent raw.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GetIdCommand } from '@aws-sdk/client-cognito-identity';
import {
  InitiateAuthCommand,
  ListDevicesCommand,
  SignUpCommand,
  VerifySoftwareTokenCommand,
  type SignUpCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { identityModel, identityProviderModel } from '../../dev-pool/model/cognito-model.generated.js';
import { PASSWORD, call, identityClient, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';

const ctx = usePool();

describe('requests checked against Cognito’s API model', () => {
  it('knows every operation the dev pool implements', async () => {
    const { operationNames } = await import('../../dev-pool/operations/index.js');
    for (const target of operationNames()) {
      const [service, name = ''] = target.split('.');
      const model = service === identityModel.target ? identityModel : identityProviderModel;
      assert.ok(Object.hasOwn(model.operations, name), `${target} is in Cognito's model`);
    }
  });

  it('refuses a member Cognito’s model does not have, naming it and the members it has', async () => {
    const { status, body } = await call(ctx.pool, 'SetUserMFAPreference', {
      AccessToken: 'abc.def.ghi',
      SMSMfaSettings: { Enabled: true, PreferredEnabled: true },
    });
    assert.equal(status, 400);
    assert.equal(body.__type, 'InvalidParameterException');
    assert.match(String(body.message), /Unknown member 'PreferredEnabled' at 'sMSMfaSettings' \(SMSMfaSettingsType has Enabled, PreferredMfa\)/);
    const top = await call(ctx.pool, 'ResendConfirmationCode', { ClientId: ctx.pool.clientId, Username: 'x', Password: 'p' });
    assert.match(String(top.body.message), /Unknown member 'Password' at 'ResendConfirmationCodeRequest'/);
  });

  it('names each missing required member with "Value null", counting them', async () => {
    await rejectsWith(
      v3Client(ctx.pool).send(new SignUpCommand({} as SignUpCommandInput)),
      'InvalidParameterException',
      "2 validation errors detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'username' failed to satisfy constraint: Member must not be null",
    );
  });

  it('checks lengths: an empty ClientId is too short, not missing; a 2,049-character attribute is too long', async () => {
    await rejectsWith(
      v3Client(ctx.pool).send(new InitiateAuthCommand({ ClientId: '', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: {} })),
      'InvalidParameterException',
      "2 validation errors detected: Value at 'clientId' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+",
    );
    const username = uniqueName('long');
    await rejectsWith(
      v3Client(ctx.pool).send(
        new SignUpCommand({
          ClientId: ctx.pool.clientId,
          Username: username,
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }, { Name: 'name', Value: 'x'.repeat(2049) }],
        }),
      ),
      'InvalidParameterException',
      "1 validation error detected: Value at 'userAttributes.2.member.value' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  });

  it('checks patterns and ranges, quoting values that are not sensitive', async () => {
    await rejectsWith(
      v3Client(ctx.pool).send(new VerifySoftwareTokenCommand({ AccessToken: 'abc.def.ghi', UserCode: '12345' })),
      'InvalidParameterException',
      "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must have length greater than or equal to 6",
    );
    await rejectsWith(
      v3Client(ctx.pool).send(new ListDevicesCommand({ AccessToken: 'abc.def.ghi', Limit: 61 })),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('takes passwords with inner spaces, letters of any script and emoji; refuses leading and trailing spaces', async () => {
    const username = uniqueName('spaces');
    const signUp = (Password: string) =>
      call(ctx.pool, 'SignUp', { ClientId: ctx.pool.clientId, Username: username, Password, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] });
    const leading = await signUp(' Grüße aus Köln 🌷 2024');
    assert.equal(leading.body.__type, 'InvalidParameterException');
    assert.match(String(leading.body.message), /Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: \^\[\\S\]\+\.\*\[\\S\]\+\$/);
    assert.equal((await signUp('Grüße aus Köln 🌷 2024')).status, 200);
  });

  it('answers a JSON value of the wrong kind with SerializationException', async () => {
    const limit = await call(ctx.pool, 'ListDevices', { AccessToken: 'abc.def.ghi', Limit: '10' });
    assert.equal(limit.status, 400);
    assert.equal(limit.body.__type, 'SerializationException');
    assert.match(String(limit.body.message), /^STRING_VALUE can not be converted to an Integer \(at 'limit'\)$/);
    const value = await call(ctx.pool, 'SignUp', {
      ClientId: ctx.pool.clientId,
      Username: 'kinds',
      UserAttributes: [{ Name: 'email_verified', Value: true }],
    });
    assert.equal(value.body.__type, 'SerializationException');
    assert.match(String(value.body.message), /TRUE_VALUE can not be converted to a String \(at 'userAttributes\.1\.member\.value'\)/);
    const structure = await call(ctx.pool, 'SignUp', { ClientId: ctx.pool.clientId, Username: 'kinds', UserAttributes: { email: 'x' } });
    assert.equal(structure.body.__type, 'SerializationException');
    assert.match(String(structure.body.message), /^Start of structure or map found where not expected/);
  });

  it('Cognito Identity answers ValidationException with the pattern', async () => {
    await rejectsWith(
      identityClient(ctx.pool).send(new GetIdCommand({ IdentityPoolId: 'not-a-pool' })),
      'ValidationException',
      "1 validation error detected: Value 'not-a-pool' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    );
  });
});
