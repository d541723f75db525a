/**
 * Registration (WebAuthn §7.1): the RegistrationResponseJSON that
 * navigator.credentials.create() produced, checked step by step against the challenge the
 * pool issued. Attestation `none` and `packed` self attestation are taken; a packed
 * attestation with a certificate chain (x5c) is refused as unsupported rather than trusted
 * unverified.
 */
import { createHash } from 'node:crypto';
import { checkClientData } from './client-data.js';
import { CborError, decodeCbor, type CborValue } from './cbor.js';
import { coseToKey, verifySignature, type CredentialKey } from './cose.js';
import { fromBase64url, isObject, toBase64url } from './encoding.js';
import { parseAuthenticatorData, type AuthenticatorData } from './auth-data.js';
import { fail } from './failure.js';

export interface RegistrationExpectation {
  challenge: string;
  rpId: string;
  userVerification: 'required' | 'preferred';
}

export interface RegisteredCredential extends CredentialKey {
  credentialId: string;
  signCount: number;
  aaguid: string;
  transports: string[];
  attachment?: string;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

/** The fields every PublicKeyCredential JSON has: type, id (= rawId), response. */
export function credentialParts(credential: unknown): { id: string; response: Record<string, unknown>; json: Record<string, unknown> } {
  if (!isObject(credential)) return fail('malformed', 'the credential is not a JSON object');
  if (credential.type !== 'public-key') fail('malformed', 'credential.type must be public-key');
  const id = toBase64url(fromBase64url(credential.id, 'credential.id'));
  if (id === '' || (credential.rawId !== undefined && credential.rawId !== credential.id)) fail('malformed', 'credential.id and rawId differ');
  if (!isObject(credential.response)) return fail('malformed', 'credential.response is missing');
  return { id, response: credential.response, json: credential };
}

export function checkFlags(data: AuthenticatorData, rpId: string, userVerification: 'required' | 'preferred'): void {
  if (!data.rpIdHash.equals(sha256(rpId))) fail('relyingParty', `the RP ID hash is not that of ${rpId}`);
  if (!data.up) fail('refused', 'the user was not present (UP flag not set)');
  if (userVerification === 'required' && !data.uv) fail('notSupported', 'user verification is required and the UV flag is not set');
}

function attestationObject(encoded: unknown): { fmt: string; attStmt: Map<CborValue, CborValue>; authData: Buffer } {
  let decoded: CborValue;
  try {
    decoded = decodeCbor(fromBase64url(encoded, 'attestationObject'));
  } catch (error) {
    if (error instanceof CborError) fail('malformed', `attestationObject: ${error.message}`);
    throw error;
  }
  if (!(decoded instanceof Map)) return fail('malformed', 'attestationObject is not a map');
  const { fmt, attStmt, authData } = Object.fromEntries(decoded) as Record<string, CborValue>;
  if (typeof fmt !== 'string' || !(attStmt instanceof Map) || !(authData instanceof Uint8Array)) {
    return fail('malformed', 'attestationObject needs fmt, attStmt and authData');
  }
  return { fmt, attStmt, authData: Buffer.from(authData) };
}

/** `packed` self attestation (§8.2): alg is the credential's, sig over authData ‖ clientDataHash with its key. */
function checkAttestation(fmt: string, attStmt: Map<CborValue, CborValue>, key: CredentialKey, signed: Buffer): void {
  if (fmt === 'none') {
    if (attStmt.size !== 0) fail('malformed', 'attestation none has an empty attStmt');
    return;
  }
  if (fmt !== 'packed') return fail('notSupported', `attestation format ${fmt} is not supported (none and packed are)`);
  if (attStmt.has('x5c')) return fail('notSupported', 'packed attestation with a certificate chain is not supported; use none or self attestation');
  const sig = attStmt.get('sig');
  if (attStmt.get('alg') !== key.alg) fail('refused', 'the attestation algorithm is not the credential key algorithm');
  if (!(sig instanceof Uint8Array) || !verifySignature(key, signed, Buffer.from(sig))) {
    fail('refused', 'the attestation signature does not verify');
  }
}

export function verifyRegistration(credential: unknown, expected: RegistrationExpectation): RegisteredCredential {
  const { id, response, json } = credentialParts(credential);
  const clientData = checkClientData(response.clientDataJSON, { type: 'webauthn.create', challenge: expected.challenge, rpId: expected.rpId });
  const { fmt, attStmt, authData } = attestationObject(response.attestationObject);
  const data = parseAuthenticatorData(authData);
  checkFlags(data, expected.rpId, expected.userVerification);
  if (!data.attested) return fail('malformed', 'authenticatorData has no attested credential data');
  if (toBase64url(data.attested.credentialId) !== id) fail('refused', 'the attested credential id is not credential.id');
  const key = coseToKey(data.attested.publicKey);
  checkAttestation(fmt, attStmt, key, Buffer.concat([authData, sha256(clientData)]));
  const transports = Array.isArray(response.transports) ? response.transports.filter((t): t is string => typeof t === 'string') : [];
  const attachment = typeof json.authenticatorAttachment === 'string' ? json.authenticatorAttachment : undefined;
  return {
    ...key,
    credentialId: id,
    signCount: data.signCount,
    aaguid: data.attested.aaguid.toString('hex'),
    transports,
    ...(attachment ? { attachment } : {}),
  };
}
