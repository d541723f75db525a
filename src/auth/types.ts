import type { AuthError } from '../errors/auth-error.js';
/** `USER_AUTH`: choice-based sign-in (password, a one-time code by e-mail or SMS, a passkey), the client flow ALLOW_USER_AUTH. */
export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH';
/** A first factor of choice-based sign-in, as Cognito names it (PASSWORD is sent by SRP whenever the client allows it). */
export type FirstFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
export type StorageKind = 'local' | 'session' | 'memory' | 'cookie';

export interface AuthConfig {
  userPoolId: string;
  clientId: string;
  /** Defaults to the prefix of userPoolId. */
  region?: string;
  /** A Cognito-compatible endpoint (the dev pool, a proxy). */
  endpoint?: string;
  authFlow?: AuthFlow;
  /** USER_AUTH: the first factor to ask Cognito for at once (PREFERRED_CHALLENGE) instead of offering a choice. */
  preferredChallenge?: FirstFactor;
  /** The pool's UsernameAttributes (`email`, `phone_number`): what users sign up and sign in with instead of a user name. */
  usernameAttributes?: string[];
  storage?: StorageKind;
  /** Milliseconds before a request to Cognito counts as failed (`TimeoutError`); default 20000. */
  requestTimeout?: number;
}

/** Cognito's CodeDeliveryDetails, as the service returns it. */
export interface CodeDelivery {
  Destination?: string;
  DeliveryMedium?: 'EMAIL' | 'SMS' | string;
  AttributeName?: string;
}

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  /** When the access and id tokens expire, in epoch milliseconds. */
  expiresAt: number;
  /** When they were issued, in epoch milliseconds: their lifetime sets when to refresh. */
  issuedAt: number;
  /**
   * Local clock minus the server's at receipt, in milliseconds: `expiresAt + clockDrift` is the
   * expiry on this device's clock, whatever its skew.
   */
  clockDrift?: number;
}

export type ChallengeName =
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'EMAIL_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'NEW_PASSWORD_REQUIRED'
  | 'CUSTOM_CHALLENGE';

export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/** What the user gives to answer the challenge the sign-in state is at. */
export type ChallengeAnswer =
  | { challenge: MfaType; code: string }
  | { challenge: 'SELECT_MFA_TYPE'; mfaType: MfaType }
  | { challenge: 'MFA_SETUP'; code: string; deviceName?: string }
  | { challenge: 'NEW_PASSWORD_REQUIRED'; newPassword: string; attributes: Record<string, string> }
  | { challenge: 'CUSTOM_CHALLENGE'; answer: string };

/**
 * What each challenge comes with, decoded from Cognito's ChallengeParameters by the adapter (no
 * element parses JSON or knows Cognito's parameter names).
 */
export interface ChallengeParameters {
  /** Where the code went (CODE_DELIVERY_DESTINATION / _DELIVERY_MEDIUM), when Cognito says. */
  SMS_MFA: { codeDelivery?: CodeDelivery };
  EMAIL_OTP: { codeDelivery?: CodeDelivery };
  SOFTWARE_TOKEN_MFA: Record<string, never>;
  /** MFAS_CAN_CHOOSE: the factors the user may pick from, in Cognito's order. */
  SELECT_MFA_TYPE: { mfaTypes: string[] };
  /** MFAS_CAN_SETUP: the factors the user may set up. */
  MFA_SETUP: { mfaTypes: string[] };
  /**
   * The attributes the pool requires and the user must give (names without Cognito's
   * `userAttributes.` prefix), and the values the user already has.
   */
  NEW_PASSWORD_REQUIRED: { requiredAttributes: string[]; userAttributes: Record<string, string> };
  /** The public challenge parameters the CreateAuthChallenge trigger set, as they are. */
  CUSTOM_CHALLENGE: Record<string, string>;
}

/** A challenge with its parameters: one member per challenge name (mirrors ChallengeAnswer). */
export type Challenge = { [K in ChallengeName]: { challenge: K; parameters: ChallengeParameters[K] } }[ChallengeName];

/**
 * Where a choice-based (USER_AUTH) sign-in stands before its first factor is done: the
 * `<cognito-sign-in>` form shows it; `available` are the factors to offer as buttons.
 */
export type FirstFactorPrompt =
  /** SELECT_CHALLENGE: pick a factor. */
  | { step: 'select'; available: FirstFactor[] }
  /** The password is asked for. */
  | { step: 'password'; available: FirstFactor[] }
  /** A one-time code went to `delivery`. */
  | { step: 'code'; factor: 'EMAIL_OTP' | 'SMS_OTP'; delivery: CodeDelivery; available: FirstFactor[] }
  /** The browser's passkey prompt is open. */
  | { step: 'passkey'; available: FirstFactor[] }
  /** The passkey ceremony was cancelled or failed: `error` says why in words; retry or choose another factor. */
  | { step: 'passkey-failed'; error: AuthError; available: FirstFactor[] };

export type SignInStep =
  | { kind: 'done'; username: string; tokens: Tokens }
  | ({ kind: 'challenge'; username: string } & Challenge);

export interface SignUpInput {
  username: string;
  password: string;
  attributes: Record<string, string>;
}

export interface SignUpResult {
  username: string;
  userConfirmed: boolean;
  userSub: string;
  codeDelivery?: CodeDelivery;
}

/** The signed-in user as GetUser describes it. */
export interface UserProfile {
  username: string;
  attributes: Record<string, string>;
  mfa: { enabled: string[]; preferred?: string };
}

/** Per MFA type: whether it is enabled and whether it is the preferred one; absent = unchanged. */
export type MfaPreference = Partial<Record<'sms' | 'totp' | 'email', { enabled: boolean; preferred: boolean }>>;
