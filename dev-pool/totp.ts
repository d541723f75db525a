/**
 * Authenticator-app codes (RFC 6238 TOTP over RFC 4226 HOTP): HMAC-SHA1, 6 digits, 30-second
 * steps, the secret in unpadded RFC 4648 base32, which is what Cognito's AssociateSoftwareToken
 * hands out and what authenticator apps read from an otpauth:// QR code. The pool and the
 * tests share this file, so a test computes the very code an app would show.
 */
import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Lenient as authenticator apps are: case, spaces and '=' padding do not matter. */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** Cognito's SecretCode is 32 random bytes: 52 base32 characters. */
export const newTotpSecret = (): string => base32Encode(randomBytes(32));

/** The code an authenticator shows at `timeMs` (default now). */
export function totp(secret: string, timeMs: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, '0');
}

/** Accepts the current step and one either side, for clock drift and slow typing. */
export function verifyTotp(secret: string, code: unknown, timeMs: number = Date.now()): boolean {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  return [-1, 0, 1].some((drift) => totp(secret, timeMs + drift * TOTP_STEP_SECONDS * 1000) === code);
}
