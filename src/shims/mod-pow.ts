/**
 * The SRP big-integer work (A = g^a mod N, g^x mod N, S) in slices: a 3072-bit modPow is
 * ~30 ms of main thread at full speed and over 100 ms on a slow phone (4× CPU throttling), one
 * task the user feels. Square-and-multiply here stops after SLICE_MS and yields to the event
 * loop (input, rendering) before it goes on, so no task is longer than the budget whatever the
 * CPU. The SDK asks for every modPow through a callback, so its wire behaviour is unchanged.
 */
import { yieldToMain } from './yield-to-main.js';

const SLICE_MS = 8;

/** Same inputs, same promise: the SDK computes A twice (in its constructor and on use). */
const inFlight = new Map<string, Promise<bigint>>();
const MEMO = 8;

export function modPowSliced(base: bigint, exponent: bigint, modulus: bigint): Promise<bigint> {
  const key = `${base.toString(36)}|${exponent.toString(36)}|${modulus.toString(36)}`;
  let result = inFlight.get(key);
  if (!result) {
    result = run(base, exponent, modulus);
    inFlight.set(key, result);
    // Kept for a few later calls (results are small), never for ever.
    if (inFlight.size > MEMO) inFlight.delete(inFlight.keys().next().value as string);
  }
  return result;
}

async function run(base: bigint, exponent: bigint, modulus: bigint): Promise<bigint> {
  if (modulus <= 0n) throw new RangeError('modulus must be positive');
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  let r = 1n;
  let sliceStart = performance.now();
  while (e > 0n) {
    if (e & 1n) r = (r * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return r;
}
