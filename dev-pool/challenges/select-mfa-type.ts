/**
 * SELECT_MFA_TYPE: the user has several MFA types and prefers none. MFAS_CAN_CHOOSE lists
 * them as a JSON array string; the ANSWER names one, and that challenge follows at once
 * (a code is sent only then).
 */
import { invalidParameter } from '../errors.js';
import { dueMfa, mfaChoices } from '../mfa.js';
import type { Challenge } from './challenge.js';
import { requireAnswer } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

/** Cognito's documentation names e-mail MFA EMAIL_MFA in this answer; the challenge is EMAIL_OTP. */
const ALIASES: Record<string, string> = { EMAIL_MFA: 'EMAIL_OTP' };

export const selectMfaType: Challenge = {
  name: 'SELECT_MFA_TYPE',

  due(ctx, _client, user, passed, carried) {
    if (dueMfa(ctx, user, passed, carried) !== 'SELECT_MFA_TYPE') return undefined;
    const choices = JSON.stringify(mfaChoices(ctx, user));
    return { parameters: { MFAS_CAN_CHOOSE: choices }, data: { choices } };
  },

  respond({ ctx, session, responses, startChallenge }) {
    const user = sessionUser(ctx, session);
    const answer = requireAnswer(ctx, session, responses, 'ANSWER');
    const chosen = ALIASES[answer] ?? answer;
    if (!(JSON.parse(session.data.choices ?? '[]') as string[]).includes(chosen)) {
      ctx.sessions.keep(session);
      throw invalidParameter(`The MFA type ${answer} is not one of MFAS_CAN_CHOOSE.`);
    }
    return startChallenge(user, chosen, [...session.passed, 'SELECT_MFA_TYPE']);
  },
};
