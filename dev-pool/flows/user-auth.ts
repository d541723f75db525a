/**
 * USER_AUTH, choice-based sign-in (client flow ALLOW_USER_AUTH): with PREFERRED_CHALLENGE
 * naming a factor the user has, that factor starts at once; otherwise SELECT_CHALLENGE lists
 * AvailableChallenges. With the Session that ConfirmSignUp returned, the new user is signed
 * in without a further factor (Cognito's sign-in after sign-up).
 */
import { FIRST_FACTOR_CHALLENGES, availableChallenges, offerChoices, startFirstFactor } from '../challenges/first-factor.js';
import { assertCanSignIn } from '../challenges/can-sign-in.js';
import { afterPassword, continueSignIn, issueChallenge } from '../challenges/sign-in-flow.js';
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { invalidParameter, sessionExpired, userNotFound } from '../errors.js';
import { findForSignIn } from '../users.js';
import type { AuthFlow } from './flow.js';
import { requireParam } from './lookup.js';
import { deviceKeyOf } from './srp-start.js';

/** The challenge name of the session ConfirmSignUp hands out for the sign-in that follows. */
export const SIGN_IN_AFTER_SIGN_UP = 'SIGN_IN_AFTER_SIGN_UP';

function signInAfterSignUp(ctx: PoolContext, client: ClientConfig, name: string, handle: unknown, carried: Record<string, string>): Json {
  const session = ctx.sessions.take(handle, SIGN_IN_AFTER_SIGN_UP);
  const user = findForSignIn(ctx, name);
  if (session.clientId !== client.ClientId || !user || user.username !== session.username) throw sessionExpired();
  assertCanSignIn(user);
  return continueSignIn(ctx, client, user, ['CONFIRM_SIGN_UP'], carried);
}

export const userAuth: AuthFlow = {
  names: ['USER_AUTH'],
  clientFlag: 'ALLOW_USER_AUTH',

  start({ ctx, client, params, input }) {
    const name = requireParam(params, 'USERNAME');
    const carried = { FLOW: 'USER_AUTH', ...deviceKeyOf(params) };
    if (input.Session !== undefined) return signInAfterSignUp(ctx, client, name, input.Session, carried);
    const preferred = params.PREFERRED_CHALLENGE;
    if (preferred !== undefined && !FIRST_FACTOR_CHALLENGES.includes(preferred)) {
      throw invalidParameter(`PREFERRED_CHALLENGE must be one of ${FIRST_FACTOR_CHALLENGES.join(', ')}.`);
    }
    const user = findForSignIn(ctx, name);
    if (!user && client.PreventUserExistenceErrors !== 'ENABLED') throw userNotFound();
    if (user) assertCanSignIn(user);
    const available = availableChallenges(ctx, user);
    if (preferred && available.includes(preferred)) {
      return startFirstFactor(preferred, {
        ctx,
        client,
        user,
        name,
        answers: params,
        carried,
        issue: (u, challenge, due, passed) => issueChallenge(ctx, client, u, challenge, due, passed, carried),
        afterPassword: (u, passed) => afterPassword(ctx, client, u, passed, carried),
      });
    }
    return offerChoices(ctx, client, user, available, carried);
  },
};
