/**
 * Sign-in challenges after the password: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP,
 * SELECT_MFA_TYPE, MFA_SETUP and NEW_PASSWORD_REQUIRED, driven by amazon-cognito-identity-js
 * where it supports them and checked for shapes and errors with the v3 client.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUpdateUserAttributesCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserSettingsCommand,
  VerifySoftwareTokenCommand,
  type AdminCreateUserCommandInput,
  type AdminSetUserMFAPreferenceCommandInput,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DevPool } from '../../dev-pool/server.js';
import { base32Decode, base32Encode, totp, verifyTotp } from '../../dev-pool/totp.js';
import {
  PASSWORD,
  adminUser,
  decodeJwt,
  lastMessage,
  rejectsWith,
  uniqueName,
  usePool,
  v3Client,
  wrongCode,
} from './helpers.js';
import { authenticate, completeNewPassword, node, sendMfaCode, sendMfaSelection, sdkUser, type Step } from './sdk.js';

const phone = () => `+1555${String(Date.now() + Math.floor(Math.random() * 1000)).slice(-7)}`;

function expectStep<S extends Step["step"]>(step: Step, name: S): Step & { step: S } {
  assert.equal(step.step, name);
  return step as Step & { step: S };
}

function passwordAuth(pool: DevPool, cognito: CognitoIdentityProviderClient, username: string, password = PASSWORD) {
  return cognito.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
}

function respond(pool: DevPool, cognito: CognitoIdentityProviderClient, name: string, session: string | undefined, responses: Record<string, string>) {
  return cognito.send(
    new RespondToAuthChallengeCommand({ ClientId: pool.clientId, ChallengeName: name as 'SMS_MFA', Session: session, ChallengeResponses: responses }),
  );
}

const setMfa = (pool: DevPool, username: string, settings: Omit<AdminSetUserMFAPreferenceCommandInput, 'UserPoolId' | 'Username'>) =>
  v3Client(pool).send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: pool.userPoolId, Username: username, ...settings }));

describe('totp', () => {
  it("matches RFC 6238's SHA-1 test vectors (last six digits)", () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    assert.equal(secret, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    assert.deepEqual(base32Decode(secret.toLowerCase()).toString(), '12345678901234567890');
    const vectors: [number, string][] = [
      [59, '287082'],
      [1111111109, '081804'],
      [1111111111, '050471'],
      [1234567890, '005924'],
      [2000000000, '279037'],
    ];
    for (const [seconds, code] of vectors) assert.equal(totp(secret, seconds * 1000), code);
  });

  it('accepts one step of drift either way, not two', () => {
    const secret = base32Encode(Buffer.from('0123456789abcdefghij'));
    const now = 1_700_000_015_000;
    for (const drift of [-1, 0, 1]) assert.ok(verifyTotp(secret, totp(secret, now + drift * 30_000), now));
    assert.equal(verifyTotp(secret, totp(secret, now + 60_000), now), false);
    assert.equal(verifyTotp(secret, 'abcdef', now), false);
  });
});

/** Optional MFA of every kind; `name` is required too, for NEW_PASSWORD_REQUIRED. */
const optional = usePool({
  config: {
    UserPool: {
      MfaConfiguration: 'OPTIONAL',
      SchemaAttributes: [
        { Name: 'email', Required: true },
        { Name: 'name', Required: true },
      ],
    },
    MfaConfig: { SmsMfaConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: true }, EmailMfaConfiguration: {} },
  },
});

/** MFA required, TOTP only; temporary passwords expire at once. */
const required = usePool({
  config: {
    UserPool: { MfaConfiguration: 'ON', Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 0 } } },
    MfaConfig: { SoftwareTokenMfaConfiguration: { Enabled: true } },
  },
});

describe('MFA, optional, with SMS, TOTP and e-mail', () => {
  const ctx = optional;

  it('SMS_MFA with the SDK: a masked number, a retry after a wrong code, then tokens that refresh', async () => {
    const { pool } = ctx;
    const number = phone();
    const username = await adminUser(pool, { phone_number: number, phone_number_verified: 'true', email: 'sms@example.com' });
    assert.equal((await setMfa(pool, username, { SMSMfaSettings: { Enabled: true, PreferredMfa: true } })).$metadata.httpStatusCode, 200);

    const user = sdkUser(pool, username);
    const challenge = expectStep(await authenticate(user, username, PASSWORD), 'SMS_MFA');
    assert.equal(challenge.parameters.CODE_DELIVERY_DELIVERY_MEDIUM, 'SMS');
    assert.equal(challenge.parameters.CODE_DELIVERY_DESTINATION, `+*******${number.slice(-4)}`);
    const message = lastMessage(pool, username, 'MFA');
    assert.equal(message.medium, 'SMS');
    assert.equal(message.destination, number);

    await assert.rejects(sendMfaCode(user, wrongCode(message.code)), {
      code: 'CodeMismatchException',
      message: 'Invalid code or auth state for the user.',
    });
    const done = expectStep(await sendMfaCode(user, message.code), 'SUCCESS');
    assert.equal(done.session.getIdToken().decodePayload()['cognito:username'], username);
    const refreshed = await node<{ getAccessToken(): { getJwtToken(): string } }>((cb) =>
      user.refreshSession(done.session.getRefreshToken(), cb),
    );
    assert.notEqual(refreshed?.getAccessToken().getJwtToken(), done.session.getAccessToken().getJwtToken());
  });

  it('TOTP set up with an access token, then SELECT_MFA_TYPE with the SDK', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await adminUser(pool, { phone_number: phone(), phone_number_verified: 'true', email: 'totp@example.com' });
    const access = (await passwordAuth(pool, cognito, username)).AuthenticationResult!.AccessToken!;

    const { SecretCode: secret, Session } = await cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: access }));
    assert.match(secret ?? '', /^[A-Z2-7]{52}$/);
    assert.equal(Session, undefined);
    await rejectsWith(
      cognito.send(new VerifySoftwareTokenCommand({ AccessToken: access, UserCode: wrongCode(totp(secret!)) })),
      'EnableSoftwareTokenMFAException',
      'Code mismatch and fail enable Software Token MFA',
    );
    const verified = await cognito.send(
      new VerifySoftwareTokenCommand({ AccessToken: access, UserCode: totp(secret!), FriendlyDeviceName: 'phone' }),
    );
    assert.equal(verified.Status, 'SUCCESS');
    // Verifying registers the app; turning it on is SetUserMFAPreference's job.
    assert.equal((await cognito.send(new GetUserCommand({ AccessToken: access }))).UserMFASettingList, undefined);
    await cognito.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: access,
        SMSMfaSettings: { Enabled: true },
        SoftwareTokenMfaSettings: { Enabled: true },
      }),
    );
    const settings = await cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.deepEqual(settings.UserMFASettingList, ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    assert.equal(settings.PreferredMfaSetting, undefined);

    const sent = pool.inbox().length;
    const user = sdkUser(pool, username);
    const select = expectStep(await authenticate(user, username, PASSWORD), 'SELECT_MFA_TYPE');
    assert.equal(select.parameters.MFAS_CAN_CHOOSE, '["SMS_MFA","SOFTWARE_TOKEN_MFA"]');
    const asked = expectStep(await sendMfaSelection(user, 'SOFTWARE_TOKEN_MFA'), 'SOFTWARE_TOKEN_MFA');
    assert.equal(asked.parameters.FRIENDLY_DEVICE_NAME, 'phone');
    expectStep(await sendMfaCode(user, totp(secret!), 'SOFTWARE_TOKEN_MFA'), 'SUCCESS');
    assert.equal(pool.inbox().length, sent, 'choosing TOTP sends no SMS');
  });

  it('EMAIL_OTP with the v3 client: retries within one session, single use once answered', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const email = `${uniqueName('otp')}@example.com`;
    const username = await adminUser(pool, { email, email_verified: 'true' });
    await setMfa(pool, username, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } });

    const started = await passwordAuth(pool, cognito, username);
    assert.equal(started.ChallengeName, 'EMAIL_OTP');
    assert.deepEqual(started.ChallengeParameters, {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      CODE_DELIVERY_DESTINATION: 'o***@e***',
      USER_ID_FOR_SRP: username,
    });
    const message = lastMessage(pool, username, 'MFA');
    assert.equal(message.medium, 'EMAIL');
    const answer = (code: string) => respond(pool, cognito, 'EMAIL_OTP', started.Session, { USERNAME: username, EMAIL_OTP_CODE: code });
    await rejectsWith(answer(wrongCode(message.code)), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    const done = await answer(message.code);
    assert.ok(done.AuthenticationResult?.RefreshToken);
    await rejectsWith(answer(message.code), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');

    // Three wrong codes spend the session.
    const again = await passwordAuth(pool, cognito, username);
    const code = lastMessage(pool, username, 'MFA').code;
    const retry = (c: string) => respond(pool, cognito, 'EMAIL_OTP', again.Session, { USERNAME: username, EMAIL_OTP_CODE: c });
    for (let i = 0; i < 3; i++) await rejectsWith(retry(wrongCode(code)), 'CodeMismatchException');
    await rejectsWith(retry(code), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });

  it('SetUserMFAPreference needs a way to reach the user; GetUser reports the settings; SetUserSettings is the legacy SMS switch', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await adminUser(pool, { email: `${uniqueName('pref')}@example.com`, phone_number: phone() });
    const access = (await passwordAuth(pool, cognito, username)).AuthenticationResult!.AccessToken!;
    const prefer = (settings: Record<string, unknown>) => cognito.send(new SetUserMFAPreferenceCommand({ AccessToken: access, ...settings }));

    // "Phone numbers don't need to be verified to be used for SMS MFA" (AWS Developer Guide).
    await prefer({ SMSMfaSettings: { Enabled: true } });
    assert.deepEqual((await cognito.send(new GetUserCommand({ AccessToken: access }))).UserMFASettingList, ['SMS_MFA']);
    await prefer({ SMSMfaSettings: { Enabled: false } });
    await rejectsWith(
      prefer({ SoftwareTokenMfaSettings: { Enabled: true } }),
      'InvalidParameterException',
      'User has not set up software token mfa',
    );
    await cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: access }));
    await rejectsWith(
      prefer({ SoftwareTokenMfaSettings: { Enabled: true } }),
      'InvalidParameterException',
      'User has not verified software token mfa',
    );
    await prefer({ EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    const got = await cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.equal(got.PreferredMfaSetting, 'EMAIL_OTP');
    assert.deepEqual(got.UserMFASettingList, ['EMAIL_OTP']);
    assert.equal(got.MFAOptions, undefined);

    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool.userPoolId,
        Username: username,
        UserAttributes: [{ Name: 'phone_number_verified', Value: 'true' }],
      }),
    );
    await cognito.send(
      new SetUserSettingsCommand({ AccessToken: access, MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] }),
    );
    const legacy = await cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.deepEqual(legacy.MFAOptions, [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }]);
    assert.deepEqual(legacy.UserMFASettingList, ['EMAIL_OTP', 'SMS_MFA']);
    const admin = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: username }));
    assert.deepEqual(admin.MFAOptions, legacy.MFAOptions);
    assert.equal(admin.PreferredMfaSetting, 'EMAIL_OTP');

    await cognito.send(new SetUserSettingsCommand({ AccessToken: access, MFAOptions: [] }));
    const off = await cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.equal(off.MFAOptions, undefined);
    assert.deepEqual(off.UserMFASettingList, ['EMAIL_OTP']);
  });
});

describe('MFA required, TOTP only', () => {
  const ctx = required;

  it('MFA_SETUP with the SDK (associate, verify, tokens), then SOFTWARE_TOKEN_MFA on the next sign-in', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await adminUser(pool, { email: `${uniqueName('setup')}@example.com` });
    const user = sdkUser(pool, username);
    const setup = expectStep(await authenticate(user, username, PASSWORD), 'MFA_SETUP');
    assert.equal(setup.parameters.MFAS_CAN_SETUP, '["SOFTWARE_TOKEN_MFA"]');

    const secret = await new Promise<string>((resolve, reject) =>
      user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }),
    );
    const session = await new Promise<Step>((resolve, reject) =>
      user.verifySoftwareToken(totp(secret), 'My phone', {
        onSuccess: (s) => resolve({ step: 'SUCCESS', session: s }),
        onFailure: reject,
      }),
    );
    const tokens = expectStep(session, 'SUCCESS').session;
    assert.equal(tokens.getAccessToken().decodePayload().username, username);
    assert.ok(tokens.getRefreshToken().getToken());

    const next = await passwordAuth(pool, cognito, username);
    assert.equal(next.ChallengeName, 'SOFTWARE_TOKEN_MFA');
    assert.deepEqual(next.ChallengeParameters, { FRIENDLY_DEVICE_NAME: 'My phone', USER_ID_FOR_SRP: username });
    const done = await respond(pool, cognito, 'SOFTWARE_TOKEN_MFA', next.Session, {
      USERNAME: username,
      SOFTWARE_TOKEN_MFA_CODE: totp(secret),
    });
    const access = done.AuthenticationResult!.AccessToken!;
    const got = await cognito.send(new GetUserCommand({ AccessToken: access }));
    assert.equal(got.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');
    assert.deepEqual(got.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
    // The pool requires MFA and TOTP is the only way in: turning it off is refused.
    await rejectsWith(
      cognito.send(new SetUserMFAPreferenceCommand({ AccessToken: access, SoftwareTokenMfaSettings: { Enabled: false } })),
      'InvalidParameterException',
      /requires MFA/,
    );
    assert.deepEqual((await cognito.send(new GetUserCommand({ AccessToken: access }))).UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
  });

  it('MFA_SETUP with the v3 client: each step hands on a new Session', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await adminUser(pool, { email: `${uniqueName('setup')}@example.com` });
    const started = await passwordAuth(pool, cognito, username);
    assert.equal(started.ChallengeName, 'MFA_SETUP');
    const finish = (session: string | undefined) => respond(pool, cognito, 'MFA_SETUP', session, { USERNAME: username });
    await rejectsWith(finish(started.Session), 'InvalidParameterException');

    const associated = await cognito.send(new AssociateSoftwareTokenCommand({ Session: started.Session }));
    assert.ok(associated.Session && associated.Session !== started.Session);
    const verify = (code: string) =>
      cognito.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: code, FriendlyDeviceName: 'app' }));
    await rejectsWith(verify(wrongCode(totp(associated.SecretCode!))), 'EnableSoftwareTokenMFAException');
    const verified = await verify(totp(associated.SecretCode!));
    assert.equal(verified.Status, 'SUCCESS');
    assert.ok(verified.Session && verified.Session !== associated.Session);
    const done = await finish(verified.Session);
    assert.equal(decodeJwt(done.AuthenticationResult!.IdToken!).payload['cognito:username'], username);
    await rejectsWith(finish(started.Session), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  const ctx = optional;
  const expiring = required;

  const invite = (pool: DevPool, username: string, extra: Partial<AdminCreateUserCommandInput> = {}) =>
    v3Client(pool).send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: `${username}@example.com` },
          { Name: 'email_verified', Value: 'true' },
        ],
        ...extra,
      }),
    );

  it('the SDK completes it with the required attributes the schema asks for', async () => {
    const { pool } = ctx;
    const username = uniqueName('invited');
    await invite(pool, username);
    const temporary = lastMessage(pool, username, 'TEMPORARY_PASSWORD');
    assert.equal(temporary.destination, `${username}@example.com`);

    const user = sdkUser(pool, username);
    const challenge = expectStep(await authenticate(user, username, temporary.code), 'NEW_PASSWORD_REQUIRED');
    assert.deepEqual(challenge.requiredAttributes, ['name']);
    assert.deepEqual(challenge.userAttributes, { email: `${username}@example.com`, email_verified: 'true' });
    const done = expectStep(await completeNewPassword(user, 'Br4nd-New-Pass!', { name: 'Alice' }), 'SUCCESS');
    assert.equal(done.session.getIdToken().decodePayload().name, 'Alice');
  });

  it('refuses *_verified, a required attribute given again and a missing one, keeping the session', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = uniqueName('invited');
    await invite(pool, username, { TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });
    assert.equal(pool.inbox().filter((m) => m.username === username).length, 0);
    const started = await passwordAuth(pool, cognito, username, 'Temp-Passw0rd!');
    assert.equal(started.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    assert.equal(started.ChallengeParameters?.requiredAttributes, '["userAttributes.name"]');
    assert.equal(JSON.parse(started.ChallengeParameters?.userAttributes ?? '{}').sub, undefined);
    const answer = (responses: Record<string, string>) =>
      respond(pool, cognito, 'NEW_PASSWORD_REQUIRED', started.Session, { USERNAME: username, NEW_PASSWORD: 'Br4nd-New-Pass!', ...responses });

    await rejectsWith(
      answer({ 'userAttributes.name': 'Bob', 'userAttributes.email_verified': 'true' }),
      'InvalidParameterException',
      'Cannot modify the non-mutable attribute email_verified',
    );
    await rejectsWith(
      answer({ 'userAttributes.name': 'Bob', 'userAttributes.email': `${username}@example.com` }),
      'NotAuthorizedException',
      'Cannot modify an already provided email',
    );
    await rejectsWith(answer({}), 'InvalidParameterException', 'Invalid attributes given, name is missing');
    await rejectsWith(answer({ 'userAttributes.name': 'Bob', NEW_PASSWORD: 'weak' }), 'InvalidPasswordException');
    const done = await answer({ 'userAttributes.name': 'Bob' });
    assert.equal(decodeJwt(done.AuthenticationResult!.IdToken!).payload.name, 'Bob');
  });

  it('refuses a temporary password older than TemporaryPasswordValidityDays', async () => {
    const { pool } = expiring;
    const username = uniqueName('late');
    await invite(pool, username, { TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await rejectsWith(
      passwordAuth(pool, v3Client(pool), username, 'Temp-Passw0rd!'),
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  });
});
