/** The dev pool's CBOR decoder: what WebAuthn sends round-trips; what it never sends, or cut short, is refused. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CborError, decodeCbor, decodeCborPrefix } from '../../dev-pool/webauthn/cbor.js';
import { encodeCbor } from './authenticator.js';

const hex = (h: string) => Buffer.from(h, 'hex');

describe('CBOR decoder', () => {
  it('decodes integers, negatives, byte and text strings, lists, maps and simple values', () => {
    const map = new Map<number | string, unknown>([[1, 2], [3, -7], [-1, 1], ['fmt', 'none'], ['k', [true, false, null]]]);
    const decoded = decodeCbor(encodeCbor(map as never)) as Map<unknown, unknown>;
    assert.deepEqual([...decoded], [...map]);
    assert.deepEqual([...(decodeCbor(encodeCbor(Buffer.from([1, 2, 3]))) as Uint8Array)], [1, 2, 3]);
    // RFC 8949 appendix A vectors.
    assert.equal(decodeCbor(hex('1903e8')), 1000);
    assert.equal(decodeCbor(hex('3903e7')), -1000);
    assert.equal(decodeCbor(hex('1a000f4240')), 1000000);
    assert.equal(decodeCbor(hex('1b000000e8d4a51000')), 1000000000000);
    assert.equal(decodeCbor(hex('6449455446')), 'IETF');
    assert.equal(decodeCbor(hex('f7')), undefined);
  });

  it('reports where the first item ends', () => {
    assert.deepEqual(decodeCborPrefix(hex('0102'), 0), { value: 1, end: 1 });
  });

  const refused: [string, string][] = [
    ['trailing bytes', '0102'],
    ['a truncated byte string', '4401'],
    ['a truncated head', '19'],
    ['an indefinite length', '5f4101ff'],
    ['a tag', 'c11a514b67b0'],
    ['a float', 'f93c00'],
    ['a duplicate map key', 'a201020103'],
    ['a list as a map key', 'a18001'],
    ['an integer beyond 2^53', '1bffffffffffffffff'],
    ['invalid UTF-8', '62c328'],
    ['nesting too deep', '81'.repeat(40) + '01'],
    ['an empty input', ''],
    ['a length larger than the input', '5bffffffffffffff00'],
  ];
  for (const [what, input] of refused) {
    it(`refuses ${what}`, () => {
      assert.throws(() => decodeCbor(hex(input)), CborError);
    });
  }
});
