/**
 * REFRESH_TOKEN_AUTH with device tracking: the refresh token is bound to the device it was
 * issued with. Without its DEVICE_KEY, with another one, or once the device is forgotten, the
 * refresh fails as on AWS ("Invalid Refresh Token"); amazon-cognito-identity-js sends the key
 * it keeps, so its refreshes go through.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminForgetDeviceCommand,
  ConfirmDeviceCommand,
  ForgetDeviceCommand,
  InitiateAuthCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createVerifier } from '../../dev-pool/srp.js';
import { PASSWORD, adminUser, decodeJwt, passwordSignIn, rejectsWith, usePool, v3Client } from './helpers.js';
import { authenticate, node, sdkUser, type Step } from './sdk.js';

describe('REFRESH_TOKEN_AUTH with device tracking', () => {
  const ctx = usePool({ config: { UserPool: { DeviceConfiguration: {} } } });
  const refresh = (token: string, deviceKey?: string) =>
    v3Client(ctx.pool).send(
      new InitiateAuthCommand({
        ClientId: ctx.pool.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: token, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
      }),
    );
  const invalid = (promise: Promise<unknown>) => rejectsWith(promise, 'NotAuthorizedException', 'Invalid Refresh Token');

  async function confirm(auth: AuthenticationResultType): Promise<void> {
    const { DeviceKey, DeviceGroupKey } = auth.NewDeviceMetadata!;
    const verifier = createVerifier(DeviceGroupKey!, DeviceKey!, 'device-secret');
    await v3Client(ctx.pool).send(
      new ConfirmDeviceCommand({
        AccessToken: auth.AccessToken,
        DeviceKey,
        DeviceSecretVerifierConfig: {
          Salt: Buffer.from(verifier.salt, 'hex').toString('base64'),
          PasswordVerifier: Buffer.from(verifier.verifier, 'hex').toString('base64'),
        },
      }),
    );
  }

  it('needs the DEVICE_KEY the refresh token was issued with', async () => {
    const username = await adminUser(ctx.pool, { email: 'bound@example.com' });
    const auth = (await passwordSignIn(ctx.pool, username)).AuthenticationResult!;
    const { DeviceKey } = auth.NewDeviceMetadata!;
    const other = (await passwordSignIn(ctx.pool, username)).AuthenticationResult!.NewDeviceMetadata!.DeviceKey!;
    await invalid(refresh(auth.RefreshToken!));
    await invalid(refresh(auth.RefreshToken!, other));
    const refreshed = (await refresh(auth.RefreshToken!, DeviceKey)).AuthenticationResult!;
    assert.equal(decodeJwt(refreshed.AccessToken!).payload.device_key, DeviceKey);
  });

  it('stops working once the device is forgotten, by the user or an administrator', async () => {
    const username = await adminUser(ctx.pool, { email: 'forgotten@example.com' });
    const mine = (await passwordSignIn(ctx.pool, username)).AuthenticationResult!;
    await confirm(mine);
    await v3Client(ctx.pool).send(new ForgetDeviceCommand({ AccessToken: mine.AccessToken, DeviceKey: mine.NewDeviceMetadata!.DeviceKey }));
    await invalid(refresh(mine.RefreshToken!, mine.NewDeviceMetadata!.DeviceKey));

    const theirs = (await passwordSignIn(ctx.pool, username)).AuthenticationResult!;
    await refresh(theirs.RefreshToken!, theirs.NewDeviceMetadata!.DeviceKey);
    await v3Client(ctx.pool).send(
      new AdminForgetDeviceCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, DeviceKey: theirs.NewDeviceMetadata!.DeviceKey }),
    );
    await invalid(refresh(theirs.RefreshToken!, theirs.NewDeviceMetadata!.DeviceKey));
  });

  it('amazon-cognito-identity-js refreshes with the device it confirmed', async () => {
    const username = await adminUser(ctx.pool, { email: 'sdk-device@example.com' });
    const user = sdkUser(ctx.pool, username);
    const signedIn = (await authenticate(user, username, PASSWORD)) as Step & { step: 'SUCCESS' };
    assert.equal(signedIn.step, 'SUCCESS');
    const deviceKey = signedIn.session.getAccessToken().decodePayload().device_key as string;
    const refreshed = await node<{ getAccessToken(): { decodePayload(): Record<string, unknown> } }>((cb) =>
      user.refreshSession(signedIn.session.getRefreshToken(), cb),
    );
    assert.equal(refreshed?.getAccessToken().decodePayload().device_key, deviceKey);
  });
});

describe('REFRESH_TOKEN_AUTH without device tracking', () => {
  const ctx = usePool();

  it('takes no DEVICE_KEY into account', async () => {
    const username = await adminUser(ctx.pool, { email: 'untracked@example.com' });
    const auth = (await passwordSignIn(ctx.pool, username)).AuthenticationResult!;
    assert.equal(auth.NewDeviceMetadata, undefined);
    const refreshed = await v3Client(ctx.pool).send(
      new InitiateAuthCommand({ ClientId: ctx.pool.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: auth.RefreshToken! } }),
    );
    assert.ok(refreshed.AuthenticationResult?.AccessToken);
  });
});
