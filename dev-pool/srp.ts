/**
 * The server half of Cognito's SRP-6a, byte for byte compatible with the client math in
 * amazon-cognito-identity-js (AuthenticationHelper.js, CognitoUser.js) and Amplify v6.
 * Hex encodings use the SDK's padHex (Java BigInteger.toByteArray style), because every
 * hash input is built from those strings: a different padding is a different hash.
 */
import { createDiffieHellman, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual, type DiffieHellman } from 'node:crypto';

/** RFC 5054's 3072-bit group. */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const g = 2n;

/** Even-length hex, with a leading 00 when the top bit is set (non-negative values only). */
export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const hexHash = (hex: string): string => sha256Hex(Buffer.from(hex, 'hex'));
const toBigInt = (hex: string): bigint => BigInt(`0x${hex}`);

export const k = toBigInt(hexHash(padHex(N) + padHex(g)));

/** Square-and-multiply on BigInt: any modulus, but some 100 ms per 3072-bit power. */
export function modPowBigInt(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const toBuffer = (value: bigint): Buffer => {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
};

/**
 * Powers modulo N done by OpenSSL: a Diffie-Hellman "shared secret" over the group N is
 * exactly base^exponent mod N, some fifty times faster than BigInt, which every sign-in,
 * sign-up and password check of the pool (and its test suite) feels. Made once: Node checks
 * the prime when the object is created.
 */
let groupN: DiffieHellman | undefined;

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const reduced = base % modulus;
  // OpenSSL refuses "public keys" 0, 1 and N-1 and a zero exponent; BigInt answers those.
  if (modulus !== N || exponent <= 0n || reduced <= 1n || reduced === N - 1n) return modPowBigInt(base, exponent, modulus);
  groupN ??= createDiffieHellman(toBuffer(N), toBuffer(g));
  groupN.setPrivateKey(toBuffer(exponent));
  return toBigInt(groupN.computeSecret(toBuffer(reduced)).toString('hex') || '0');
}

const randomBigInt = (bytes: number): bigint => toBigInt(randomBytes(bytes).toString('hex'));

/** x = H(PAD(salt) | H(poolName | userId | ":" | password)) */
function passwordHash(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  return toBigInt(hexHash(padHex(toBigInt(saltHex)) + inner));
}

export interface PasswordVerifier {
  /** Hex, as sent in the SALT challenge parameter. */
  salt: string;
  /** Hex of g^x mod N. */
  verifier: string;
}

/** What the pool stores instead of the password; `userId` is Cognito's internal user name. */
export function createVerifier(poolName: string, userId: string, password: string): PasswordVerifier {
  const salt = padHex(randomBigInt(16));
  return { salt, verifier: padHex(modPow(g, passwordHash(poolName, userId, password, salt), N)) };
}

/** USER_PASSWORD_AUTH and ChangePassword check a password by recomputing the verifier. */
export function checkPassword(poolName: string, userId: string, password: string, stored: PasswordVerifier): boolean {
  const computed = padHex(modPow(g, passwordHash(poolName, userId, password, stored.salt), N));
  return safeEqual(Buffer.from(computed, 'hex'), Buffer.from(stored.verifier, 'hex'));
}

export interface ServerEphemeral {
  /** Secret exponent b, hex. */
  b: string;
  /** Public B = k*v + g^b mod N, hex as sent in SRP_B. */
  B: string;
}

export function createServerEphemeral(verifierHex: string): ServerEphemeral {
  const v = toBigInt(verifierHex);
  for (;;) {
    const b = randomBigInt(128);
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { b: b.toString(16), B: B.toString(16) };
  }
}

/** Parses the client's SRP_A; undefined when it is not hex or A % N == 0 (a known attack). */
export function parseA(srpA: string): bigint | undefined {
  if (!/^[0-9a-fA-F]+$/.test(srpA)) return undefined;
  const A = toBigInt(srpA);
  return A % N === 0n ? undefined : A;
}

export interface ClaimInput {
  poolName: string;
  userId: string;
  A: bigint;
  ephemeral: ServerEphemeral;
  stored: PasswordVerifier;
  /** Base64, exactly as handed to the client in SECRET_BLOCK. */
  secretBlock: string;
  timestamp: string;
  /** Base64 PASSWORD_CLAIM_SIGNATURE from the client. */
  signature: string;
}

/**
 * Checks PASSWORD_CLAIM_SIGNATURE: HMAC-SHA256 keyed with the session key K over
 * poolName | userId | secretBlock bytes | timestamp. K = HKDF(S, salt = PAD(u),
 * info "Caldera Derived Key") truncated to 16 bytes, S = (A * v^u)^b mod N.
 */
export function verifyPasswordClaim(input: ClaimInput): boolean {
  const B = toBigInt(input.ephemeral.B);
  const u = toBigInt(hexHash(padHex(input.A) + padHex(B)));
  if (u === 0n) return false;
  const v = toBigInt(input.stored.verifier);
  const S = modPow((input.A * modPow(v, u, N)) % N, toBigInt(input.ephemeral.b), N);
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), 'Caldera Derived Key', 16),
  );
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(input.poolName, 'utf8'),
        Buffer.from(input.userId, 'utf8'),
        Buffer.from(input.secretBlock, 'base64'),
        Buffer.from(input.timestamp, 'utf8'),
      ]),
    )
    .digest();
  return safeEqual(expected, Buffer.from(input.signature, 'base64'));
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** The SDK's TIMESTAMP: "ddd MMM D HH:mm:ss UTC YYYY", day not zero-padded. */
export function formatSrpTimestamp(date: Date): string {
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

/** Only the canonical form passes: Cognito refuses "Sep 05" or a weekday that does not fit the date. */
export function isSrpTimestamp(value: string): boolean {
  const match = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/.exec(value);
  if (!match) return false;
  const [, month = '', day, hours, minutes, seconds, year] = match;
  const index = MONTHS.indexOf(month);
  if (index < 0) return false;
  const date = new Date(Date.UTC(Number(year), index, Number(day), Number(hours), Number(minutes), Number(seconds)));
  return formatSrpTimestamp(date) === value;
}
