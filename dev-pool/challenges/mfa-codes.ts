/** What the code-answered MFA challenges share: retries, and the SMS / e-mail pair. */
import { CognitoError, invalidParameter } from '../errors.js';
import type { PoolContext } from '../context.js';
import { dueMfa, sendMfaCode } from '../mfa.js';
import type { ChallengeSession } from '../sessions.js';
import type { Challenge } from './challenge.js';
import { sessionUser } from './session-user.js';

/** Cognito lets a user mistype an MFA code a few times within the same session. */
export const WRONG_CODES_ALLOWED = 3;

export const mfaCodeMismatch = () => new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');

/**
 * Counts a wrong code and returns the error to throw; the session stays usable (until it
 * expires) for the next attempt, and is spent after the last one allowed.
 */
export function wrongCode(ctx: PoolContext, session: ChallengeSession, error: CognitoError = mfaCodeMismatch()): CognitoError {
  const failures = Number(session.data.failures ?? '0') + 1;
  session.data.failures = String(failures);
  if (failures < WRONG_CODES_ALLOWED) ctx.sessions.keep(session);
  return error;
}

/** A missing answer is a malformed request, not a wrong code: the session survives it. */
export function requireAnswer(ctx: PoolContext, session: ChallengeSession, responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (!value) {
    ctx.sessions.keep(session);
    throw invalidParameter(`Missing required parameter ${name}`);
  }
  return value.trim();
}

/**
 * SMS_MFA and EMAIL_OTP (MFA, or EMAIL_OTP as USER_AUTH's first factor), SMS_OTP: a code
 * sent when the challenge is issued, answered as `answer`.
 */
export function deliveredCodeChallenge(name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP', answer: string): Challenge {
  const prompt: Challenge['prompt'] = (ctx, user) => {
    const { code, parameters } = sendMfaCode(ctx, user, name);
    return { parameters, data: { code } };
  };
  return {
    name,
    due: (ctx, _client, user, passed, carried) => (dueMfa(ctx, user, passed, carried) === name ? prompt(ctx, user) : undefined),
    prompt,
    respond({ ctx, session, responses, continueSignIn }) {
      const user = sessionUser(ctx, session);
      const code = requireAnswer(ctx, session, responses, answer);
      if (code !== session.data.code) throw wrongCode(ctx, session);
      return continueSignIn(user, [...session.passed, name]);
    },
  };
}
