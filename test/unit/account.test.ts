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

test('the account service needs only its narrow session: changing the password hands "sign out others" to it', async () => {
  const { AccountService } = await import('../../src/auth/account.js');
  const adapter = new FakeAdapter();
  const asked: string[] = [];
  const account = new AccountService({
    calls: adapter.account,
    signedInUser: () => 'ana',
    getTokens: async () => tokens(Date.now(), 3_600_000, 'ana'),
    refresh: async () => tokens(Date.now(), 3_600_000, 'ana2'),
    checkPassword: async (password) => void asked.push(`check ${password}`),
    signOutOtherDevices: async (password) => (asked.push(`others ${password}`), undefined),
    clearSession: () => void asked.push('clear'),
  });
  await account.changePassword('Old-pass-1', 'New-pass-1');
  await account.changePassword('New-pass-1', 'New-pass-2', true);
  await account.verifyPassword('New-pass-2');
  await account.deleteUser();
  assert.deepEqual(adapter.callsTo('changePassword'), [['access-ana', 'Old-pass-1', 'New-pass-1'], ['access-ana', 'New-pass-1', 'New-pass-2']]);
  assert.deepEqual(asked, ['others New-pass-2', 'check New-pass-2', 'clear']);
});

test('signing out the other devices: GlobalSignOut with fresh tokens, cleared here, signed in again with the new password', async (t) => {
  const adapter = new FakeAdapter({ ...signedIn, revokeSession: async () => {} });
  const auth = new AuthService(config, adapter);
  t.after(() => auth.dispose());
  await auth.restore();
  const step = await auth.account.changePassword('Old-pass-1', 'New-pass-1', true);
  assert.equal(step?.kind, 'done');
  assert.deepEqual(adapter.callsTo('revokeSession'), [[true]]);
  assert.deepEqual(adapter.callsTo('clearLocalSession').length, 1);
  assert.deepEqual(adapter.callsTo('signIn'), [['ana', 'New-pass-1', 'USER_SRP_AUTH']]);
  assert.equal(auth.state.status, 'signed-in');
});
