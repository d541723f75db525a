/**
 * PASSWORD_VERIFIER, the second half of USER_SRP_AUTH (and of CUSTOM_AUTH's SRP step). The
 * SECRET_BLOCK handed out by InitiateAuth is the handle of this challenge's session.
 */
import { assertKnownDevice } from '../devices.js';
import { CognitoError, incorrectCredentials, invalidParameter } from '../errors.js';
import { isSrpTimestamp, parseA, verifyPasswordClaim } from '../srp.js';
import type { Challenge } from './challenge.js';
import { assertNotLocked, passwordRejected } from './password-check.js';

export const passwordVerifier: Challenge = {
  name: 'PASSWORD_VERIFIER',

  sessionHandle: (_input, responses) => responses.PASSWORD_CLAIM_SECRET_BLOCK,

  respond({ ctx, session, responses, carried, afterPassword }) {
    for (const name of ['PASSWORD_CLAIM_SIGNATURE', 'PASSWORD_CLAIM_SECRET_BLOCK', 'TIMESTAMP']) {
      if (!responses[name]) throw invalidParameter(`Missing required parameter ${name}`);
    }
    // The decoy session of a user that does not exist (PreventUserExistenceErrors).
    const user = session.username === undefined ? undefined : ctx.store.state.users[session.username];
    if (!user?.password) throw incorrectCredentials();
    assertNotLocked(user);
    // Cognito takes only the SDK's exact format (day not zero-padded, true weekday).
    if (!isSrpTimestamp(responses.TIMESTAMP!)) throw passwordRejected(user);
    const A = parseA(session.data.SRP_A ?? '');
    const ok =
      A !== undefined &&
      verifyPasswordClaim({
        poolName: ctx.config.poolName,
        userId: user.username,
        A,
        ephemeral: { b: session.data.b!, B: session.data.B! },
        stored: user.password,
        secretBlock: responses.PASSWORD_CLAIM_SECRET_BLOCK!,
        timestamp: responses.TIMESTAMP!,
        signature: responses.PASSWORD_CLAIM_SIGNATURE!,
      });
    if (!ok) throw passwordRejected(user);
    try {
      assertKnownDevice(ctx, user, carried.DEVICE_KEY);
    } catch (error) {
      // amazon-cognito-identity-js answers "Device does not exist." by sending this very
      // request again without DEVICE_KEY, so the session must survive, minus the stale key.
      if (error instanceof CognitoError) {
        const { DEVICE_KEY: _stale, ...rest } = session.carried ?? {};
        session.carried = rest;
        ctx.sessions.keep(session);
      }
      throw error;
    }
    return afterPassword(user, [...session.passed, 'PASSWORD_VERIFIER']);
  },
};
