import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthService, type SessionEvent } from '../../src/auth/service.js';
import { AuthError } from '../../src/errors/auth-error.js';
import { cognitoError, fakeAdapter, tokens } from './fake-adapter.js';

const config = { userPoolId: 'us-east-1_Test', clientId: 'client' };

function service(adapter: ReturnType<typeof fakeAdapter>, clock = { now: 1_000_000 }) {
  const auth = new AuthService(config, adapter, () => clock.now);
  const events: SessionEvent[] = [];
  auth.onSession((e) => events.push(e));
  return { auth, events, clock };
}

test('starts loading, then signed out when nothing is stored', async () => {
  const { auth } = service(fakeAdapter());
  assert.equal(auth.state.status, 'loading');
  await auth.restore();
  assert.equal(auth.state.status, 'signed-out');
  auth.dispose();
});

test('restores a stored session and says so', async () => {
  const stored = tokens(1_000_000);
  const { auth, events } = service(fakeAdapter({ restoreSession: async () => ({ username: 'ana', tokens: stored }) }));
  await auth.restore();
  assert.deepEqual(auth.state, { status: 'signed-in', username: 'ana', tokens: stored });
  assert.deepEqual(events, [{ type: 'restored', username: 'ana', tokens: stored }]);
  auth.dispose();
});

test('a revoked stored session is cleared on load', async () => {
  let cleared = 0;
  const adapter = fakeAdapter({
    restoreSession: () => Promise.reject(cognitoError('NotAuthorizedException')),
    clearLocalSession: () => void cleared++,
  });
  const { auth } = service(adapter);
  await auth.restore();
  assert.equal(auth.state.status, 'signed-out');
  assert.equal(cleared, 1);
  auth.dispose();
});

test('sign-in with the provider flow reaches signed-in', async () => {
  const issued = tokens(1_000_000);
  const adapter = fakeAdapter({ signIn: async (username) => ({ kind: 'done', username, tokens: issued }) });
  const auth = new AuthService({ ...config, authFlow: 'USER_PASSWORD_AUTH' }, adapter, () => 1_000_000);
  const states: string[] = [];
  auth.subscribe((s) => states.push(s.status));
  await auth.signIn('ana', 'Secret-123');
  assert.deepEqual(adapter.calls[0], ['signIn', 'ana', 'Secret-123', 'USER_PASSWORD_AUTH']);
  assert.deepEqual(states, ['signed-in']);
  assert.ok(Object.isFrozen(auth.state), 'state snapshots are immutable');
  auth.dispose();
});

test('a challenge becomes the shared state', async () => {
  const adapter = fakeAdapter({
    signIn: async () => ({ kind: 'challenge', username: 'ana', challenge: 'SMS_MFA', parameters: { CODE_DELIVERY_DESTINATION: '+*****12' } }),
  });
  const { auth } = service(adapter);
  await auth.signIn('ana', 'pw');
  assert.equal(auth.state.status, 'challenge');
  assert.equal(auth.state.status === 'challenge' && auth.state.challenge, 'SMS_MFA');
  auth.cancelChallenge();
  assert.equal(auth.state.status, 'signed-out');
  auth.dispose();
});

test('unknown user, wrong password and disabled user read alike', async () => {
  const keys = [];
  for (const [code, message] of [
    ['UserNotFoundException', 'User does not exist.'],
    ['NotAuthorizedException', 'Incorrect username or password.'],
    ['NotAuthorizedException', 'User is disabled.'],
  ]) {
    const { auth } = service(fakeAdapter({ signIn: () => Promise.reject(cognitoError(code, message)) }));
    const error = await auth.signIn('x', 'y').catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    keys.push([error.key, error.field]);
    assert.equal(auth.state.status, 'loading', 'a failed sign-in changes no state');
  }
  assert.deepEqual(keys, Array(3).fill(['error.signInFailed', 'password']));
});

test('forgot password and resend answer alike for every account Cognito refuses; other failures still fail', async () => {
  // What Cognito answers, with existence errors prevented, for accounts that get no code.
  const refusals: Array<[string, string]> = [
    ['UserNotFoundException', 'User does not exist.'],
    ['NotAuthorizedException', 'User is disabled.'],
    ['NotAuthorizedException', 'User password cannot be reset in the current state.'],
    ['UserNotConfirmedException', 'User is not confirmed.'],
    ['InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number'],
    ['InvalidParameterException', 'User is already confirmed.'],
  ];
  for (const [code, message] of refusals) {
    const reject = () => Promise.reject(cognitoError(code, message));
    const { auth } = service(fakeAdapter({ forgotPassword: reject, resendSignUpCode: reject }));
    assert.equal(await auth.forgotPassword('someone'), undefined, `forgot password: ${message}`);
    assert.equal(await auth.resendSignUpCode('someone'), undefined, `resend: ${message}`);
  }
  const failures: Array<[string, string, string]> = [
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'error.tooManyAttempts'],
    ['NetworkError', 'Network error', 'error.network'],
    ['InvalidParameterException', "1 validation error detected: Value at 'username' failed to satisfy constraint", 'error.invalidParameter'],
  ];
  for (const [code, message, key] of failures) {
    const reject = () => Promise.reject(cognitoError(code, message));
    const { auth } = service(fakeAdapter({ forgotPassword: reject, resendSignUpCode: reject }));
    await assert.rejects(auth.forgotPassword('ana'), (e: AuthError) => e.key === key && e.operation === 'forgotPassword');
    await assert.rejects(auth.resendSignUpCode('ana'), (e: AuthError) => e.key === key && e.operation === 'resendSignUpCode');
  }
});

test('getTokens refreshes near expiry, with one refresh in flight', async () => {
  let release!: () => void;
  const fresh = tokens(1_000_000 + 3_590_000, 3_600_000, 'b');
  const adapter = fakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    refreshSession: () => new Promise((resolve) => (release = () => resolve(fresh))),
  });
  const { auth, events, clock } = service(adapter);
  await auth.signIn('ana', 'pw');
  assert.equal((await auth.getTokens())?.accessToken, 'access-a', 'fresh tokens are returned as they are');
  clock.now += 3_590_000; // ten seconds before expiry
  const both = Promise.all([auth.getTokens(), auth.getTokens()]);
  release();
  const [a, b] = await both;
  assert.equal(a?.accessToken, 'access-b');
  assert.equal(b?.accessToken, 'access-b');
  assert.equal(adapter.calls.filter(([name]) => name === 'refreshSession').length, 1);
  assert.deepEqual(events.map((e) => e.type), ['refreshed']);
  assert.equal(auth.state.status === 'signed-in' && auth.state.tokens.accessToken, 'access-b');
  auth.dispose();
});

test('a revoked refresh token ends the session; a network failure does not', async () => {
  const adapter = fakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    refreshSession: () => Promise.reject(cognitoError('NetworkError', 'Network error')),
  });
  const { auth, events } = service(adapter);
  await auth.signIn('ana', 'pw');
  await assert.rejects(auth.refresh(), (e: AuthError) => e.key === 'error.network');
  assert.equal(auth.state.status, 'signed-in');
  adapter.refreshSession = () => Promise.reject(cognitoError('NotAuthorizedException', 'Refresh Token has been revoked'));
  await assert.rejects(auth.refresh());
  assert.equal(auth.state.status, 'signed-out');
  assert.deepEqual(events, [{ type: 'signed-out', username: 'ana', global: false }]);
  auth.dispose();
});

test('sign-out is local first: cleared before Cognito answers, even when it never does', async () => {
  let cleared = 0;
  let fail!: (e: Error) => void;
  const adapter = fakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    revokeSession: () => new Promise((_, reject) => (fail = reject)),
    clearLocalSession: () => void cleared++,
  });
  const { auth } = service(adapter);
  await auth.signIn('ana', 'pw');
  const result = auth.signOut(true);
  assert.equal(result.username, 'ana');
  assert.equal(cleared, 1, 'storage cleared at once');
  assert.equal(auth.state.status, 'signed-out', 'state cleared at once');
  const call = adapter.calls.find(([name]) => name === 'revokeSession')!;
  assert.deepEqual(call.slice(0, 2), ['revokeSession', true]);
  assert.equal((call[2] as { refreshToken: string }).refreshToken, 'refresh', 'the tokens to revoke are handed over');
  fail(cognitoError('NetworkError'));
  assert.equal((await result.remote)?.code, 'NetworkError');
  auth.dispose();
});

test('after a confirmed sign-up, signs in once with the password given at sign-up', async () => {
  const adapter = fakeAdapter({
    signUp: async ({ username }) => ({ username, userConfirmed: false, userSub: 'sub' }),
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
  });
  const { auth } = service(adapter);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'nothing to use before a sign-up');
  await auth.signUp({ username: 'ana', password: 'Secret-123', attributes: {} });
  assert.equal(await auth.signInAfterConfirm('bob'), undefined, 'only for the same user');
  assert.equal((await auth.signInAfterConfirm('ana'))?.kind, 'done');
  assert.deepEqual(adapter.calls.find(([name]) => name === 'signIn'), ['signIn', 'ana', 'Secret-123', 'USER_SRP_AUTH']);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'the password is forgotten once used');
  auth.dispose();
});

test('after a sign-in refused for an unconfirmed account, signs in once with that password after confirming', async () => {
  let confirmed = false;
  const adapter = fakeAdapter({
    signIn: async (username) => {
      if (!confirmed) throw cognitoError('UserNotConfirmedException');
      return { kind: 'done', username, tokens: tokens(1_000_000) };
    },
  });
  const { auth } = service(adapter);
  await assert.rejects(auth.signIn('ana', 'Secret-123'), (e: AuthError) => e.code === 'UserNotConfirmedException');
  confirmed = true;
  assert.equal((await auth.signInAfterConfirm('ana'))?.kind, 'done');
  assert.deepEqual(adapter.calls.filter(([name]) => name === 'signIn').at(-1), ['signIn', 'ana', 'Secret-123', 'USER_SRP_AUTH']);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'the password is forgotten once used');
  auth.dispose();
});
