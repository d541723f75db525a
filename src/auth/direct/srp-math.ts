import { Sha256 } from '../../shims/sha256.js';
import { modPowSliced } from '../../shims/mod-pow.js';

/*
 * Cognito's SRP-6a, as amazon-cognito-identity-js's AuthenticationHelper computes it (unit-tested
 * against it with the same random a): the 3072-bit group of RFC 5054 with g = 2, k = H(N ‖ g),
 * u = H(A ‖ B), x = H(salt ‖ H(poolName ‖ username ‖ ":" ‖ password)),
 * S = (B − k·g^x)^(a + u·x) mod N, and a 16-byte HKDF-SHA256 of S (salt u, info
 * "Caldera Derived Key"). Numbers are hashed as the SDK's padHex writes them: even-length hex,
 * with a 00 byte in front when the top bit is set (a positive two's-complement number). Every
 * value here is positive, so the SDK's branch for negative numbers has no counterpart.
 */

export const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const g = 2n;

export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

export function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromHex = (hex: string) => BigInt(`0x${hex || '0'}`);

/** SHA-256 as 64 hex digits (a string is hashed as UTF-8). */
export function hash(data: Uint8Array | string): string {
  const sha = new Sha256();
  sha.update(data);
  return toHex(sha.digestSync());
}

export const hexHash = (hex: string) => hash(hexToBytes(hex));

export function hmac(key: Uint8Array, ...parts: Array<Uint8Array | string>): Uint8Array {
  const mac = new Sha256(key);
  for (const part of parts) mac.update(part);
  return mac.digestSync();
}

let k: bigint | undefined;

/** `bytes` of Web Crypto randomness as a positive number. */
export function randomNumber(bytes: number): bigint {
  return fromHex(toHex(crypto.getRandomValues(new Uint8Array(bytes))));
}

/** g^e mod N, in slices that leave the main thread free (mod-pow.ts). */
export const gPow = (exponent: bigint) => modPowSliced(g, exponent, N);

/** A = g^a mod N, for a secret a (128 random bytes, as the SDK draws it). */
export async function largeA(a: bigint): Promise<bigint> {
  const A = await gPow(a);
  if (A % N === 0n) throw new Error('Illegal parameter. A mod N cannot be 0.');
  return A;
}

/**
 * The key both sides derive: `poolName` is the user pool's name (the part of its id after `_`),
 * or, for a remembered device, its device group key (then `username` is the device key and
 * `password` the device's random password).
 */
export async function passwordKey(
  secret: { a: bigint; A: bigint },
  poolName: string,
  username: string,
  password: string,
  B: bigint,
  salt: bigint,
): Promise<Uint8Array> {
  if (B % N === 0n) throw new Error('B cannot be zero.');
  const uHex = hexHash(padHex(secret.A) + padHex(B));
  const u = fromHex(uHex);
  if (u === 0n) throw new Error('U cannot be zero.');
  const x = fromHex(hexHash(padHex(salt) + hash(`${poolName}${username}:${password}`)));
  k ??= fromHex(hexHash(padHex(N) + padHex(g)));
  const base = (((B - k * (await gPow(x))) % N) + N) % N;
  const S = await modPowSliced(base, secret.a + u * x, N);
  const prk = hmac(hexToBytes(padHex(u)), hexToBytes(padHex(S)));
  return hmac(prk, 'Caldera Derived Key\u0001').slice(0, 16);
}

const DAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const two = (n: number) => String(n).padStart(2, '0');

/** Cognito's TIMESTAMP, as the SDK's DateHelper writes it: `Sun Dec 6 09:04:03 UTC 2026` (day unpadded). */
export function timestamp(date = new Date()): string {
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}
