/**
 * Authentication (WebAuthn §7.2): the AuthenticationResponseJSON that
 * navigator.credentials.get() produced, against the challenge of the sign-in's WEB_AUTHN
 * step and the stored credential. The sign counter must grow whenever either side is
 * non-zero: a repeat means a replayed assertion or a cloned authenticator.
 */
import { createHash } from 'node:crypto';
import { parseAuthenticatorData } from './auth-data.js';
import { checkClientData } from './client-data.js';
import { verifySignature, type CredentialKey } from './cose.js';
import { fromBase64url, toBase64url } from './encoding.js';
import { fail } from './failure.js';
import { checkFlags, credentialParts } from './registration.js';

export interface AssertionExpectation {
  challenge: string;
  rpId: string;
  userVerification: 'required' | 'preferred';
  /** allowCredentials of the request options: only these may answer. */
  allowed: string[];
  /** The user's handle (user.id at registration), when the authenticator returns one. */
  userHandle: string;
}

export interface StoredKey extends CredentialKey {
  credentialId: string;
  signCount: number;
}

/** The credential id the assertion claims to be from (to look the stored key up). */
export const assertedCredentialId = (credential: unknown): string => credentialParts(credential).id;

/** Verifies and returns the new sign count to store. */
export function verifyAssertion(credential: unknown, stored: StoredKey | undefined, expected: AssertionExpectation): number {
  const { id, response } = credentialParts(credential);
  if (!stored || stored.credentialId !== id || !expected.allowed.includes(id)) return fail('refused', 'the credential is not one of the user’s passkeys');
  const clientData = checkClientData(response.clientDataJSON, { type: 'webauthn.get', challenge: expected.challenge, rpId: expected.rpId });
  const authData = fromBase64url(response.authenticatorData, 'authenticatorData');
  const data = parseAuthenticatorData(authData);
  checkFlags(data, expected.rpId, expected.userVerification);
  if (response.userHandle !== undefined && response.userHandle !== null && response.userHandle !== '') {
    if (toBase64url(fromBase64url(response.userHandle, 'userHandle')) !== expected.userHandle) fail('refused', 'the user handle is not the user’s');
  }
  const signature = fromBase64url(response.signature, 'signature');
  const signed = Buffer.concat([authData, createHash('sha256').update(clientData).digest()]);
  if (!verifySignature(stored, signed, signature)) fail('refused', 'the assertion signature does not verify');
  if ((data.signCount !== 0 || stored.signCount !== 0) && data.signCount <= stored.signCount) {
    fail('refused', `the sign counter did not increase (${data.signCount} after ${stored.signCount}): a replayed assertion or a cloned authenticator`);
  }
  return data.signCount;
}
