/**
 * USER_AUTH's first factors: which ones a user may choose (AvailableChallenges) and how each
 * starts, whether named up front (PREFERRED_CHALLENGE) or picked at SELECT_CHALLENGE.
 * The sign-in machinery comes in as functions, so this module imports no challenge list.
 */
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { incorrectCredentials, invalidParameter, notAuthorized } from '../errors.js';
import { startSrp } from '../flows/srp-start.js';
import { sendMfaCode } from '../mfa.js';
import { passkeysOf, requestOptions } from '../passkeys.js';
import type { UserRecord } from '../users.js';
import type { DueChallenge } from './challenge.js';
import { checkSentPassword } from './password-check.js';

export const FIRST_FACTOR_CHALLENGES = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

const verified = (user: UserRecord, attribute: string) =>
  Boolean(user.attributes[attribute]) && user.attributes[`${attribute}_verified`] === 'true';

/**
 * What the pool allows and the user has: a code only to a verified e-mail or phone, a passkey
 * only once one is registered, a password only if the user has one. Passwordless factors are
 * for confirmed users (one with a temporary password must set a new one first) in pools
 * that do not require MFA. A user that
 * does not exist (existence errors prevented) is offered the password factors, which fail.
 */
export function availableChallenges(ctx: PoolContext, user: UserRecord | undefined): string[] {
  const allowed = ctx.config.allowedFirstAuthFactors;
  if (!user) return ['PASSWORD', 'PASSWORD_SRP'];
  // Where MFA is required, a code or passkey alone would skip it: Cognito offers them only
  // with MFA optional or off (passkey sign-in with MFA required needs passkey MFA, not modelled).
  const passwordless = user.status === 'CONFIRMED' && ctx.config.mfaConfiguration !== 'ON';
  const available: string[] = [];
  if (allowed.includes('WEB_AUTHN') && passwordless && ctx.config.webAuthn.relyingPartyId && passkeysOf(ctx, user).length > 0) {
    available.push('WEB_AUTHN');
  }
  if (allowed.includes('EMAIL_OTP') && passwordless && verified(user, 'email')) available.push('EMAIL_OTP');
  if (allowed.includes('SMS_OTP') && passwordless && verified(user, 'phone_number')) available.push('SMS_OTP');
  if (user.password) available.push('PASSWORD', 'PASSWORD_SRP');
  return available;
}

export interface FirstFactorArgs {
  ctx: PoolContext;
  client: ClientConfig;
  /** Undefined: the decoy of a user that does not exist. */
  user: UserRecord | undefined;
  /** The name the user typed (USERNAME). */
  name: string;
  /** AuthParameters or ChallengeResponses: PASSWORD, SRP_A, DEVICE_KEY. */
  answers: Record<string, string>;
  carried: Record<string, string>;
  issue(user: UserRecord, name: string, due: DueChallenge, passed: string[]): Json;
  afterPassword(user: UserRecord, passed: string[]): Json;
}

/** The members a factor needs with it, checked before anything is sent or spent. */
export function requiredWith(factor: string): string | undefined {
  return factor === 'PASSWORD' ? 'PASSWORD' : factor === 'PASSWORD_SRP' ? 'SRP_A' : undefined;
}

export function startFirstFactor(factor: string, args: FirstFactorArgs): Json {
  const { ctx, client, user, answers, carried } = args;
  const needed = requiredWith(factor);
  if (needed && !answers[needed]) throw invalidParameter(`Missing required parameter ${needed}`);
  if (factor === 'PASSWORD_SRP') return startSrp(ctx, client, { USERNAME: args.name, SRP_A: answers.SRP_A! }, carried, true);
  if (!user) throw incorrectCredentials();
  switch (factor) {
    case 'PASSWORD':
      checkSentPassword(ctx, user, answers.PASSWORD!, carried.DEVICE_KEY);
      return args.afterPassword(user, ['PASSWORD']);
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
      const { code, parameters } = sendMfaCode(ctx, user, factor, 'SIGN_IN');
      return args.issue(user, factor, { parameters, data: { code } }, []);
    }
    case 'WEB_AUTHN': {
      const { options, data } = requestOptions(ctx, user, client.authSessionMinutes * 60_000);
      return args.issue(user, 'WEB_AUTHN', { parameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }, data }, []);
    }
    default:
      throw notAuthorized(`${factor} is not a first factor.`);
  }
}

/** SELECT_CHALLENGE: the choices, under a Session that remembers them. */
export function offerChoices(ctx: PoolContext, client: ClientConfig, user: UserRecord | undefined, available: string[], carried: Record<string, string>): Json {
  if (available.length === 0) throw notAuthorized('The user has no sign-in method the user pool allows.');
  const session = ctx.sessions.create({
    challengeName: 'SELECT_CHALLENGE',
    clientId: client.ClientId,
    username: user?.username,
    passed: [],
    data: { available: JSON.stringify(available) },
    carried,
  });
  return { ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: available, ChallengeParameters: {}, Session: session.id };
}
