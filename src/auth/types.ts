import type { CognitoUserSession } from './sdk.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH';
export type StorageKind = 'local' | 'session' | 'memory' | 'cookie';

export interface AuthConfig {
  userPoolId: string;
  clientId: string;
  /** Defaults to the prefix of userPoolId. */
  region?: string;
  /** A Cognito-compatible endpoint (the dev pool, a proxy). */
  endpoint?: string;
  authFlow?: AuthFlow;
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
  session: CognitoUserSession;
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

export type SignInStep =
  | { kind: 'done'; username: string; tokens: Tokens }
  | { kind: 'challenge'; username: string; challenge: ChallengeName; parameters: Record<string, string> };

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
