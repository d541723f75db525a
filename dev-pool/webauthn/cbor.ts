/**
 * A strict CBOR (RFC 8949) decoder for what WebAuthn sends: attestation objects and COSE
 * keys. Only definite lengths, no tags, no floats (CTAP2's canonical form has none of them in
 * these structures), unique map keys, bounded nesting, and every length checked against the
 * bytes left, so a hostile attestation cannot make the pool read past its input.
 */
export type CborValue = number | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

export class CborError extends Error {}

const MAX_DEPTH = 16;
const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Cursor {
  bytes: Uint8Array;
  at: number;
}

function take(c: Cursor, n: number): Uint8Array {
  if (n > c.bytes.length - c.at) throw new CborError(`CBOR: ${n} bytes needed at offset ${c.at}, ${c.bytes.length - c.at} left`);
  const out = c.bytes.subarray(c.at, c.at + n);
  c.at += n;
  return out;
}

/** The argument of a head: the value itself (< 24) or the 1, 2, 4 or 8 bytes that follow. */
function argument(c: Cursor, info: number): number {
  if (info < 24) return info;
  const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  if (size === undefined) throw new CborError(`CBOR: indefinite or reserved length (${info}) at offset ${c.at - 1}`);
  let value = 0n;
  for (const byte of take(c, size)) value = (value << 8n) | BigInt(byte);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new CborError('CBOR: integer too large');
  return Number(value);
}

function item(c: Cursor, depth: number): CborValue {
  if (depth > MAX_DEPTH) throw new CborError('CBOR: nested too deeply');
  const head = take(c, 1)[0]!;
  const major = head >> 5;
  const info = head & 0x1f;
  if (major === 7) {
    if (info === 20) return false;
    if (info === 21) return true;
    if (info === 22) return null;
    if (info === 23) return undefined;
    throw new CborError(`CBOR: simple value or float (${info}) not expected`);
  }
  const n = argument(c, info);
  switch (major) {
    case 0:
      return n;
    case 1:
      return -1 - n;
    case 2:
      return take(c, n).slice();
    case 3:
      try {
        return utf8.decode(take(c, n));
      } catch (error) {
        if (error instanceof CborError) throw error;
        throw new CborError('CBOR: text is not valid UTF-8');
      }
    case 4: {
      const list: CborValue[] = [];
      for (let i = 0; i < n; i++) list.push(item(c, depth + 1));
      return list;
    }
    case 5: {
      const map = new Map<CborValue, CborValue>();
      for (let i = 0; i < n; i++) {
        const key = item(c, depth + 1);
        if (typeof key !== 'number' && typeof key !== 'string') throw new CborError('CBOR: map keys must be integers or text');
        if (map.has(key)) throw new CborError(`CBOR: duplicate map key ${String(key)}`);
        map.set(key, item(c, depth + 1));
      }
      return map;
    }
    default:
      throw new CborError('CBOR: tags are not expected');
  }
}

/** One item from `offset`; `end` is where the next one would start. */
export function decodeCborPrefix(bytes: Uint8Array, offset = 0): { value: CborValue; end: number } {
  const cursor = { bytes, at: offset };
  const value = item(cursor, 0);
  return { value, end: cursor.at };
}

/** Exactly one item, nothing after it. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const { value, end } = decodeCborPrefix(bytes);
  if (end !== bytes.length) throw new CborError(`CBOR: ${bytes.length - end} bytes after the item`);
  return value;
}
