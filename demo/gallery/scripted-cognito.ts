/**
 * The gallery's stand-in for Cognito's own API (choice-based sign-in, passkeys): the real
 * USER_AUTH client and flow (src/auth/user-auth/) over a `call` that answers each operation
 * from a fixed table, so every run shows the same factors, destination and passkeys.
 */
import type { ApiCall } from '../../src/auth/user-auth/api.js';
import { userAuthCalls, type AuthResponse } from '../../src/auth/user-auth/calls.js';
import { userAuthClient, type UserAuthClient } from '../../src/auth/user-auth/client.js';
import { createStorage } from '../../src/auth/storage.js';

/** Answers by operation; a function sees the request (e.g. which factor was chosen). */
export type CognitoScript = Record<string, unknown | ((params: Record<string, unknown>) => unknown)>;

/** The passkey prompts' relying party ids: one prompt stays open, the other is cancelled (see gallery.ts). */
export const PASSKEY_RP = { waiting: 'waiting.gallery.example', cancelled: 'cancelled.gallery.example' };

const session = { Session: 'gallery-session', ChallengeParameters: { USERNAME: 'ana' } };

/** InitiateAuth with the username: Cognito offers every first factor the pool allows. */
export const SELECT: AuthResponse = { ...session, ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] };

/** RespondToAuthChallenge (SELECT_CHALLENGE) with the chosen factor: the e-mail code, or the passkey prompt on `rp`. */
export const chosen = (rp = PASSKEY_RP.waiting) => (params: Record<string, unknown>): AuthResponse => {
  const { ANSWER } = params.ChallengeResponses as Record<string, string>;
  if (ANSWER === 'WEB_AUTHN') {
    const options = { challenge: 'Z2FsbGVyeQ', rpId: rp, timeout: 300000, userVerification: 'preferred' };
    return { ...session, ChallengeName: 'WEB_AUTHN', ChallengeParameters: { USERNAME: 'ana', CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) } };
  }
  return {
    ...session,
    ChallengeName: 'EMAIL_OTP',
    ChallengeParameters: { USERNAME: 'ana', CODE_DELIVERY_DESTINATION: 'a***@e***.com', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' },
  };
};

/** 14 March 2025, 09:30 UTC, in epoch seconds (as ListWebAuthnCredentials gives it). */
const ADDED = 1741944600;

/** ListWebAuthnCredentials: a phone's passkey and a security key. */
export const PASSKEYS = {
  Credentials: [
    { CredentialId: 'cred-phone', FriendlyCredentialName: 'Pixel 8', RelyingPartyId: 'example.com', AuthenticatorAttachment: 'platform', CreatedAt: ADDED },
    { CredentialId: 'cred-key', FriendlyCredentialName: 'YubiKey 5C NFC', RelyingPartyId: 'example.com', AuthenticatorAttachment: 'cross-platform', CreatedAt: ADDED + 86400 * 40 },
  ],
};

export function scriptedUserAuth(script: CognitoScript): UserAuthClient {
  const call: ApiCall = async <T>(op: string, params: object) => {
    const answer = script[op];
    return (typeof answer === 'function' ? answer(params) : (answer ?? {})) as T;
  };
  return userAuthClient({ userPoolId: 'us-east-1_Gallery', clientId: 'gallery' }, createStorage('memory'), userAuthCalls(call, 'gallery'));
}
