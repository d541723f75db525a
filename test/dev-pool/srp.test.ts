/** The SRP building blocks, checked against the SDK's own encodings. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as sdk from 'amazon-cognito-identity-js';
import {
  N,
  checkPassword,
  createVerifier,
  formatSrpTimestamp,
  isSrpTimestamp,
  k,
  g,
  modPow,
  modPowBigInt,
  padHex,
  parseA,
} from '../../dev-pool/srp.js';

interface HelperInternals {
  k: { toString(radix: number): string };
}

// Exported at runtime, though absent from the SDK's type declarations.
const { AuthenticationHelper, DateHelper } = sdk as unknown as {
  AuthenticationHelper: new (poolName: string) => HelperInternals;
  DateHelper: new () => { getNowString(): string };
};

describe('srp', () => {
  it('derives the same k as the SDK', () => {
    const helper = new AuthenticationHelper('DevPool01');
    assert.equal(k.toString(16), helper.k.toString(16));
  });

  it('pads hex like Java BigInteger.toByteArray', () => {
    assert.equal(padHex(0x14n), '14');
    assert.equal(padHex(0xecn), '00ec');
    assert.equal(padHex(0xabcn), '0abc');
    assert.equal(padHex(N).length, 2 + 768);
  });

  it('accepts exactly the timestamps the SDK writes', () => {
    assert.ok(isSrpTimestamp(new DateHelper().getNowString()));
    assert.ok(isSrpTimestamp('Mon Jan 5 09:03:07 UTC 2026'));
    assert.equal(formatSrpTimestamp(new Date(Date.UTC(2026, 0, 5, 9, 3, 7))), 'Mon Jan 5 09:03:07 UTC 2026');
    assert.ok(!isSrpTimestamp('Mon Jan 05 09:03:07 UTC 2026'), 'zero-padded day');
    assert.ok(!isSrpTimestamp('Tue Jan 5 09:03:07 UTC 2026'), 'wrong weekday');
    assert.ok(!isSrpTimestamp('Sat Feb 30 09:03:07 UTC 2026'), 'no such date');
    assert.ok(!isSrpTimestamp('2026-01-05T09:03:07Z'));
  });

  it('refuses A values that are 0 mod N', () => {
    assert.equal(parseA('0'), undefined);
    assert.equal(parseA(N.toString(16)), undefined);
    assert.equal(parseA((N * 2n).toString(16)), undefined);
    assert.equal(parseA('xyz'), undefined);
    assert.equal(parseA('02'), 2n);
  });

  it('stores a verifier from which the password can be checked but not read', () => {
    const stored = createVerifier('DevPool01', 'alice', 'Passw0rd!');
    assert.ok(!JSON.stringify(stored).includes('Passw0rd'));
    assert.ok(checkPassword('DevPool01', 'alice', 'Passw0rd!', stored));
    assert.ok(!checkPassword('DevPool01', 'alice', 'Passw0rd?', stored));
    assert.ok(!checkPassword('OtherPool', 'alice', 'Passw0rd!', stored), 'the pool name is part of the hash');
    assert.ok(!checkPassword('DevPool01', 'Alice', 'Passw0rd!', stored), 'so is the internal user name');
  });

  it('computes modPow correctly', () => {
    assert.equal(modPow(2n, 10n, 1000n), 24n);
    assert.equal(modPow(3n, 0n, 7n), 1n);
    // Modulo N, OpenSSL does the work; it must agree with plain BigInt arithmetic.
    for (const [base, exponent] of [
      [g, BigInt(`0x${'ab'.repeat(128)}`)],
      [N - 2n, 3n],
      [BigInt(`0x${'9f'.repeat(384)}`), BigInt(`0x${'c3'.repeat(32)}`)],
      [N + 5n, 7n],
      [1n, 99n],
    ] as [bigint, bigint][]) {
      assert.equal(modPow(base, exponent, N), modPowBigInt(base, exponent, N));
    }
  });
});
