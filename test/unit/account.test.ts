import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthService } from '../../src/auth/service.js';
import { AuthError } from '../../src/errors/auth-error.js';
import { toAuthError } from '../../src/errors/codes.js';
import { sdkError, FakeAdapter, tokens } from '../shared/fake-adapter.js';

const config = { userPoolId: 'us-east-1_Test', clientId: 'client' };
const signedIn = { restoreSession: async () => ({ username: 'ana', tokens: tokens(Date.now()) }) };

test('verifyPassword signs in aside with the current user, leaving the sign-in state alone', async () => {
  const adapter = new FakeAdapter({ ...signedIn, verifyPassword: async () => {} });
  const auth = new AuthService({ ...config, authFlow: 'USER_PASSWORD_AUTH' }, adapter);
  await auth.restore();
  const before = auth.state;
  const states: string[] = [];
  auth.subscribe((s) => states.push(s.status));
  await auth.account.verifyPassword('Secret-1');
  assert.deepEqual(adapter.calls.at(-1), { method: 'verifyPassword', args: ['ana', 'Secret-1', 'USER_PASSWORD_AUTH'] });
  assert.equal(auth.state, before);
  assert.deepEqual(states, []);
  auth.dispose();
});

test('verifyPassword uses SRP when the provider flow is CUSTOM_AUTH', async () => {
  const adapter = new FakeAdapter({ ...signedIn, verifyPassword: async () => {} });
  const auth = new AuthService({ ...config, authFlow: 'CUSTOM_AUTH' }, adapter);
  await auth.restore();
  await auth.account.verifyPassword('Secret-1');
  assert.deepEqual(adapter.calls.at(-1), { method: 'verifyPassword', args: ['ana', 'Secret-1', 'USER_SRP_AUTH'] });
  assert.equal(auth.state.status, 'signed-in');
  auth.dispose();
});

test('verifyPassword: a wrong password is an error at the password field; signed out, it asks for nothing', async () => {
  const adapter = new FakeAdapter({ ...signedIn, verifyPassword: () => Promise.reject(sdkError('NotAuthorizedException')) });
  const auth = new AuthService(config, adapter);
  await auth.restore();
  await assert.rejects(auth.account.verifyPassword('wrong'), (error: AuthError) => {
    assert.deepEqual([error.code, error.key, error.field, error.operation], [
      'NotAuthorizedException', 'error.currentPasswordWrong', 'password', 'verifyPassword',
    ]);
    return true;
  });
  assert.equal(auth.state.status, 'signed-in');
  await auth.signOut();
  const calls = adapter.calls.length;
  await assert.rejects(auth.account.verifyPassword('x'), (error: AuthError) => error.key === 'error.notSignedIn');
  assert.equal(adapter.calls.length, calls);
  auth.dispose();
});

test('changePassword: a wrong current password maps to the password field', () => {
  const error = toAuthError(sdkError('NotAuthorizedException', 'Incorrect username or password.'), 'changePassword');
  assert.deepEqual([error.key, error.field], ['error.currentPasswordWrong', 'password']);
  const policy = toAuthError(sdkError('InvalidPasswordException', 'Password not long enough'), 'changePassword');
  assert.deepEqual([policy.key, policy.field], ['error.password.length', 'new_password']);
});

test('the password check signs in over a scratch storage: it reads the real one (device keys), never writes to it', async () => {
  const { scratchOver } = await import('../../src/auth/storage.js');
  const real = new Map<string, string>([['deviceKey', 'us-east-1_abc'], ['refreshToken', 'mine']]);
  const base = {
    getItem: (key: string) => real.get(key) ?? null,
    setItem: (key: string, value: string) => void real.set(key, value),
    removeItem: (key: string) => void real.delete(key),
    clear: () => real.clear(),
  };
  const scratch = scratchOver(base);
  assert.equal(scratch.getItem('deviceKey'), 'us-east-1_abc');
  scratch.setItem('refreshToken', 'aside');
  scratch.removeItem('deviceKey');
  scratch.clear();
  scratch.setItem('LastAuthUser', 'ana');
  assert.equal(scratch.getItem('LastAuthUser'), 'ana');
  assert.equal(scratch.getItem('refreshToken'), 'mine', 'clear() forgets only what was written aside');
  assert.deepEqual([...real], [['deviceKey', 'us-east-1_abc'], ['refreshToken', 'mine']]);
});
