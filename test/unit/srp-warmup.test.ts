import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationHelper } from '../../src/auth/sdk.js';

// A spy under srp-warmup.ts's own wrapper: how many random a the SDK's generator drew, and which.
const proto = AuthenticationHelper.prototype as unknown as { generateRandomSmallA(): unknown };
const original = proto.generateRandomSmallA;
const drawn: unknown[] = [];
proto.generateRandomSmallA = function () {
  const a = original.call(this);
  drawn.push(a);
  return a;
};
const { prepareSrp } = await import('../../src/auth/srp-warmup.js');
type Big = { toString(radix: number): string };
const smallA = (helper: AuthenticationHelper) => (helper as unknown as { getSmallAValue(): Big }).getSmallAValue();

test('prepareSrp draws the next sign-in\'s a ahead; the next helper takes it, and only that one', () => {
  prepareSrp();
  prepareSrp(); // one spare at a time
  assert.equal(drawn.length, 1, 'one a drawn ahead');
  const first = new AuthenticationHelper('us-east-1_Pool');
  assert.equal(drawn.length, 1, 'the helper drew nothing: it took the spare');
  assert.equal(smallA(first), drawn[0]);
  const second = new AuthenticationHelper('us-east-1_Pool');
  assert.equal(drawn.length, 2, 'a spare is used once; the next helper draws its own');
  assert.notEqual(smallA(second).toString(16), smallA(first).toString(16));
});
