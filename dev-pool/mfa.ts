/**
 * Which MFA challenge, if any, stands between a user who proved the password and the tokens:
 * the pool's MfaConfiguration and MfaConfig, the user's settings (SetUserMFAPreference),
 * what the user can actually receive, and what this sign-in already passed.
 */
import type { MfaType } from './config.js';
import type { PoolContext } from './context.js';
import { deliveryDetails } from './delivery.js';
import { newCode } from './codes.js';
import type { UserRecord } from './users.js';

export type MfaStep = MfaType | 'SELECT_MFA_TYPE' | 'MFA_SETUP';

/** Challenges that, once passed, satisfy MFA for this sign-in. */
const SATISFIES_MFA = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP', 'MFA_SETUP'];

export const mfaPassed = (passed: string[]): boolean => passed.some((name) => SATISFIES_MFA.includes(name));

/**
 * A USER_AUTH sign-in by a passwordless first factor (a code by SMS or e-mail, a passkey) is
 * not followed by MFA, nor is the sign-in that ConfirmSignUp's Session starts (Cognito counts
 * confirming the sign-up code as the second factor of a user's first sign-in).
 */
const NO_MFA_AFTER = ['SMS_OTP', 'WEB_AUTHN', 'CONFIRM_SIGN_UP'];

/**
 * Cognito's "delivery config" for a type: a phone number for SMS ("Phone numbers don't need
 * to be verified to be used for SMS MFA"), a verified authenticator for TOTP, an e-mail
 * address for e-mail codes.
 */
export function canReceive(user: UserRecord, type: MfaType): boolean {
  switch (type) {
    case 'SMS_MFA':
      return Boolean(user.attributes.phone_number);
    case 'SOFTWARE_TOKEN_MFA':
      return user.mfa.totp?.verified === true;
    case 'EMAIL_OTP':
      return Boolean(user.attributes.email);
  }
}

/**
 * The types a user can be challenged with: those the user turned on, that the pool offers and
 * that can reach the user. In a pool that requires MFA, a user who turned nothing on still
 * gets a code by SMS or e-mail where one can be delivered, as Cognito does; only when nothing
 * can reach the user does MFA_SETUP follow.
 */
export function mfaChoices(ctx: PoolContext, user: UserRecord): MfaType[] {
  const offered = ctx.config.mfaTypes.filter((type) => canReceive(user, type));
  const chosen = offered.filter((type) => user.mfa.enabled.includes(type));
  if (chosen.length > 0 || ctx.config.mfaConfiguration !== 'ON') return chosen;
  return offered.filter((type) => type !== 'SOFTWARE_TOKEN_MFA');
}

export function dueMfa(
  ctx: PoolContext,
  user: UserRecord,
  passed: string[],
  carried: Record<string, string>,
): MfaStep | undefined {
  const { mfaConfiguration, deviceConfiguration } = ctx.config;
  // CUSTOM_AUTH leaves extra factors to its triggers; ours never ask for MFA.
  if (mfaConfiguration === 'OFF' || carried.FLOW === 'CUSTOM_AUTH') return undefined;
  if (mfaPassed(passed) || passed.some((name) => NO_MFA_AFTER.includes(name))) return undefined;
  if (passed.includes('DEVICE_PASSWORD_VERIFIER') && deviceConfiguration?.ChallengeRequiredOnNewDevice) return undefined;
  const choices = mfaChoices(ctx, user);
  if (choices.length === 0) return mfaConfiguration === 'ON' ? 'MFA_SETUP' : undefined;
  const preferred = choices.find((type) => type === user.mfa.preferred);
  if (preferred) return preferred;
  return choices.length === 1 ? choices[0] : 'SELECT_MFA_TYPE';
}

/**
 * Sends an SMS or e-mail code to the inbox (unmasked) and returns the challenge parameters
 * Cognito shows for it (masked): MFA codes (kind MFA), and the first-factor codes of USER_AUTH
 * (SMS_OTP, or EMAIL_OTP as a first factor: kind SIGN_IN).
 */
export function sendMfaCode(
  ctx: PoolContext,
  user: UserRecord,
  type: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP',
  kind: 'MFA' | 'SIGN_IN' = 'MFA',
): { code: string; parameters: Record<string, string> } {
  const attribute = type === 'EMAIL_OTP' ? 'email' : 'phone_number';
  const destination = user.attributes[attribute] ?? '';
  const code = newCode(ctx.config.fixedCode);
  const details = deliveryDetails(attribute, destination);
  ctx.inbox.send({ username: user.username, destination, medium: details.DeliveryMedium, kind, code });
  return {
    code,
    parameters: {
      CODE_DELIVERY_DELIVERY_MEDIUM: details.DeliveryMedium,
      CODE_DELIVERY_DESTINATION: details.Destination,
    },
  };
}
