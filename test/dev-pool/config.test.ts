/** Pools configured in Cognito's describe-* shapes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConfigError, loadConfig } from '../../dev-pool/config.js';
import { PASSWORD, lastMessage, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';

describe('loadConfig', () => {
  it('fills in the defaults', () => {
    const config = loadConfig({});
    assert.equal(config.userPoolId, 'us-east-1_DevPool01');
    assert.equal(config.region, 'us-east-1');
    assert.equal(config.poolName, 'DevPool01');
    assert.deepEqual(config.passwordPolicy, {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    });
    assert.deepEqual(config.usernameAttributes, []);
    assert.deepEqual(config.autoVerifiedAttributes, ['email']);
    assert.equal(config.mfaConfiguration, 'OFF');
    assert.equal(config.identityPoolId, 'us-east-1:00000000-0000-4000-8000-000000000000');
    assert.equal(config.clients.length, 1);
    const [client] = config.clients;
    assert.equal(client!.ClientId, 'devpoolclient');
    assert.deepEqual(client!.ExplicitAuthFlows, [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_CUSTOM_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    assert.equal(client!.PreventUserExistenceErrors, 'ENABLED');
    assert.deepEqual(client!.validity, { accessToken: 3600, idToken: 3600, refreshToken: 30 * 86400 });
  });

  it("reads Cognito's token validity units and the dev-only seconds", () => {
    const [client] = loadConfig({
      UserPoolClients: [
        {
          ClientId: 'c',
          AccessTokenValidity: 5,
          IdTokenValidity: 10,
          RefreshTokenValidity: 60,
          TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
        },
      ],
    }).clients;
    assert.deepEqual(client!.validity, { accessToken: 300, idToken: 600, refreshToken: 3600 });
    const [dev] = loadConfig({ UserPoolClients: [{ DevTokenValiditySeconds: { AccessToken: 2, RefreshToken: 5 } }] }).clients;
    assert.deepEqual(dev!.validity, { accessToken: 2, idToken: 3600, refreshToken: 5 });
  });

  it('reads MFA types, device tracking, attribute updates and the identity pool', () => {
    const defaults = loadConfig({});
    assert.deepEqual(defaults.mfaTypes, ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    assert.equal(defaults.deviceConfiguration, undefined);
    assert.deepEqual(defaults.verifyBeforeUpdate, []);
    assert.deepEqual(defaults.identityPool, {
      id: 'us-east-1:00000000-0000-4000-8000-000000000000',
      allowUnauthenticated: true,
      clientIds: undefined,
      credentialsValiditySeconds: 3600,
    });

    const config = loadConfig({
      UserPool: {
        MfaConfiguration: 'ON',
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true },
        UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      },
      MfaConfig: { SmsMfaConfiguration: { SmsConfiguration: {} }, SoftwareTokenMfaConfiguration: { Enabled: false } },
      IdentityPoolId: 'eu-west-1:11111111-1111-4111-8111-111111111111',
      IdentityPool: {
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [
          { ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_DevPool01', ClientId: 'a' },
          { ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Other', ClientId: 'b' },
        ],
      },
    });
    assert.deepEqual(config.mfaTypes, ['SMS_MFA']);
    assert.deepEqual(config.deviceConfiguration, { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    assert.deepEqual(config.verifyBeforeUpdate, ['email']);
    assert.equal(config.identityPoolId, 'eu-west-1:11111111-1111-4111-8111-111111111111');
    assert.equal(config.identityPool.allowUnauthenticated, false);
    assert.deepEqual(config.identityPool.clientIds, ['a']);
    assert.throws(() => loadConfig({ UserPool: { MfaConfiguration: 'OPTIONAL' }, MfaConfig: {} }), ConfigError);
  });

  it('refuses what it cannot honour', () => {
    assert.throws(() => loadConfig({ UserPool: { Id: 'nope' } }), ConfigError);
    assert.throws(() => loadConfig({ UserPool: { UsernameAttributes: ['email'], AliasAttributes: ['email'] } }), ConfigError);
    assert.throws(() => loadConfig({ UserPoolClients: [{ ClientSecret: 'shh' }] }), ConfigError);
  });
});

describe('a pool that signs in with e-mail and a stricter policy', () => {
  const ctx = usePool({
    config: {
      UserPool: {
        Id: 'eu-west-1_EmailPool',
        UsernameAttributes: ['email'],
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } },
      },
      UserPoolClients: [{ ClientId: 'emailclient', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
    },
  });

  it('reports its ids', () => {
    assert.equal(ctx.pool.userPoolId, 'eu-west-1_EmailPool');
    assert.equal(ctx.pool.region, 'eu-west-1');
    assert.equal(ctx.pool.clientId, 'emailclient');
  });

  it('applies the stricter policy', async () => {
    const cognito = v3Client(ctx.pool);
    const signUp = (password: string) =>
      cognito.send(new SignUpCommand({ ClientId: 'emailclient', Username: `${uniqueName()}@example.com`, Password: password }));
    await rejectsWith(signUp('Short1Pass'), 'InvalidPasswordException', 'Password did not conform with policy: Password not long enough');
    await signUp('LongEnough1234');
  });

  it('takes e-mail addresses as user names and stores a UUID', async () => {
    const cognito = v3Client(ctx.pool);
    await rejectsWith(
      cognito.send(new SignUpCommand({ ClientId: 'emailclient', Username: 'plainname', Password: 'LongEnough1234' })),
      'InvalidParameterException',
      'Username should be an email.',
    );
    const email = `${uniqueName('e')}@example.com`;
    const { UserSub } = await cognito.send(
      new SignUpCommand({ ClientId: 'emailclient', Username: email, Password: 'LongEnough1234' }),
    );
    await rejectsWith(
      cognito.send(new SignUpCommand({ ClientId: 'emailclient', Username: email.toUpperCase(), Password: 'LongEnough1234' })),
      'UsernameExistsException',
      'An account with the given email already exists.',
    );
    const message = lastMessage(ctx.pool, UserSub!, 'CONFIRM_SIGN_UP');
    assert.equal(message.destination, email);
    await cognito.send(new ConfirmSignUpCommand({ ClientId: 'emailclient', Username: email, ConfirmationCode: message.code }));

    await rejectsWith(
      cognito.send(
        new InitiateAuthCommand({
          ClientId: 'emailclient',
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: 'LongEnough1234' },
        }),
      ),
      'InvalidParameterException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    );
    const srp = await cognito.send(
      new InitiateAuthCommand({
        ClientId: 'emailclient',
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: email, SRP_A: 'ab'.repeat(384) },
      }),
    );
    assert.equal(srp.ChallengeParameters?.USER_ID_FOR_SRP, UserSub);
  });
});

describe('a pool that signs up with an e-mail address or a phone number, e-mail required', () => {
  const ctx = usePool({
    config: { UserPool: { UsernameAttributes: ['email', 'phone_number'], SchemaAttributes: [{ Name: 'email', Required: true }] } },
  });
  const signUp = (Username: string, UserAttributes?: Array<{ Name: string; Value: string }>) =>
    v3Client(ctx.pool).send(new SignUpCommand({ ClientId: ctx.pool.clientId, Username, Password: PASSWORD, UserAttributes }));

  it('needs the e-mail attribute beside a phone number, as Cognito does', async () => {
    const phone = `+1555${String(Date.now()).slice(-7)}`;
    await rejectsWith(signUp(phone), 'InvalidParameterException', 'Attributes did not conform to the schema: email: The attribute is required');
    const { UserSub } = await signUp(phone, [{ Name: 'email', Value: `${uniqueName('p')}@example.com` }]);
    assert.match(UserSub!, /^[0-9a-f-]{36}$/);
  });

  it('refuses a different address beside the address that is the user name, and takes the same one', async () => {
    const email = `${uniqueName('e')}@example.com`;
    await rejectsWith(
      signUp(email, [{ Name: 'email', Value: `other-${email}` }]),
      'InvalidParameterException',
      'User email should be empty or same as username, since username attribute is email.',
    );
    await signUp(email, [{ Name: 'email', Value: email }]);
  });
});

describe('a pool that signs in with a phone number, without existence-error prevention', () => {
  const ctx = usePool({
    config: {
      UserPool: {
        UsernameAttributes: ['phone_number'],
        AutoVerifiedAttributes: ['phone_number'],
        SchemaAttributes: [{ Name: 'phone_number', Required: true }],
      },
      UserPoolClients: [{ ClientId: 'legacy', PreventUserExistenceErrors: 'LEGACY' }],
    },
  });

  it('texts the code to a masked number and reveals unknown users', async () => {
    const cognito = v3Client(ctx.pool);
    const phone = `+1555${String(Date.now()).slice(-7)}`;
    const result = await cognito.send(new SignUpCommand({ ClientId: 'legacy', Username: phone, Password: PASSWORD }));
    assert.deepEqual(result.CodeDeliveryDetails, {
      Destination: `+*******${phone.slice(-4)}`,
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    });
    const message = lastMessage(ctx.pool, result.UserSub!, 'CONFIRM_SIGN_UP');
    assert.equal(message.medium, 'SMS');
    assert.equal(message.destination, phone);
    await cognito.send(new ConfirmSignUpCommand({ ClientId: 'legacy', Username: phone, ConfirmationCode: message.code }));
    const auth = await cognito.send(
      new InitiateAuthCommand({ ClientId: 'legacy', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: phone, PASSWORD } }),
    );
    const user = await cognito.send(new GetUserCommand({ AccessToken: auth.AuthenticationResult!.AccessToken }));
    assert.equal(user.Username, result.UserSub);
    assert.ok(user.UserAttributes?.some((a) => a.Name === 'phone_number_verified' && a.Value === 'true'));

    await rejectsWith(
      cognito.send(
        new InitiateAuthCommand({ ClientId: 'legacy', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: '+15550000000', PASSWORD } }),
      ),
      'UserNotFoundException',
      'User does not exist.',
    );
    await rejectsWith(
      cognito.send(new ForgotPasswordCommand({ ClientId: 'legacy', Username: '+15550000000' })),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });
});

describe('a pool with an e-mail alias', () => {
  const ctx = usePool({ config: { UserPool: { AliasAttributes: ['email'] } } });

  it('signs in with the verified e-mail, not an unverified one', async () => {
    const cognito = v3Client(ctx.pool);
    const username = uniqueName('alias');
    const email = `${username}@example.com`;
    await rejectsWith(
      cognito.send(new SignUpCommand({ ClientId: ctx.pool.clientId, Username: email, Password: PASSWORD })),
      'InvalidParameterException',
      'Username cannot be of email format, since user pool is configured for email alias.',
    );
    await cognito.send(
      new SignUpCommand({
        ClientId: ctx.pool.clientId,
        Username: username,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    const byEmail = () =>
      cognito.send(
        new InitiateAuthCommand({
          ClientId: ctx.pool.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD },
        }),
      );
    await rejectsWith(byEmail(), 'NotAuthorizedException', 'Incorrect username or password.');
    const code = lastMessage(ctx.pool, username, 'CONFIRM_SIGN_UP').code;
    await cognito.send(new ConfirmSignUpCommand({ ClientId: ctx.pool.clientId, Username: username, ConfirmationCode: code }));
    const auth = await byEmail();
    const user = await cognito.send(new GetUserCommand({ AccessToken: auth.AuthenticationResult!.AccessToken }));
    assert.equal(user.Username, username);
  });
});
