import { modPowSliced } from './mod-pow.js';

/**
 * The SDK's jsbn BigInteger, as far as its SRP code uses it, on native BigInt: about 2.5 KB
 * gzip smaller in the CDN bundle, and the 3072-bit modPow of each sign-in several times faster
 * (jsbn blocked the main thread for ~150 ms), in slices of a few ms (mod-pow.ts). Unit-tested
 * against the SDK's own BigInteger.
 */
export default class BigInteger {
  static ZERO = new BigInteger('0', 16);
  static ONE = new BigInteger('1', 16);
  readonly value: bigint;

  constructor(text: string | bigint, radix = 16) {
    if (typeof text === 'bigint') this.value = text;
    else {
      if (radix !== 16) throw new Error('Only radix 16 is supported');
      const negative = text.startsWith('-');
      const digits = negative ? text.slice(1) : text;
      const value = digits ? BigInt(`0x${digits}`) : 0n;
      this.value = negative ? -value : value;
    }
  }

  toString(radix = 16): string {
    return this.value.toString(radix);
  }

  abs(): BigInteger {
    return new BigInteger(this.value < 0n ? -this.value : this.value);
  }

  compareTo(other: BigInteger): number {
    return this.value < other.value ? -1 : this.value > other.value ? 1 : 0;
  }

  equals(other: BigInteger): boolean {
    return this.value === other.value;
  }

  add(other: BigInteger): BigInteger {
    return new BigInteger(this.value + other.value);
  }

  subtract(other: BigInteger): BigInteger {
    return new BigInteger(this.value - other.value);
  }

  multiply(other: BigInteger): BigInteger {
    return new BigInteger(this.value * other.value);
  }

  /** Always in [0, m), like jsbn's. */
  mod(m: BigInteger): BigInteger {
    const r = this.value % m.value;
    return new BigInteger(r < 0n ? r + m.value : r);
  }

  /**
   * jsbn's signature in the SDK, which always passes a callback: then the work runs in slices
   * (mod-pow.ts) and the callback gets the result later. Without one, computed at once.
   */
  modPow(exponent: BigInteger, m: BigInteger): BigInteger;
  modPow(exponent: BigInteger, m: BigInteger, callback: (err: unknown, result: BigInteger) => void): void;
  modPow(exponent: BigInteger, m: BigInteger, callback?: (err: unknown, result: BigInteger) => void): BigInteger | void {
    if (callback) {
      modPowSliced(this.value, exponent.value, m.value).then(
        (value) => callback(null, new BigInteger(value)),
        (error: unknown) => callback(error, undefined as never),
      );
      return;
    }
    const modulus = m.value;
    let base = this.mod(m).value;
    let e = exponent.value;
    let result = 1n;
    while (e > 0n) {
      if (e & 1n) result = (result * base) % modulus;
      base = (base * base) % modulus;
      e >>= 1n;
    }
    return new BigInteger(result);
  }
}
