/**
 * AssociateSoftwareToken and VerifySoftwareToken: setting up an authenticator app, either
 * inside a sign-in's MFA_SETUP challenge (with its Session, each call answering with the next
 * Session) or for a signed-in user (with the AccessToken; SetUserMFAPreference then turns
 * it on, as on AWS).
 */
import type { Json, PoolContext } from '../context.js';
import { CognitoError, invalidParameter } from '../errors.js';
import type { MfaSetupStage } from '../challenges/mfa-setup.js';
import { wrongCode } from '../challenges/mfa-codes.js';
import { sessionUser } from '../challenges/session-user.js';
import { newTotpSecret, verifyTotp } from '../totp.js';
import type { UserRecord } from '../users.js';
import { optionalString, requireString, signedIn } from './input.js';
import type { Operations } from './operation.js';

const codeMismatch = () => new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
const notAssociated = () =>
  new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA has not been associated with the user.');

/** SoftwareTokenMFANotFoundException also means "TOTP is not on for this user pool". */
function assertPoolOffersTotp(ctx: PoolContext): void {
  if (!ctx.config.mfaTypes.includes('SOFTWARE_TOKEN_MFA')) {
    throw new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA is not enabled for the user pool.');
  }
}

function exactlyOneOf(input: Json): 'Session' | 'AccessToken' {
  const session = optionalString(input, 'Session');
  const token = optionalString(input, 'AccessToken');
  if (Boolean(session) === Boolean(token)) throw invalidParameter('Either AccessToken or Session must be provided, not both.');
  return session ? 'Session' : 'AccessToken';
}

function register(user: UserRecord, secret: string, friendlyName: string | undefined): void {
  user.mfa.totp = { secret, verified: true, ...(friendlyName ? { friendlyName } : {}) };
  delete user.mfa.pendingTotpSecret;
  user.updatedAt = Date.now();
}

export const softwareTokenOperations: Operations = {
  AssociateSoftwareToken(ctx, input) {
    const secret = newTotpSecret();
    if (exactlyOneOf(input) === 'AccessToken') {
      const { user } = signedIn(ctx, input);
      assertPoolOffersTotp(ctx);
      user.mfa.pendingTotpSecret = secret;
      return { SecretCode: secret };
    }
    const session = ctx.sessions.take(input.Session, 'MFA_SETUP');
    sessionUser(ctx, session);
    assertPoolOffersTotp(ctx);
    if (session.data.stage === 'VERIFIED') {
      ctx.sessions.keep(session);
      throw invalidParameter('The software token is already verified: answer MFA_SETUP with this Session.');
    }
    const stage: MfaSetupStage = 'VERIFY';
    return { SecretCode: secret, Session: ctx.sessions.renew(session, { stage, secret }).id };
  },

  VerifySoftwareToken(ctx, input) {
    const code = requireString(input, 'UserCode').trim();
    const friendlyName = optionalString(input, 'FriendlyDeviceName');
    if (exactlyOneOf(input) === 'AccessToken') {
      const { user } = signedIn(ctx, input);
      const secret = user.mfa.pendingTotpSecret;
      if (!secret) throw notAssociated();
      if (!verifyTotp(secret, code)) throw codeMismatch();
      register(user, secret, friendlyName);
      return { Status: 'SUCCESS' };
    }
    const session = ctx.sessions.take(input.Session, 'MFA_SETUP');
    const user = sessionUser(ctx, session);
    const secret = session.data.stage === 'VERIFY' ? session.data.secret : undefined;
    if (!secret) {
      ctx.sessions.keep(session);
      throw notAssociated();
    }
    if (!verifyTotp(secret, code)) throw wrongCode(ctx, session, codeMismatch());
    register(user, secret, friendlyName);
    // Set up to pass MFA_SETUP, the authenticator is the user's MFA from now on.
    if (!user.mfa.enabled.includes('SOFTWARE_TOKEN_MFA')) user.mfa.enabled.push('SOFTWARE_TOKEN_MFA');
    user.mfa.preferred = 'SOFTWARE_TOKEN_MFA';
    const stage: MfaSetupStage = 'VERIFIED';
    return { Status: 'SUCCESS', Session: ctx.sessions.renew(session, { stage }).id };
  },
};
