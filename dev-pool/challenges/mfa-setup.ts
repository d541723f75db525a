/**
 * MFA_SETUP: MFA is required and nothing can reach the user. MFAS_CAN_SETUP lists the
 * pool's types; an authenticator is set up within the sign-in: AssociateSoftwareToken with
 * this Session (a secret and a new Session), VerifySoftwareToken with that one (a code from
 * the app, another Session), then this challenge with the last Session issues the tokens.
 * SMS and e-mail are set up, as on AWS, by giving the user the attribute and signing in again.
 * The stage of the session (data.stage) is what operations/software-token.ts moves along.
 */
import { invalidParameter } from '../errors.js';
import { dueMfa } from '../mfa.js';
import type { Challenge } from './challenge.js';
import { sessionUser } from './session-user.js';

export type MfaSetupStage = 'ASSOCIATE' | 'VERIFY' | 'VERIFIED';

export const mfaSetup: Challenge = {
  name: 'MFA_SETUP',

  due(ctx, _client, user, passed, carried) {
    if (dueMfa(ctx, user, passed, carried) !== 'MFA_SETUP') return undefined;
    const stage: MfaSetupStage = 'ASSOCIATE';
    return { parameters: { MFAS_CAN_SETUP: JSON.stringify(ctx.config.mfaTypes) }, data: { stage } };
  },

  respond({ ctx, session, continueSignIn }) {
    const user = sessionUser(ctx, session);
    if (session.data.stage !== 'VERIFIED') {
      ctx.sessions.keep(session);
      throw invalidParameter('Answer MFA_SETUP with the Session that VerifySoftwareToken returned.');
    }
    return continueSignIn(user, [...session.passed, 'MFA_SETUP']);
  },
};
