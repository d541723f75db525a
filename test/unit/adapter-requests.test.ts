/**
 * Every request the adapters send (the SDK's and the direct one), for every flow they drive
 * (SRP and remembered devices included), fits
 * Cognito's official API model. The network is a stub that records each request and answers
 * what Cognito would; the model check is test/shared/api-model.ts.
 */
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { SdkAdapter } from '../../src/auth/sdk-adapter.js';
import { DirectAdapter } from '../../src/auth/direct/direct-adapter.js';
import type { AuthConfig } from '../../src/auth/types.js';
import type { Tokens } from '../../src/auth/types.js';
import { modelViolation } from '../shared/api-model.js';

type Sent = { op: string; body: Record<string, unknown> };
let sent: Sent[] = [];
let answers: Array<Record<string, unknown>> = [];
const realFetch = globalThis.fetch;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`;
const now = () => Math.floor(Date.now() / 1000);
const result = (username = 'ana') => ({
  AuthenticationResult: {
    AccessToken: jwt({ sub: 's', username, iat: now(), exp: now() + 3600, token_use: 'access' }),
    IdToken: jwt({ sub: 's', 'cognito:username': username, iat: now(), exp: now() + 3600, token_use: 'id' }),
    RefreshToken: 'refresh.token.value',
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  },
});
const SESSION = 'S'.repeat(40);
const challenge = (ChallengeName: string, ChallengeParameters: Record<string, string> = {}) => ({ ChallengeName, Session: SESSION, ChallengeParameters });
const delivery = { CodeDeliveryDetails: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } };

beforeEach(() => {
  sent = [];
  answers = [];
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    const target = String((init.headers as Record<string, string>)['X-Amz-Target']);
    sent.push({ op: target, body: JSON.parse(String(init.body)) });
    return Response.json(answers.shift() ?? {});
  }) as typeof fetch;
});
afterEach(() => (globalThis.fetch = realFetch));

const CONFIG: AuthConfig = { userPoolId: 'us-east-1_Test', clientId: 'client', endpoint: 'http://pool.test/', storage: 'memory' };
const ADAPTERS = [
  ['SDK adapter', () => new SdkAdapter(CONFIG)],
  ['direct adapter', () => new DirectAdapter(CONFIG)],
] as const;

/** The requests sent so far all fit the model, and they were these operations. */
function assertSent(...ops: string[]) {
  assert.deepEqual(sent.map((s) => s.op.split('.')[1]), ops);
  for (const { op, body } of sent) assert.equal(modelViolation(op, body), undefined);
}

for (const [name, adapter] of ADAPTERS) {
  test(`${name}: sign-up, confirmation, resend and forgot password`, async () => {
    const a = adapter();
    answers = [{ UserConfirmed: false, UserSub: 'sub-1', ...delivery }, {}, delivery, delivery, {}];
    await a.signUp({ username: 'ana', password: 'Secret-123', attributes: { email: 'ana@example.com', name: 'Ana' } });
    await a.confirmSignUp('ana', '123456');
    await a.resendSignUpCode('ana');
    await a.forgotPassword('ana');
    await a.confirmForgotPassword('ana', '123456', 'Secret-456');
    assertSent('SignUp', 'ConfirmSignUp', 'ResendConfirmationCode', 'ForgotPassword', 'ConfirmForgotPassword');
  });

  test(`${name}: USER_SRP_AUTH: InitiateAuth with SRP_A, then the PASSWORD_VERIFIER answer`, async () => {
    const a = adapter();
    answers = [
      challenge('PASSWORD_VERIFIER', { SRP_B: 'ab'.repeat(384), SALT: 'cd'.repeat(16), SECRET_BLOCK: 'ZmFrZQ==', USER_ID_FOR_SRP: 'ana', USERNAME: 'ana' }),
      result(),
    ];
    const step = await a.signIn('ana', 'Secret-123', 'USER_SRP_AUTH');
    assert.equal(step.kind, 'done');
    assertSent('InitiateAuth', 'RespondToAuthChallenge');
  });

  test(`${name}: every challenge answer: SMS, TOTP, e-mail, selection, MFA setup, new password, custom`, async () => {
    const a = adapter();
    const rounds: Array<[Record<string, unknown>, () => Promise<unknown>]> = [
      [challenge('SMS_MFA'), () => a.answerChallenge({ challenge: 'SMS_MFA', code: '123456' })],
      [challenge('SOFTWARE_TOKEN_MFA'), () => a.answerChallenge({ challenge: 'SOFTWARE_TOKEN_MFA', code: '123456' })],
      [challenge('EMAIL_OTP'), () => a.answerChallenge({ challenge: 'EMAIL_OTP', code: '123456' })],
      [challenge('NEW_PASSWORD_REQUIRED', { userAttributes: '{"email":"ana@example.com"}', requiredAttributes: '["userAttributes.name"]' }),
        () => a.answerChallenge({ challenge: 'NEW_PASSWORD_REQUIRED', newPassword: 'Secret-456', attributes: { name: 'Ana' } })],
    ];
    for (const [first, answer] of rounds) {
      answers = [first, result()];
      await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
      assert.equal(((await answer()) as { kind: string }).kind, 'done');
    }
    answers = [challenge('SELECT_MFA_TYPE'), challenge('SOFTWARE_TOKEN_MFA'), result()];
    await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
    await a.answerChallenge({ challenge: 'SELECT_MFA_TYPE', mfaType: 'SOFTWARE_TOKEN_MFA' });
    await a.answerChallenge({ challenge: 'SOFTWARE_TOKEN_MFA', code: '123456' });
    answers = [challenge('MFA_SETUP'), { SecretCode: 'JBSWY3DPEHPK3PXP', Session: SESSION }, { Status: 'SUCCESS', Session: SESSION }, result()];
    await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
    await a.associateSoftwareToken();
    await a.answerChallenge({ challenge: 'MFA_SETUP', code: '123456', deviceName: 'Phone' });
    answers = [challenge('CUSTOM_CHALLENGE', { question: 'colour?' }), result()];
    await a.signIn('ana', '', 'CUSTOM_AUTH');
    await a.answerChallenge({ challenge: 'CUSTOM_CHALLENGE', answer: 'blue' });
    assertSent(...Array(4).fill(['InitiateAuth', 'RespondToAuthChallenge']).flat(),
      'InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge',
      'InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge',
      'InitiateAuth', 'RespondToAuthChallenge');
  });

  test(`${name}: the signed-in user: refresh, account calls, authenticator app, sign-out`, async () => {
    const a = adapter();
    answers = [result()];
    const signedIn = await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
    const tokens = (signedIn as { tokens: Tokens }).tokens;
    answers = [result()];
    await a.refreshSession();
    const token = tokens.accessToken;
    answers = [{ Username: 'ana', UserAttributes: [] }, { CodeDeliveryDetailsList: [] }, {}, delivery, {}, {}, {}, {}];
    await a.account.getUser(token);
    await a.account.updateAttributes(token, { name: 'Ana Lima', email: 'new@example.com' });
    await a.account.deleteAttributes(token, ['name']);
    await a.account.sendAttributeCode(token, 'email');
    await a.account.verifyAttribute(token, 'email', '123456');
    await a.account.changePassword(token, 'Secret-123', 'Secret-456');
    await a.account.setMfaPreference(token, { sms: { enabled: true, preferred: false }, totp: { enabled: true, preferred: true } });
    await a.account.deleteUser(token);
    answers = [{ SecretCode: 'JBSWY3DPEHPK3PXP' }, { Status: 'SUCCESS' }, {}, {}];
    await a.associateSoftwareToken();
    await a.verifySoftwareToken('123456', 'Phone');
    await a.revokeSession(false, tokens);
    await a.revokeSession(true, tokens);
    assertSent('InitiateAuth', 'InitiateAuth', 'GetUser', 'UpdateUserAttributes', 'DeleteUserAttributes',
      'GetUserAttributeVerificationCode', 'VerifyUserAttribute', 'ChangePassword', 'SetUserMFAPreference', 'DeleteUser',
      'AssociateSoftwareToken', 'VerifySoftwareToken', 'RevokeToken', 'GlobalSignOut');
    const preference = sent.find((s) => s.op.endsWith('SetUserMFAPreference'))!.body;
    assert.deepEqual(preference.SoftwareTokenMfaSettings, { Enabled: true, PreferredMfa: true });
  });

  test(`${name}: checking a password aside leaves the sign-in in progress as it was: its challenge is still answered`, async () => {
    const a = adapter();
    answers = [challenge('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******0123', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' })];
    const step = await a.signIn('bob', 'Secret-123', 'USER_PASSWORD_AUTH');
    assert.equal(step.kind === 'challenge' && step.challenge, 'SMS_MFA');
    // Ana's password, checked meanwhile (signed in, and the extra session revoked).
    answers = [result('ana'), {}];
    await a.verifyPassword('ana', 'Secret-456', 'USER_PASSWORD_AUTH');
    answers = [result('bob')];
    const done = await a.answerChallenge({ challenge: 'SMS_MFA', code: '123456' });
    assert.equal(done.kind === 'done' && done.username, 'bob');
    assertSent('InitiateAuth', 'InitiateAuth', 'RevokeToken', 'RespondToAuthChallenge');
    const answer = sent.at(-1)!.body;
    assert.deepEqual([answer.Session, (answer.ChallengeResponses as Record<string, string>).USERNAME], [SESSION, 'bob']);
  });

  test(`${name}: a new device is confirmed and remembered, proves itself with DEVICE_SRP_AUTH, refreshes with DEVICE_KEY`, async () => {
    const a = adapter();
    const writes = recordWrites(a.storage);
    const device = { DeviceKey: 'us-east-1_dev-1', DeviceGroupKey: 'group-1' };
    const first = result();
    answers = [{ AuthenticationResult: { ...first.AuthenticationResult, NewDeviceMetadata: device } }, { UserConfirmationNecessary: false }, {}];
    await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
    await a.rememberDevice();
    a.clearLocalSession();
    const srp = { SRP_B: 'ab'.repeat(384), SALT: 'cd'.repeat(16), SECRET_BLOCK: 'ZmFrZQ==', USERNAME: 'ana' };
    answers = [challenge('DEVICE_SRP_AUTH'), challenge('DEVICE_PASSWORD_VERIFIER', srp), result(), result()];
    const step = await a.signIn('ana', 'Secret-123', 'USER_PASSWORD_AUTH');
    assert.equal(step.kind, 'done');
    await a.refreshSession();
    assertSent('InitiateAuth', 'ConfirmDevice', 'UpdateDeviceStatus', 'InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge', 'InitiateAuth');
    const bodies = sent.map((s) => s.body as { AuthParameters?: Record<string, string>; ChallengeResponses?: Record<string, string>; DeviceKey?: string });
    assert.equal(bodies[2].DeviceKey, device.DeviceKey);
    assert.equal(bodies[3].AuthParameters?.DEVICE_KEY, device.DeviceKey);
    assert.equal(bodies[5].ChallengeResponses?.DEVICE_KEY, device.DeviceKey);
    assert.match(bodies[5].ChallengeResponses?.PASSWORD_CLAIM_SIGNATURE ?? '', /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(bodies[6].AuthParameters?.DEVICE_KEY, device.DeviceKey);
    storageLogs.set(name, writes);
  });
}

/** Every write and removal on the adapter's storage, in order. */
const storageLogs = new Map<string, string[]>();
function recordWrites(storage: { setItem(k: string, v: string): void; removeItem(k: string): void }) {
  const log: string[] = [];
  const [set, remove] = [storage.setItem.bind(storage), storage.removeItem.bind(storage)];
  storage.setItem = (key, value) => {
    // The device's random password differs by design; the rest must be the SDK's value.
    const shown = key.endsWith('.randomPasswordKey') ? '(random)' : key.endsWith('Token') ? '(token)' : key.endsWith('.clockDrift') ? '(seconds)' : value;
    log.push(`set ${key} = ${shown}`);
    set(key, value);
  };
  storage.removeItem = (key) => {
    log.push(`remove ${key}`);
    remove(key);
  };
  return log;
}

/** What the storage holds at the end of a log (removed keys gone). */
function finalState(log: string[]) {
  const state = new Map<string, string>();
  for (const entry of log) {
    const [, op, key, value] = /^(set|remove) (\S+)(?: = (.*))?$/.exec(entry)!;
    if (op === 'set') state.set(key, value);
    else state.delete(key);
  }
  return Object.fromEntries([...state].sort());
}

test('the direct adapter stores what the SDK stores: the same keys written and removed, the same values in the end', () => {
  const [sdk, direct] = [storageLogs.get('SDK adapter'), storageLogs.get('direct adapter')];
  assert.ok(sdk && direct, 'both device journeys ran');
  assert.ok(sdk.includes('set CognitoIdentityServiceProvider.client.ana.deviceKey = us-east-1_dev-1'));
  assert.ok(sdk.includes('remove CognitoIdentityServiceProvider.client.LastAuthUser'));
  // The SDK adapter also rewrites the same tokens when it remembers the device: order and count may differ.
  assert.deepEqual([...new Set(direct)].sort(), [...new Set(sdk)].sort());
  assert.deepEqual(finalState(direct), finalState(sdk));
});
