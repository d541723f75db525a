/**
 * DEVICE_PASSWORD_VERIFIER: the device's SRP proof. The math is the password's
 * (srp.ts), with the DeviceGroupKey as the pool name and the DeviceKey as the user id, as
 * amazon-cognito-identity-js's getDeviceResponse computes it.
 */
import { deviceNotFound, rememberedDevice } from '../devices.js';
import { incorrectCredentials } from '../errors.js';
import { isSrpTimestamp, parseA, verifyPasswordClaim } from '../srp.js';
import type { Challenge } from './challenge.js';
import { requireAnswer } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

export const devicePasswordVerifier: Challenge = {
  name: 'DEVICE_PASSWORD_VERIFIER',

  respond({ ctx, session, responses, continueSignIn }) {
    const user = sessionUser(ctx, session);
    const signature = requireAnswer(ctx, session, responses, 'PASSWORD_CLAIM_SIGNATURE');
    const secretBlock = requireAnswer(ctx, session, responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
    const timestamp = requireAnswer(ctx, session, responses, 'TIMESTAMP');
    const deviceKey = session.data.DEVICE_KEY!;
    const device = rememberedDevice(ctx, user, deviceKey);
    if (!device?.verifier) throw deviceNotFound();
    const A = parseA(session.data.SRP_A ?? '');
    const ok =
      A !== undefined &&
      isSrpTimestamp(timestamp) &&
      verifyPasswordClaim({
        poolName: device.deviceGroupKey,
        userId: deviceKey,
        A,
        ephemeral: { b: session.data.b!, B: session.data.B! },
        stored: device.verifier,
        secretBlock,
        timestamp,
        signature,
      });
    if (!ok) throw incorrectCredentials();
    return continueSignIn(user, [...session.passed, 'DEVICE_PASSWORD_VERIFIER']);
  },
};
