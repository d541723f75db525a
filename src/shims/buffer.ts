/**
 * The few Buffer operations amazon-cognito-identity-js performs (SRP, HKDF, JWT payloads), for
 * the CDN bundle in place of the `buffer` package, which costs about 6 KB gzip. Covered by a
 * unit test against Node's Buffer.
 */
type Encoding = 'hex' | 'base64' | 'utf8' | 'utf-8';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array {
  // Node's Buffer accepts base64url and missing padding too (JWT payloads are base64url).
  const clean = text.replace(/[^A-Za-z0-9+/\-_]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    const index = ch === '-' ? 62 : ch === '_' ? 63 : B64.indexOf(ch);
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out.subarray(0, at);
}

function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

function decodeHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const byte = parseInt(text.substr(i * 2, 2), 16);
    // Like Node: stop at the first pair that is not hex.
    if (Number.isNaN(byte)) return out.subarray(0, i);
    out[i] = byte;
  }
  return out;
}

class Bytes extends Uint8Array {
  override toString(encoding: Encoding = 'utf8'): string {
    if (encoding === 'hex') return Array.from(this, (b) => b.toString(16).padStart(2, '0')).join('');
    if (encoding === 'base64') return encodeBase64(this);
    return new TextDecoder().decode(this);
  }
}

function wrap(bytes: Uint8Array): Bytes {
  const out = new Bytes(bytes.length);
  out.set(bytes);
  return out;
}

function from(value: string | ArrayLike<number> | ArrayBuffer, encoding: Encoding = 'utf8'): Bytes {
  if (typeof value !== 'string') return wrap(new Uint8Array(value as ArrayLike<number>));
  if (encoding === 'hex') return wrap(decodeHex(value));
  if (encoding === 'base64') return wrap(decodeBase64(value));
  return wrap(new TextEncoder().encode(value));
}

function concat(list: Uint8Array[]): Bytes {
  const out = new Bytes(list.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of list) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Node's Buffer statics replace Uint8Array's own `from` (the SDK only ever passes an encoding). */
const statics = { from, concat, isBuffer: (value: unknown) => value instanceof Bytes };
// Named apart from Node's global, so a bundle holding it can be checked for `Buffer` left over.
const ByteBuffer = Object.assign(Bytes, statics) as Omit<typeof Bytes, 'from'> & typeof statics;
export { ByteBuffer as Buffer };
