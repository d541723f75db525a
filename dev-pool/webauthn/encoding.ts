/** The JSON encodings of WebAuthn Level 3 (PublicKeyCredential.toJSON): base64url without padding. */
import { fail } from './failure.js';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export const toBase64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** Strict: anything but base64url characters (or a length no encoder produces) is malformed. */
export function fromBase64url(value: unknown, what: string): Buffer {
  if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1) {
    return fail('malformed', `${what} is not base64url`);
  }
  return Buffer.from(value, 'base64url');
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
