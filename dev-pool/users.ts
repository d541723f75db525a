/**
 * The user record and the ways Cognito finds a user: by its user name, by a username
 * attribute (pools that sign in with e-mail or phone, where the stored user name is a
 * UUID), or by a verified alias.
 */
import { randomUUID, type JsonWebKey } from 'node:crypto';
import type { PoolConfig } from './config.js';
import type { PoolContext } from './context.js';
import { dict } from './store.js';
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

/** A WebAuthn credential (passkeys.ts registers and uses it). */
export interface PasskeyRecord {
  credentialId: string;
  alg: number;
  jwk: JsonWebKey;
  signCount: number;
  /** The authenticator model (hex AAGUID; all zeros when it does not say). */
  aaguid: string;
  transports: string[];
  attachment?: string;
  friendlyName: string;
  relyingPartyId: string;
  /** Epoch ms. */
  createdAt: number;
  lastUsedAt?: number;
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
  /** WebAuthn credentials (CompleteWebAuthnRegistration), oldest first. */
  passkeys?: PasskeyRecord[];
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

/** Attributes that can name a user at sign-in (username attributes and aliases). */
const NAMING_ATTRIBUTES = ['email', 'phone_number', 'preferred_username'];

const fold = (config: PoolConfig, value: string) => (config.caseSensitive ? value : value.toLowerCase());

/** How an attribute value is compared: e-mail addresses and preferred_username ignore case whatever the pool's setting. */
const normal = (attribute: string, value: string) =>
  attribute === 'email' || attribute === 'preferred_username' ? value.toLowerCase() : value;

/** Users by folded user name and by each naming attribute's value: no lookup scans the pool. */
function usersNamed(ctx: PoolContext, indexKey: string): UserRecord[] {
  return ctx.store.indexes
    .get('users by name', 'users', (user) => [
      `name:${fold(ctx.config, user.username)}`,
      ...NAMING_ATTRIBUTES.filter((a) => user.attributes[a] !== undefined).map((a) => `${a}:${normal(a, user.attributes[a]!)}`),
    ])
    .find(indexKey)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** By Cognito's user name only (what the Admin* APIs and tokens refer to). */
export function findByUsername(ctx: PoolContext, username: string): UserRecord | undefined {
  const exact = ctx.store.state.users[username];
  if (exact) return exact;
  return usersNamed(ctx, `name:${fold(ctx.config, username)}`)[0];
}

/** Sign-in names: the user name, a username attribute, or a verified alias. */
export function findForSignIn(ctx: PoolContext, name: string): UserRecord | undefined {
  const byName = findByUsername(ctx, name);
  if (byName) return byName;
  for (const attribute of ctx.config.usernameAttributes) {
    const found = usersNamed(ctx, `${attribute}:${normal(attribute, name)}`)[0];
    if (found) return found;
  }
  for (const attribute of ctx.config.aliasAttributes) {
    const found = usersNamed(ctx, `${attribute}:${normal(attribute, name)}`).find((u) => isVerifiedAlias(u, attribute));
    if (found) return found;
  }
  return undefined;
}

/** Another user already holding this e-mail/phone as a sign-in name (uniqueness checks). */
export function findOwnerOf(ctx: PoolContext, attribute: string, value: string, except?: UserRecord): UserRecord | undefined {
  const { usernameAttributes, aliasAttributes } = ctx.config;
  if (!usernameAttributes.includes(attribute) && !aliasAttributes.includes(attribute)) return undefined;
  return usersNamed(ctx, `${attribute}:${normal(attribute, value)}`).find(
    (u) => u.username !== except?.username && (usernameAttributes.includes(attribute) || isVerifiedAlias(u, attribute)),
  );
}

const isVerifiedAlias = (user: UserRecord, attribute: string) =>
  attribute === 'preferred_username' || user.attributes[`${attribute}_verified`] === 'true';
