import type { ChallengeName, CodeDelivery } from '../auth/types.js';
import type { Operation } from '../errors/auth-error.js';

export interface SessionDetail {
  username: string;
  tokens: { idToken: string; accessToken: string; refreshToken: string };
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface SignedUpDetail {
  username: string;
  userConfirmed: boolean;
  userSub: string;
  codeDelivery?: CodeDelivery;
}

export interface UsernameDetail {
  username: string;
}

export interface CodeSentDetail {
  username: string;
  codeDelivery?: CodeDelivery;
}

export interface ChallengeDetail {
  username: string;
  challenge: ChallengeName;
}

export interface CredentialsDetail {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface AttributesUpdatedDetail {
  username: string;
  attributes: Record<string, string>;
}

export interface AttributeVerifiedDetail {
  username: string;
  attribute: string;
}

export interface MfaUpdatedDetail {
  username: string;
  preferred?: string;
  enabled: string[];
}

export interface SignedOutDetail {
  username: string;
  global: boolean;
}

export interface ErrorDetail {
  /** Cognito's error code, or NetworkError. */
  code: string;
  /** The localized text shown in the element. */
  message: string;
  /** The request that failed. */
  operation: Operation;
}

/** A passkey of the user's, added or deleted by <cognito-passkeys>: its WebAuthn credential ID (base64url). */
export interface PasskeyDetail {
  username: string;
  credentialId: string;
}
