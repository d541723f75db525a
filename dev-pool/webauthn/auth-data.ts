/**
 * authenticatorData (WebAuthn §6.1): RP ID hash, flags, sign counter, and on registration
 * the attested credential data (AAGUID, credential id, COSE public key).
 */
import { CborError, decodeCborPrefix, type CborValue } from './cbor.js';
import { fail } from './failure.js';

export interface AuthenticatorData {
  rpIdHash: Buffer;
  /** User present, user verified, backup eligible, backed up. */
  up: boolean;
  uv: boolean;
  be: boolean;
  bs: boolean;
  signCount: number;
  attested?: { aaguid: Buffer; credentialId: Buffer; publicKey: CborValue };
}

const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40, ED: 0x80 };
const MAX_CREDENTIAL_ID = 1023;

export function parseAuthenticatorData(bytes: Buffer): AuthenticatorData {
  if (bytes.length < 37) fail('malformed', `authenticatorData is ${bytes.length} bytes, at least 37 expected`);
  const flags = bytes[32]!;
  // Backed up without being backup eligible is impossible (§6.1.3).
  if (flags & FLAG.BS && !(flags & FLAG.BE)) fail('malformed', 'authenticatorData: BS set without BE');
  const data: AuthenticatorData = {
    rpIdHash: bytes.subarray(0, 32),
    up: (flags & FLAG.UP) !== 0,
    uv: (flags & FLAG.UV) !== 0,
    be: (flags & FLAG.BE) !== 0,
    bs: (flags & FLAG.BS) !== 0,
    signCount: bytes.readUInt32BE(33),
  };
  let at = 37;
  try {
    if (flags & FLAG.AT) {
      if (bytes.length < at + 18) fail('malformed', 'authenticatorData: attested credential data cut short');
      const aaguid = bytes.subarray(at, at + 16);
      const length = bytes.readUInt16BE(at + 16);
      at += 18;
      if (length === 0 || length > MAX_CREDENTIAL_ID || bytes.length < at + length) fail('malformed', 'authenticatorData: bad credential id length');
      const credentialId = bytes.subarray(at, at + length);
      const key = decodeCborPrefix(bytes, at + length);
      data.attested = { aaguid, credentialId, publicKey: key.value };
      at = key.end;
    }
    // Extensions are parsed only to find the end; the pool asks for none.
    if (flags & FLAG.ED) at = decodeCborPrefix(bytes, at).end;
  } catch (error) {
    if (error instanceof CborError) fail('malformed', `authenticatorData: ${error.message}`);
    throw error;
  }
  if (at !== bytes.length) fail('malformed', `authenticatorData: ${bytes.length - at} unexpected bytes at the end`);
  return data;
}
