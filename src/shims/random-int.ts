/**
 * The SDK's source of randomness (SRP secrets, device keys), in place of its
 * utils/cryptoSecureRandomInt, which falls back to `require('crypto')`: a call every bundler
 * flags (webpack tries to resolve Node's `crypto`) and no browser needs, since Web Crypto is
 * everywhere (Node too). Read at call time, so importing it never touches `crypto`.
 */
export default function cryptoSecureRandomInt(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}
