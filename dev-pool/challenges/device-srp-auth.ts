/**
 * DEVICE_SRP_AUTH: the sign-in named a remembered device, so after the password the device
 * proves its own secret with SRP; with ChallengeRequiredOnNewDevice that stands in for MFA.
 * The answer carries DEVICE_KEY and the device's SRP_A; the pool replies with
 * DEVICE_PASSWORD_VERIFIER (salt, B, secret block), whose answer ends in tokens.
 *
 * A remembered device that may not skip MFA (ChallengeRequiredOnNewDevice false) gets MFA
 * and then tokens, without device SRP: amazon-cognito-identity-js would answer a
 * DEVICE_SRP_AUTH that follows MFA with the spent MFA Session.
 */
import { deviceNotFound, rememberedDevice } from '../devices.js';
import { invalidParameter } from '../errors.js';
import { dueMfa, mfaPassed } from '../mfa.js';
import { createServerEphemeral, parseA } from '../srp.js';
import type { Challenge } from './challenge.js';
import { requireAnswer } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

export const deviceSrpAuth: Challenge = {
  name: 'DEVICE_SRP_AUTH',

  due(ctx, _client, user, passed, carried) {
    // Custom auth leaves every decision to its triggers; a device does not skip them.
    if (carried.FLOW === 'CUSTOM_AUTH' || mfaPassed(passed) || !rememberedDevice(ctx, user, carried.DEVICE_KEY)) return undefined;
    const standsInForMfa = ctx.config.deviceConfiguration?.ChallengeRequiredOnNewDevice === true;
    return standsInForMfa || dueMfa(ctx, user, passed, carried) === undefined ? { parameters: {} } : undefined;
  },

  respond({ ctx, client, session, responses, carried }) {
    const user = sessionUser(ctx, session);
    const deviceKey = requireAnswer(ctx, session, responses, 'DEVICE_KEY');
    const srpA = requireAnswer(ctx, session, responses, 'SRP_A');
    const device = rememberedDevice(ctx, user, deviceKey);
    if (!device?.verifier) throw deviceNotFound();
    if (parseA(srpA) === undefined) throw invalidParameter('SRP_A is invalid: A mod N cannot be 0.');
    const ephemeral = createServerEphemeral(device.verifier.verifier);
    const next = ctx.sessions.create(
      {
        challengeName: 'DEVICE_PASSWORD_VERIFIER',
        clientId: client.ClientId,
        username: user.username,
        passed: [...session.passed, 'DEVICE_SRP_AUTH'],
        data: { SRP_A: srpA, b: ephemeral.b, B: ephemeral.B, DEVICE_KEY: deviceKey },
        carried: { ...carried, DEVICE_KEY: deviceKey },
      },
      // Handed out both as Session and as SECRET_BLOCK (the SDK signs the latter).
      512,
    );
    return {
      ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
      ChallengeParameters: {
        DEVICE_KEY: deviceKey,
        SALT: device.verifier.salt,
        SECRET_BLOCK: next.id,
        SRP_B: ephemeral.B,
        USERNAME: user.username,
      },
      Session: next.id,
    };
  },
};
