import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error a build script without types
import { outsideNames, reachable } from '../../scripts/sdk-prune.mjs';

const file = createRequire(import.meta.url).resolve('amazon-cognito-identity-js/es/CognitoUser.js');
const code = readFileSync(file, 'utf8');

test('the SDK prune keeps every CognitoUser method the adapter reaches, and drops the account calls it makes itself', () => {
  const { methods, keep } = reachable(code, parseAst(code), outsideNames()) as { methods: { name: string }[]; keep: Set<string> };
  assert.ok(methods.length > 50, 'it finds the prototype methods');
  // Called by src/auth/sdk-adapter.ts, and what they call in turn (SRP, devices, the cache).
  for (const name of ['authenticateUser', 'authenticateUserDefaultAuth', 'authenticateUserInternal', 'sendMFACode',
    'completeNewPasswordChallenge', 'sendCustomChallengeAnswer', 'getDeviceResponse', 'cacheTokens', 'signOut',
    'forgotPassword', 'confirmPassword', 'setDeviceStatusRemembered', 'associateSoftwareToken', 'verifySoftwareToken']) {
    assert.ok(keep.has(name), `${name} is kept`);
  }
  // src/auth/account-calls.ts sends these requests itself.
  for (const name of ['changePassword', 'updateAttributes', 'deleteUser', 'getUserData', 'listDevices', 'deleteAttributes']) {
    assert.ok(!keep.has(name), `${name} is dropped`);
  }
});

test('a method only a kept method mentions is kept (the fixed point)', () => {
  const source = `var C = function () { function C() {} var _proto = C.prototype;
    _proto.a = function a() { return this.b(); };
    _proto.b = function b() { return 1; };
    _proto.c = function c() { return this.d(); };
    _proto.d = function d() { return 2; };
    return C; }();`;
  const { keep } = reachable(source, parseAst(source), new Set(['a'])) as { keep: Set<string> };
  assert.deepEqual([...keep].sort(), ['a', 'b']);
});
