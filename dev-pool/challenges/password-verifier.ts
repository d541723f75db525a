/**
 * PASSWORD_VERIFIER, the second half of USER_SRP_AUTH. The SECRET_BLOCK handed out by
 * InitiateAuth is the handle of this challenge's session (Cognito returns no Session here).
 */
import { incorrectCredentials, invalidParameter } from '../errors.js';
import { isSrpTimestamp, parseA, verifyPasswordClaim } from '../srp.js';
import type { Challenge } from './challenge.js';
import { assertNotLocked, passwordRejected } from './password-check.js';

export const passwordVerifier: Challenge = {
  name: 'PASSWORD_VERIFIER',

  sessionHandle: (_input, responses) => responses.PASSWORD_CLAIM_SECRET_BLOCK,

  respond({ ctx, session, responses, afterPassword }) {
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
    return afterPassword(user, [...session.passed, 'PASSWORD_VERIFIER']);
  },
};
