/**
 * Remembered devices: NewDeviceMetadata, ConfirmDevice, UpdateDeviceStatus and friends, and
 * the second sign-in from a remembered device that goes through DEVICE_SRP_AUTH instead of MFA
 * (amazon-cognito-identity-js's own device SRP, unmodified).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminListDevicesCommand,
  AdminSetUserMFAPreferenceCommand,
  ConfirmDeviceCommand,
  ForgetDeviceCommand,
  GetDeviceCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  RespondToAuthChallengeCommand,
  UpdateDeviceStatusCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createVerifier } from '../../dev-pool/srp.js';
import type { DevPool } from '../../dev-pool/server.js';
import { PASSWORD, adminUser, decodeJwt, lastMessage, rejectsWith, usePool, v3Client } from './helpers.js';
import { authenticate, node, sdkUser, sendMfaCode, type Step } from './sdk.js';

const ctx = usePool({
  config: {
    UserPool: {
      MfaConfiguration: 'OPTIONAL',
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    },
    MfaConfig: { SmsMfaConfiguration: {} },
  },
});

async function smsUser(pool: DevPool): Promise<string> {
  const username = await adminUser(pool, {
    email: 'device@example.com',
    phone_number: `+1555${String(Date.now()).slice(-7)}`,
    phone_number_verified: 'true',
  });
  await v3Client(pool).send(
    new AdminSetUserMFAPreferenceCommand({ UserPoolId: pool.userPoolId, Username: username, SMSMfaSettings: { Enabled: true, PreferredMfa: true } }),
  );
  return username;
}

const attributesOf = (device: { DeviceAttributes?: { Name?: string; Value?: string }[] } | undefined) =>
  Object.fromEntries((device?.DeviceAttributes ?? []).map((a) => [a.Name, a.Value]));

describe('device tracking with the SDK', () => {
  it('remembers the device after an SMS MFA sign-in; the next sign-in proves the device and skips MFA', async () => {
    const { pool } = ctx;
    const username = await smsUser(pool);

    const first = sdkUser(pool, username);
    assert.equal((await authenticate(first, username, PASSWORD)).step, 'SMS_MFA');
    const signedIn = await sendMfaCode(first, lastMessage(pool, username, 'MFA').code);
    assert.equal(signedIn.step, 'SUCCESS');
    // The SDK confirmed the device from NewDeviceMetadata; the pool asks the user to decide.
    assert.equal((signedIn as Step & { step: 'SUCCESS' }).userConfirmationNecessary, true);
    await new Promise((resolve, reject) => first.setDeviceStatusRemembered({ onSuccess: resolve, onFailure: reject }));

    const firstAccess = first.getSignInUserSession()!.getAccessToken().getJwtToken();
    const deviceKey = String(decodeJwt(firstAccess).payload.device_key);
    assert.match(deviceKey, /^us-east-1_[0-9a-f-]{36}$/);
    const listed = await v3Client(pool).send(new ListDevicesCommand({ AccessToken: firstAccess }));
    assert.equal(listed.Devices?.length, 1);
    assert.equal(listed.Devices?.[0]?.DeviceKey, deviceKey);
    assert.ok(listed.Devices?.[0]?.DeviceCreateDate instanceof Date);
    assert.deepEqual(attributesOf(listed.Devices?.[0]), {
      device_status: 'valid',
      device_name: 'nodejs',
      'dev:device_remembered_status': 'remembered',
    });

    const codesBefore = pool.inbox().filter((m) => m.kind === 'MFA').length;
    const second = sdkUser(pool, username);
    const again = await authenticate(second, username, PASSWORD);
    assert.equal(again.step, 'SUCCESS', 'a remembered device goes through DEVICE_SRP_AUTH, not SMS_MFA');
    assert.equal(pool.inbox().filter((m) => m.kind === 'MFA').length, codesBefore);
    const session = (again as Step & { step: 'SUCCESS' }).session;
    assert.equal(session.getAccessToken().decodePayload().device_key, deviceKey);

    const refreshed = await node<{ getAccessToken(): { decodePayload(): Record<string, unknown> } }>((cb) =>
      second.refreshSession(session.getRefreshToken(), cb),
    );
    assert.equal(refreshed?.getAccessToken().decodePayload().device_key, deviceKey);
  });
});

describe('device tracking with the v3 client', () => {
  const signIn = (pool: DevPool, username: string, deviceKey?: string) =>
    v3Client(pool).send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
      }),
    );

  it('hands out NewDeviceMetadata, refuses unknown devices, and manages confirmed ones', async () => {
    const { pool } = ctx;
    const cognito = v3Client(pool);
    const username = await adminUser(pool, { email: 'plain@example.com' });
    const auth = (await signIn(pool, username)).AuthenticationResult as AuthenticationResultType;
    const { DeviceKey, DeviceGroupKey } = auth.NewDeviceMetadata ?? {};
    assert.match(DeviceKey ?? '', /^us-east-1_[0-9a-f-]{36}$/);
    assert.match(DeviceGroupKey ?? '', /^-[A-Za-z0-9]{9}$/);
    await rejectsWith(signIn(pool, username, 'us-east-1_00000000-0000-4000-8000-000000000000'), 'ResourceNotFoundException', 'Device does not exist.');

    const verifier = createVerifier(DeviceGroupKey!, DeviceKey!, 'device-secret');
    const confirmed = await cognito.send(
      new ConfirmDeviceCommand({
        AccessToken: auth.AccessToken,
        DeviceKey,
        DeviceName: 'test runner',
        DeviceSecretVerifierConfig: {
          Salt: Buffer.from(verifier.salt, 'hex').toString('base64'),
          PasswordVerifier: Buffer.from(verifier.verifier, 'hex').toString('base64'),
        },
      }),
    );
    assert.equal(confirmed.UserConfirmationNecessary, true);
    const got = await cognito.send(new GetDeviceCommand({ AccessToken: auth.AccessToken, DeviceKey }));
    assert.equal(attributesOf(got.Device)['dev:device_remembered_status'], 'not_remembered');

    // A known device is not announced again.
    const known = await signIn(pool, username, DeviceKey);
    assert.equal(known.AuthenticationResult?.NewDeviceMetadata, undefined);
    assert.equal(decodeJwt(known.AuthenticationResult!.AccessToken!).payload.device_key, DeviceKey);

    await rejectsWith(
      cognito.send(
        new UpdateDeviceStatusCommand({ AccessToken: auth.AccessToken, DeviceKey, DeviceRememberedStatus: 'forever' as 'remembered' }),
      ),
      'InvalidParameterException',
    );
    await cognito.send(new UpdateDeviceStatusCommand({ AccessToken: auth.AccessToken, DeviceKey, DeviceRememberedStatus: 'remembered' }));
    const admin = await cognito.send(new AdminListDevicesCommand({ UserPoolId: pool.userPoolId, Username: username }));
    assert.equal(admin.Devices?.length, 1);

    // Remembered: the password is followed by the device's own SRP.
    const remembered = await signIn(pool, username, DeviceKey);
    assert.equal(remembered.ChallengeName, 'DEVICE_SRP_AUTH');
    const srp = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: pool.clientId,
        ChallengeName: 'DEVICE_SRP_AUTH',
        Session: remembered.Session,
        ChallengeResponses: { USERNAME: username, DEVICE_KEY: DeviceKey!, SRP_A: 'ab'.repeat(384) },
      }),
    );
    assert.equal(srp.ChallengeName, 'DEVICE_PASSWORD_VERIFIER');
    assert.deepEqual(Object.keys(srp.ChallengeParameters ?? {}).sort(), ['DEVICE_KEY', 'SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME']);
    assert.equal(srp.ChallengeParameters?.SALT, verifier.salt);

    await cognito.send(new ForgetDeviceCommand({ AccessToken: auth.AccessToken, DeviceKey }));
    await rejectsWith(
      cognito.send(new GetDeviceCommand({ AccessToken: auth.AccessToken, DeviceKey })),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
  });

  it('asks for MFA on a device that is known but not remembered', async () => {
    const { pool } = ctx;
    const username = await smsUser(pool);
    const first = await signIn(pool, username);
    assert.equal(first.ChallengeName, 'SMS_MFA');
    const done = await v3Client(pool).send(
      new RespondToAuthChallengeCommand({
        ClientId: pool.clientId,
        ChallengeName: 'SMS_MFA',
        Session: first.Session,
        ChallengeResponses: { USERNAME: username, SMS_MFA_CODE: lastMessage(pool, username, 'MFA').code },
      }),
    );
    const deviceKey = done.AuthenticationResult?.NewDeviceMetadata?.DeviceKey;
    assert.ok(deviceKey);
    assert.equal((await signIn(pool, username, deviceKey)).ChallengeName, 'SMS_MFA');
  });
});
