import { test } from 'node:test';
import assert from 'node:assert/strict';
import cryptoSecureRandomInt from '../../src/shims/random-int.js';

test('random ints are unsigned 32-bit and spread over the whole range', () => {
  const values = Array.from({ length: 2000 }, () => cryptoSecureRandomInt());
  for (const v of values) assert.ok(Number.isInteger(v) && v >= 0 && v <= 0xffffffff, `${v}`);
  assert.ok(new Set(values).size > 1990, 'no repeats to speak of');
  // Each of the top and bottom bits is set about half the time (2000 draws: 40%-60% is ~9 sigma).
  for (const bit of [0, 15, 31]) {
    const set = values.filter((v) => (v >>> bit) & 1).length;
    assert.ok(set > 800 && set < 1200, `bit ${bit} set ${set} times in 2000`);
  }
});
