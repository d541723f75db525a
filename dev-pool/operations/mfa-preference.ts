/**
 * The user's MFA settings: SetUserMFAPreference / AdminSetUserMFAPreference (SMS, TOTP,
 * e-mail: Enabled, PreferredMfa) and the legacy SetUserSettings / AdminSetUserSettings
 * (MFAOptions, SMS only).
 */
import type { MfaType } from '../config.js';
import type { Json, PoolContext } from '../context.js';
import { invalidParameter } from '../errors.js';
import { canReceive } from '../mfa.js';
import type { UserRecord } from '../users.js';
import { adminUser } from './admin-user.js';
import { signedIn } from './input.js';
import type { Operations } from './operation.js';

const SETTINGS: [member: string, type: MfaType][] = [
  ['SMSMfaSettings', 'SMS_MFA'],
  ['SoftwareTokenMfaSettings', 'SOFTWARE_TOKEN_MFA'],
  ['EmailMfaSettings', 'EMAIL_OTP'],
];

const noDeliveryConfig = (user: UserRecord, type: MfaType) =>
  type !== 'SOFTWARE_TOKEN_MFA'
    ? invalidParameter(`User does not have delivery config set to turn on ${type}`)
    : user.mfa.pendingTotpSecret !== undefined || user.mfa.totp !== undefined
      ? invalidParameter('User has not verified software token mfa')
      : invalidParameter('User has not set up software token mfa');

function enable(user: UserRecord, type: MfaType, on: boolean): void {
  const enabled = user.mfa.enabled.filter((t) => t !== type);
  user.mfa.enabled = on ? [...enabled, type] : enabled;
  if (!on && user.mfa.preferred === type) delete user.mfa.preferred;
  if (!on && type === 'SMS_MFA') delete user.mfa.legacySms;
}

interface Settings {
  Enabled?: unknown;
  PreferredMfa?: unknown;
}

function setPreference(ctx: PoolContext, user: UserRecord, input: Json): Json {
  const given = SETTINGS.flatMap(([member, type]) => {
    const value = input[member];
    if (value === null || typeof value !== 'object') return [];
    const { Enabled, PreferredMfa } = value as Settings;
    return [{ type, settings: { Enabled, PreferredMfa } }];
  });
  if (given.filter((g) => g.settings.PreferredMfa === true).length > 1) {
    throw invalidParameter('Only one MFA type can be preferred.');
  }
  // Check everything before changing anything: a refused request changes nothing.
  for (const { type, settings } of given) {
    const on = settings.Enabled === true || settings.PreferredMfa === true;
    if (on && !canReceive(user, type)) throw noDeliveryConfig(user, type);
  }
  if (ctx.config.mfaConfiguration === 'ON') {
    // Turning off the only way the user can pass MFA would leave a dead end (MFA_SETUP again).
    const off = new Set(given.filter((g) => g.settings.Enabled === false).map((g) => g.type));
    const left = ctx.config.mfaTypes.filter(
      (type) => !off.has(type) && (user.mfa.enabled.includes(type) || (type !== 'SOFTWARE_TOKEN_MFA' && canReceive(user, type))),
    );
    const turnsOn = given.some((g) => g.settings.Enabled === true || g.settings.PreferredMfa === true);
    if (off.size > 0 && left.length === 0 && !turnsOn) {
      throw invalidParameter('The user pool requires MFA: the only MFA method this user can sign in with cannot be turned off.');
    }
  }
  for (const { type, settings } of given) {
    if (settings.Enabled !== undefined || settings.PreferredMfa === true) {
      enable(user, type, settings.Enabled === true || settings.PreferredMfa === true);
    }
    if (settings.PreferredMfa === true) user.mfa.preferred = type;
    else if (settings.PreferredMfa === false && user.mfa.preferred === type) delete user.mfa.preferred;
  }
  user.updatedAt = Date.now();
  return {};
}

/** MFAOptions: [] turns SMS MFA off, [{ DeliveryMedium: SMS, AttributeName: phone_number }] on. */
function setSettings(user: UserRecord, input: Json): Json {
  if (!Array.isArray(input.MFAOptions)) {
    throw invalidParameter("1 validation error detected: Value at 'mFAOptions' failed to satisfy constraint: Member must not be null");
  }
  const options = input.MFAOptions as { DeliveryMedium?: unknown; AttributeName?: unknown }[];
  for (const option of options) {
    if (option?.DeliveryMedium !== 'SMS' || option.AttributeName !== 'phone_number') {
      throw invalidParameter('Only SMS to phone_number can be set through MFAOptions.');
    }
  }
  if (options.length > 0 && !canReceive(user, 'SMS_MFA')) throw noDeliveryConfig(user, 'SMS_MFA');
  enable(user, 'SMS_MFA', options.length > 0);
  if (options.length > 0) user.mfa.legacySms = true;
  user.updatedAt = Date.now();
  return {};
}

export const mfaPreferenceOperations: Operations = {
  SetUserMFAPreference: (ctx, input) => setPreference(ctx, signedIn(ctx, input).user, input),
  AdminSetUserMFAPreference: (ctx, input) => setPreference(ctx, adminUser(ctx, input), input),
  SetUserSettings: (ctx, input) => setSettings(signedIn(ctx, input).user, input),
  AdminSetUserSettings: (ctx, input) => setSettings(adminUser(ctx, input), input),
};
