/**
 * SHA-256 and HMAC-SHA-256, synchronous, as the SDK's SRP code uses @aws-crypto/sha256-js
 * (`new Sha256(key?)`, `update()`, `digestSync()`): about 2 KB gzip less in the CDN bundle.
 * Inputs here are a few hundred bytes, so the data is simply kept until the digest.
 * Unit-tested against node:crypto.
 */
const K = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' '),
  (h) => parseInt(h, 16),
);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

type Data = Uint8Array | string;
const bytes = (data: Data) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function sha256(message: Uint8Array): Uint8Array {
  const length = message.length;
  const padded = new Uint8Array(((length + 72) >> 6) << 6);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 4, length * 8);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  const h = [...H0];
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      [k, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, k].forEach((v, i) => (h[i] = (h[i] + v) | 0));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

export class Sha256 {
  #key?: Uint8Array;
  #data: Uint8Array = new Uint8Array(0);

  /** With a secret, an HMAC. */
  constructor(secret?: Data) {
    if (secret === undefined) return;
    let key: Uint8Array = bytes(secret);
    if (key.length > 64) key = sha256(key);
    this.#key = new Uint8Array(64);
    this.#key.set(key);
  }

  update(data: Data): void {
    this.#data = concat(this.#data, bytes(data));
  }

  digestSync(): Uint8Array {
    const key = this.#key;
    if (!key) return sha256(this.#data);
    const pad = (byte: number) => key.map((b) => b ^ byte);
    return sha256(concat(pad(0x5c), sha256(concat(pad(0x36), this.#data))));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.digestSync());
  }
}
