/**
 * The user record and the ways Cognito finds a user: by its user name, by a username
 * attribute (pools that sign in with e-mail or phone, where the stored user name is a
 * UUID), or by a verified alias.
 */
import { randomUUID } from 'node:crypto';
import type { PoolConfig } from './config.js';
import { dict, type PoolState } from './store.js';
import type { PasswordVerifier } from './srp.js';

export type UserStatus =
  | 'UNCONFIRMED'
  | 'CONFIRMED'
  | 'FORCE_CHANGE_PASSWORD'
  | 'RESET_REQUIRED'
  | 'ARCHIVED'
  | 'COMPROMISED'
  | 'EXTERNAL_PROVIDER'
  | 'UNKNOWN';

export interface StoredPassword extends PasswordVerifier {
  /** Set by AdminCreateUser / AdminSetUserPassword Permanent=false: forces NEW_PASSWORD_REQUIRED. */
  temporary: boolean;
  setAt: number;
}

export interface MfaSettings {
  /** SMS_MFA | SOFTWARE_TOKEN_MFA | EMAIL_OTP, as GetUser's UserMFASettingList. */
  enabled: string[];
  preferred?: string;
  /** The authenticator app, once VerifySoftwareToken accepted a code from it (base32 secret). */
  totp?: { secret: string; verified: boolean; friendlyName?: string };
  /** A secret from AssociateSoftwareToken (access token) awaiting VerifySoftwareToken. */
  pendingTotpSecret?: string;
  /** SMS turned on through the legacy SetUserSettings: GetUser then reports MFAOptions. */
  legacySms?: boolean;
}

export interface DeviceRecord {
  deviceKey: string;
  deviceGroupKey: string;
  /** SRP verifier of the device secret (DEVICE_SRP_AUTH); set by ConfirmDevice. */
  verifier?: PasswordVerifier;
  /** device_name and friends, as DeviceAttributes lists them. */
  attributes: Record<string, string>;
  remembered: boolean;
  createdAt: number;
  updatedAt: number;
  lastAuthenticatedAt: number;
}

export interface UserRecord {
  username: string;
  /** Every attribute as Cognito lists it, including sub and *_verified ("true"/"false"). */
  attributes: Record<string, string>;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
  password?: StoredPassword;
  mfa: MfaSettings;
  devices: Record<string, DeviceRecord>;
  /** One per user, shared by its devices: the "pool name" of device SRP. */
  deviceGroupKey?: string;
  /**
   * New e-mail / phone values waiting for VerifyUserAttribute, in pools whose
   * AttributesRequireVerificationBeforeUpdate keeps the old value until then.
   */
  pendingAttributes?: Record<string, string>;
  /** Consecutive wrong passwords; Cognito locks sign-in for a while after five. */
  failedSignIns: number;
  lockedUntil?: number;
  /** The groups the user belongs to (AdminAddUserToGroup), by name. */
  groups?: string[];
}

export const STANDARD_ATTRIBUTES = new Set([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'locale',
  'middle_name', 'name', 'nickname', 'phone_number', 'phone_number_verified', 'picture',
  'preferred_username', 'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+[0-9]{4,15}$/;

export function newUser(username: string, attributes: Record<string, string>, now: number): UserRecord {
  const sub = attributes.sub ?? randomUUID();
  return {
    username,
    attributes: dict({ sub, ...attributes }),
    status: 'UNCONFIRMED',
    enabled: true,
    createdAt: now,
    updatedAt: now,
    mfa: { enabled: [] },
    devices: dict(),
    failedSignIns: 0,
  };
}

export const attributeList = (user: UserRecord) =>
  Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }));

const fold = (config: PoolConfig, value: string) => (config.caseSensitive ? value : value.toLowerCase());

/** By Cognito's user name only (what the Admin* APIs and tokens refer to). */
export function findByUsername(state: PoolState, config: PoolConfig, username: string): UserRecord | undefined {
  const exact = state.users[username];
  if (exact) return exact;
  const wanted = fold(config, username);
  return Object.values(state.users).find((u) => fold(config, u.username) === wanted);
}

/** Sign-in names: the user name, a username attribute, or a verified alias. */
export function findForSignIn(state: PoolState, config: PoolConfig, name: string): UserRecord | undefined {
  const byName = findByUsername(state, config, name);
  if (byName) return byName;
  const users = Object.values(state.users);
  for (const attribute of config.usernameAttributes) {
    const found = users.find((u) => sameValue(attribute, u.attributes[attribute], name));
    if (found) return found;
  }
  for (const attribute of config.aliasAttributes) {
    const found = users.find(
      (u) => sameValue(attribute, u.attributes[attribute], name) && isVerifiedAlias(u, attribute),
    );
    if (found) return found;
  }
  return undefined;
}

/** Another user already holding this e-mail/phone as a sign-in name (uniqueness checks). */
export function findOwnerOf(
  state: PoolState,
  config: PoolConfig,
  attribute: string,
  value: string,
  except?: UserRecord,
): UserRecord | undefined {
  const claims = config.usernameAttributes.includes(attribute) || config.aliasAttributes.includes(attribute);
  if (!claims) return undefined;
  return Object.values(state.users).find(
    (u) =>
      u !== except &&
      sameValue(attribute, u.attributes[attribute], value) &&
      (config.usernameAttributes.includes(attribute) || isVerifiedAlias(u, attribute)),
  );
}

const isVerifiedAlias = (user: UserRecord, attribute: string) =>
  attribute === 'preferred_username' || user.attributes[`${attribute}_verified`] === 'true';

function sameValue(attribute: string, stored: string | undefined, given: string): boolean {
  if (stored === undefined) return false;
  // E-mail addresses compare case-insensitively in Cognito whatever the pool's case setting.
  return attribute === 'email' || attribute === 'preferred_username'
    ? stored.toLowerCase() === given.toLowerCase()
    : stored === given;
}
