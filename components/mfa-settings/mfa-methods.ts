import type { MfaPreference, MfaType, UserProfile } from '../../src/auth/types.js';
import type { MessageKey } from '../../src/i18n/en.js';

/** The `methods` attribute's words, and what each one is in Cognito and in MfaPreference. */
export const METHODS = {
  sms: { type: 'SMS_MFA', key: 'sms' },
  totp: { type: 'SOFTWARE_TOKEN_MFA', key: 'totp' },
  email: { type: 'EMAIL_OTP', key: 'email' },
} as const satisfies Record<string, { type: MfaType; key: keyof MfaPreference }>;

export type MethodName = keyof typeof METHODS;
export const TOTP: MfaType = 'SOFTWARE_TOKEN_MFA';

const byType = (type: MfaType) => Object.values(METHODS).find((method) => method.type === type)!;

/** The user's choice: which types are on, and which one is preferred. */
export interface Selection {
  enabled: MfaType[];
  preferred?: MfaType;
}

/** What the profile says now (types Cognito reports that this library does not know are left out). */
export function selectionOf(profile: UserProfile): Selection {
  const known = Object.values(METHODS).map((method) => method.type as string);
  const enabled = profile.mfa.enabled.filter((type): type is MfaType => known.includes(type));
  const preferred = enabled.find((type) => type === profile.mfa.preferred);
  return { enabled, preferred };
}

/** The types to offer: those listed in `methods`, and any the user has on already (to turn off). */
export function offered(methods: readonly string[], current: Selection): MfaType[] {
  const listed = methods.filter((name): name is MethodName => name in METHODS).map((name) => METHODS[name].type as MfaType);
  return Object.values(METHODS)
    .map((method) => method.type as MfaType)
    .filter((type) => listed.includes(type) || current.enabled.includes(type));
}

/**
 * Why a type cannot be turned on (the message key), or undefined when it can: SMS needs a
 * verified phone number, e-mail a verified address (Cognito refuses otherwise).
 */
export function unavailable(profile: UserProfile, type: MfaType): MessageKey | undefined {
  const { attributes } = profile;
  if (type === 'SMS_MFA' && !(attributes.phone_number && attributes.phone_number_verified === 'true')) return 'mfaSettings.needsPhone';
  if (type === 'EMAIL_OTP' && !(attributes.email && attributes.email_verified === 'true')) return 'mfaSettings.needsEmail';
  return undefined;
}

/** With one type on, it is the preferred one; with several, the chosen one (or the first). */
export function settle(enabled: MfaType[], preferred?: MfaType): Selection {
  if (enabled.length === 0) return { enabled };
  return { enabled, preferred: preferred && enabled.includes(preferred) ? preferred : enabled[0] };
}

/** SetUserMFAPreference's input: only the types whose state changes. */
export function preferenceFor(types: readonly MfaType[], from: Selection, to: Selection): MfaPreference {
  const preference: MfaPreference = {};
  for (const type of types) {
    const next = { enabled: to.enabled.includes(type), preferred: to.preferred === type };
    const now = { enabled: from.enabled.includes(type), preferred: from.preferred === type };
    if (next.enabled !== now.enabled || next.preferred !== now.preferred) preference[byType(type).key] = next;
  }
  return preference;
}

/** Whether `to` turns off a method that `from` has on (a weaker sign-in: worth the current password). */
export const turnsOff = (from: Selection, to: Selection): boolean => from.enabled.some((type) => !to.enabled.includes(type));

/** The profile after a change, for when reading it back from Cognito failed. */
export function appliedTo(profile: UserProfile, selection: Selection): UserProfile {
  return { ...profile, mfa: { enabled: [...selection.enabled], preferred: selection.preferred } };
}

/** The label key of each type (shared with `<cognito-mfa-prompt>`). */
export const TYPE_LABELS: Record<MfaType, MessageKey> = {
  SMS_MFA: 'mfa.type.SMS_MFA',
  SOFTWARE_TOKEN_MFA: 'mfa.type.SOFTWARE_TOKEN_MFA',
  EMAIL_OTP: 'mfa.type.EMAIL_OTP',
};
