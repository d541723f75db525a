/**
 * COSE public keys (RFC 9053) as WebAuthn authenticators send them, to node:crypto keys:
 * ES256 (EC2, P-256, alg -7) and RS256 (RSA, alg -257), the two Cognito offers in
 * pubKeyCredParams. Stored as JWK; signatures verified here as well.
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { CborValue } from './cbor.js';
import { fail } from './failure.js';

export const ES256 = -7;
export const RS256 = -257;
export const ALGORITHMS = [ES256, RS256];

export interface CredentialKey {
  alg: number;
  jwk: JsonWebKey;
}

const bytesAt = (map: Map<CborValue, CborValue>, label: number, what: string, length?: number): Buffer => {
  const value = map.get(label);
  if (!(value instanceof Uint8Array) || (length !== undefined && value.length !== length)) fail('malformed', `COSE key: bad ${what}`);
  return Buffer.from(value as Uint8Array);
};

export function coseToKey(cose: CborValue): CredentialKey {
  if (!(cose instanceof Map)) return fail('malformed', 'the credential public key is not a COSE key');
  const kty = cose.get(1);
  const alg = cose.get(3);
  if (kty === 2 && alg === ES256) {
    if (cose.get(-1) !== 1) fail('notSupported', 'COSE key: only the P-256 curve is supported with ES256');
    const x = bytesAt(cose, -2, 'x', 32).toString('base64url');
    const y = bytesAt(cose, -3, 'y', 32).toString('base64url');
    return checked({ alg: ES256, jwk: { kty: 'EC', crv: 'P-256', x, y } });
  }
  if (kty === 3 && alg === RS256) {
    const n = bytesAt(cose, -1, 'n');
    if (n.length < 256) fail('notSupported', 'COSE key: RSA keys under 2048 bits are not accepted');
    return checked({ alg: RS256, jwk: { kty: 'RSA', n: n.toString('base64url'), e: bytesAt(cose, -2, 'e').toString('base64url') } });
  }
  return fail('notSupported', `COSE key type ${String(kty)} with algorithm ${String(alg)} is not supported (ES256 and RS256 are)`);
}

/** node:crypto refuses an EC point that is not on the curve. */
function checked(key: CredentialKey): CredentialKey {
  try {
    keyObject(key);
  } catch {
    fail('malformed', 'COSE key: not a valid public key');
  }
  return key;
}

const keyObject = (key: CredentialKey): KeyObject => createPublicKey({ key: key.jwk, format: 'jwk' });

/** ES256 signatures are DER-encoded (WebAuthn §6.5.5); RS256 is PKCS #1 v1.5 with SHA-256. */
export function verifySignature(key: CredentialKey, data: Buffer, signature: Buffer): boolean {
  try {
    const object = keyObject(key);
    return key.alg === ES256
      ? verify('sha256', data, { key: object, dsaEncoding: 'der' }, signature)
      : verify('sha256', data, object, signature);
  } catch {
    return false;
  }
}
