import { AuthenticationHelper } from './sdk.js';

/*
 * A's computation ahead of the sign-in. SRP starts with A = g^a mod N for a fresh random a: a
 * 3072-bit modPow, done in slices (src/shims/mod-pow.ts) but still time the user waits after
 * pressing "Sign in". prepareSrp() draws the next a with the SDK's own generator and starts its
 * A while the user is still typing; the next AuthenticationHelper the SDK creates takes that a,
 * and its modPow finds A computed (mod-pow.ts keeps recent results). Each a is used once, as
 * before; what goes over the wire is unchanged.
 */
interface HelperInternals {
  generateRandomSmallA(): unknown;
  getSmallAValue(): unknown;
}

const spare: unknown[] = [];
const helper = AuthenticationHelper.prototype as unknown as HelperInternals;
const generate = helper.generateRandomSmallA;
helper.generateRandomSmallA = function (this: HelperInternals) {
  return spare.length ? spare.shift() : generate.call(this);
};

/** Starts computing the next sign-in's A, unless one is ready already. */
export function prepareSrp(): void {
  if (spare.length) return;
  spare.push((new AuthenticationHelper('') as unknown as HelperInternals).getSmallAValue());
}
