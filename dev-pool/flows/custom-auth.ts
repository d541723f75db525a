/**
 * CUSTOM_AUTH, driven by the `CustomAuth` steps instead of Lambda triggers. With a leading
 * SRP step the client starts as amazon-cognito-identity-js's authenticateUser does
 * (CHALLENGE_NAME=SRP_A and SRP_A: PASSWORD_VERIFIER first, with a Session); without one it
 * starts with USERNAME alone (the SDK's initiateAuth) and goes straight to CUSTOM_CHALLENGE.
 * Without `CustomAuth` the pool answers as Cognito does for a pool without the triggers.
 */
import { incorrectCredentials, invalidParameter, userNotFound } from '../errors.js';
import { findForSignIn } from '../users.js';
import { firstRound } from '../challenges/custom-challenge.js';
import { assertCanSignIn } from '../challenges/can-sign-in.js';
import type { AuthFlow } from './flow.js';
import { requireParam } from './lookup.js';
import { deviceKeyOf, startSrp } from './srp-start.js';

export const customAuth: AuthFlow = {
  names: ['CUSTOM_AUTH'],
  clientFlag: 'ALLOW_CUSTOM_AUTH',

  start({ ctx, client, params }) {
    const custom = ctx.config.customAuth;
    if (!custom) throw invalidParameter('Custom auth lambda trigger is not configured for the user pool.');
    const name = requireParam(params, 'USERNAME');
    const carried = { FLOW: 'CUSTOM_AUTH', ...deviceKeyOf(params) };
    const srpFirst = custom.steps[0]?.type === 'SRP';
    const srpGiven = params.CHALLENGE_NAME === 'SRP_A';
    if (srpFirst) {
      // DefineAuthChallenge would see no SRP_A in the session and fail the attempt.
      if (!srpGiven) throw incorrectCredentials();
      return startSrp(ctx, client, params, carried, true);
    }
    if (srpGiven) {
      throw invalidParameter(
        'CustomAuth.Steps do not start with SRP, but the request sent CHALLENGE_NAME=SRP_A (authenticateUser does); start a password-less custom sign-in with USERNAME only (initiateAuth).',
      );
    }
    const user = findForSignIn(ctx, name);
    if (!user && client.PreventUserExistenceErrors !== 'ENABLED') throw userNotFound();
    if (user) assertCanSignIn(user);
    return firstRound(ctx, client, user, name, carried);
  },
};
