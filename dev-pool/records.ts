/**
 * The shapes of the records the store keeps (users, codes, sign-ins, messages, identities,
 * groups), apart from the modules that work on them, so the store depends on shapes only and
 * no module cycle runs through it. Each module re-exports the shapes it owns.
 */
import type { JsonWebKey } from 'node:crypto';
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

export type CodePurpose = 'CONFIRM_SIGN_UP' | 'FORGOT_PASSWORD' | 'VERIFY_ATTRIBUTE';

export interface CodeFor {
  purpose: CodePurpose;
  username: string;
  /** VERIFY_ATTRIBUTE keeps one code per attribute. */
  attribute?: string;
}

export interface CodeRecord extends CodeFor {
  code: string;
  expiresAt: number;
  failures: number;
}

export interface SignInRecord {
  originJti: string;
  username: string;
  clientId: string;
  refreshToken: string;
  /** Epoch seconds of the authentication (auth_time, kept across refreshes). */
  authTime: number;
  eventId: string;
  expiresAt: number;
  revoked: boolean;
  /** The device the sign-in is bound to, with device tracking on (the access token's device_key). */
  deviceKey?: string;
}

export type MessageKind =
  | 'CONFIRM_SIGN_UP'
  | 'FORGOT_PASSWORD'
  | 'VERIFY_ATTRIBUTE'
  | 'MFA'
  /** A USER_AUTH first-factor code (EMAIL_OTP or SMS_OTP chosen to sign in with). */
  | 'SIGN_IN'
  | 'CUSTOM_CHALLENGE'
  | 'TEMPORARY_PASSWORD';

export interface InboxMessage {
  /** Cognito's user name (a UUID in pools that sign in with e-mail or phone). */
  username: string;
  /** The unmasked e-mail address or phone number. */
  destination: string;
  medium: 'EMAIL' | 'SMS';
  kind: MessageKind;
  /** The one-time code, or the temporary password for TEMPORARY_PASSWORD. */
  code: string;
  /** ISO 8601. */
  sentAt: string;
}

export interface IdentityRecord {
  /** {region}:{uuid} */
  identityId: string;
  /** The user pool user (sub) whose login it is; undefined for a guest. */
  sub?: string;
  createdAt: number;
}

export interface GroupRecord {
  name: string;
  description?: string;
  roleArn?: string;
  precedence?: number;
  createdAt: number;
  updatedAt: number;
}

/** The tokens of a sign-in, as InitiateAuth and RespondToAuthChallenge answer them. */
export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
  /** A device the app should confirm (ConfirmDevice) to remember it. */
  NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string };
}
