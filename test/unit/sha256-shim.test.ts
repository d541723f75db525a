import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Sha256 } from '../../src/shims/sha256.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('SHA-256 matches node:crypto for every length around the block boundaries', () => {
  for (let n = 0; n < 300; n++) {
    const data = randomBytes(n);
    const ours = new Sha256();
    ours.update(data.subarray(0, n >> 1));
    ours.update(data.subarray(n >> 1));
    assert.equal(hex(ours.digestSync()), createHash('sha256').update(data).digest('hex'), `length ${n}`);
  }
  const text = new Sha256();
  text.update('usernamepool:Päss✓');
  assert.equal(hex(text.digestSync()), createHash('sha256').update('usernamepool:Päss✓', 'utf8').digest('hex'));
});

test('HMAC-SHA-256 matches node:crypto, with short and long keys', async () => {
  for (const keyLength of [0, 16, 32, 64, 65, 200]) {
    const key = randomBytes(keyLength);
    const data = randomBytes(97);
    const ours = new Sha256(key);
    ours.update(data);
    const expected = createHmac('sha256', key).update(data).digest('hex');
    assert.equal(hex(ours.digestSync()), expected, `key of ${keyLength} bytes`);
    assert.equal(hex(await ours.digest()), expected);
  }
});
