/**
 * SELECT_CHALLENGE: USER_AUTH's choice of first factor. The ANSWER names one of
 * AvailableChallenges; PASSWORD comes with PASSWORD, PASSWORD_SRP with SRP_A, in the same
 * ChallengeResponses. A choice not offered, or a missing member, leaves the session usable.
 */
import { invalidParameter } from '../errors.js';
import type { Challenge } from './challenge.js';
import { requiredWith, startFirstFactor } from './first-factor.js';
import { requireAnswer } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

export const selectChallenge: Challenge = {
  name: 'SELECT_CHALLENGE',

  respond({ ctx, client, session, responses, carried, afterPassword, issueChallenge }) {
    const answer = requireAnswer(ctx, session, responses, 'ANSWER');
    const available = JSON.parse(session.data.available ?? '[]') as string[];
    const needed = requiredWith(answer);
    if (!available.includes(answer) || (needed && !responses[needed])) {
      ctx.sessions.keep(session);
      throw invalidParameter(
        available.includes(answer) ? `Missing required parameter ${needed}` : `${answer} is not one of the AvailableChallenges.`,
      );
    }
    const user = session.username === undefined ? undefined : sessionUser(ctx, session);
    return startFirstFactor(answer, {
      ctx,
      client,
      user,
      name: responses.USERNAME ?? '',
      answers: responses,
      carried,
      issue: issueChallenge,
      afterPassword,
    });
  },
};
