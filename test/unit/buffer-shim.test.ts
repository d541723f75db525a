import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Buffer as Shim } from '../../src/shims/buffer.js';

test('the Buffer shim agrees with Node for every encoding the SDK uses', () => {
  for (let n = 0; n < 200; n++) {
    const bytes = randomBytes(n % 67);
    const hex = bytes.toString('hex');
    const b64 = bytes.toString('base64');
    assert.equal(Shim.from(hex, 'hex').toString('hex'), hex);
    assert.equal(Shim.from(b64, 'base64').toString('hex'), hex);
    assert.equal(Shim.from(bytes).toString('base64'), b64);
    assert.equal(Shim.from(bytes.toString('base64url'), 'base64').toString('hex'), hex, 'base64url without padding');
  }
  const text = 'Caldera Derived Key · ünïcödé ✓';
  assert.equal(Shim.from(text, 'utf8').toString('hex'), Buffer.from(text, 'utf8').toString('hex'));
  assert.equal(Shim.from(Buffer.from(text)).toString('utf8'), text);
  assert.equal(Shim.from('abzz', 'hex').toString('hex'), Buffer.from('abzz', 'hex').toString('hex'));
});

test('concat joins in order, and the parts stay usable as Uint8Arrays', () => {
  const joined = Shim.concat([Shim.from('ab', 'utf8'), new Uint8Array([1, 2]), Shim.from('ff', 'hex')]);
  assert.deepEqual([...joined], [97, 98, 1, 2, 255]);
  assert.ok(joined instanceof Uint8Array);
  assert.equal(joined.length, 5);
});
