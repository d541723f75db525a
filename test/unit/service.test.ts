import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AuthService, type SessionEvent } from '../../src/auth/service.js';
import { AuthError } from '../../src/errors/auth-error.js';
import type { AuthConfig, Tokens } from '../../src/auth/types.js';
import { sdkError, FakeAdapter, tokens } from '../shared/fake-adapter.js';

const config: AuthConfig = { userPoolId: 'us-east-1_Test', clientId: 'client' };

/**
 * A service over `adapter`, disposed of when the test ends however it ends: a failed assertion
 * must not leave its refresh timer (about an hour) armed.
 */
function service(t: TestContext, adapter: FakeAdapter, clock = { now: 1_000_000 }, settings = config) {
  const auth = new AuthService(settings, adapter, () => clock.now);
  t.after(() => auth.dispose());
  const events: SessionEvent[] = [];
  auth.onSession((e) => events.push(e));
  return { auth, events, clock };
}

test('starts loading, then signed out when nothing is stored', async (t) => {
  const { auth } = service(t, new FakeAdapter());
  assert.equal(auth.state.status, 'loading');
  await auth.restore();
  assert.equal(auth.state.status, 'signed-out');
});

test('restores a stored session and says so', async (t) => {
  const stored = tokens(1_000_000);
  const { auth, events } = service(t, new FakeAdapter({ restoreSession: async () => ({ username: 'ana', tokens: stored }) }));
  await auth.restore();
  assert.deepEqual(auth.state, { status: 'signed-in', username: 'ana', tokens: stored });
  assert.deepEqual(events, [{ type: 'restored', username: 'ana', tokens: stored }]);
});

test('getTokens during the restore on load waits for the stored session instead of answering null', async (t) => {
  const stored = tokens(1_000_000);
  let answer!: () => void;
  const adapter = new FakeAdapter({
    restoreSession: () => new Promise((resolve) => (answer = () => resolve({ username: 'ana', tokens: stored }))),
  });
  const { auth } = service(t, adapter);
  const restoring = auth.restore();
  const early = auth.getTokens();
  answer();
  assert.equal((await early)?.accessToken, stored.accessToken);
  await restoring;
  const { auth: empty } = service(t, new FakeAdapter());
  const none = empty.getTokens();
  await empty.restore();
  assert.equal(await none, null, 'nothing stored: null once the storage has been read');
});

test('a revoked stored session is cleared on load', async (t) => {
  let cleared = 0;
  const adapter = new FakeAdapter({
    restoreSession: () => Promise.reject(sdkError('NotAuthorizedException')),
    clearLocalSession: () => void cleared++,
  });
  const { auth } = service(t, adapter);
  await auth.restore();
  assert.equal(auth.state.status, 'signed-out');
  assert.equal(cleared, 1);
});

test('sign-in with the provider flow reaches signed-in', async (t) => {
  const issued = tokens(1_000_000);
  const adapter = new FakeAdapter({ signIn: async (username) => ({ kind: 'done', username, tokens: issued }) });
  const { auth } = service(t, adapter, undefined, { ...config, authFlow: 'USER_PASSWORD_AUTH' });
  const states: string[] = [];
  auth.subscribe((s) => states.push(s.status));
  await auth.signIn('ana', 'Secret-123');
  assert.deepEqual(adapter.calls[0], { method: 'signIn', args: ['ana', 'Secret-123', 'USER_PASSWORD_AUTH'] });
  assert.deepEqual(states, ['signed-in']);
  assert.ok(Object.isFrozen(auth.state), 'state snapshots are immutable');
});

test('a challenge becomes the shared state', async (t) => {
  const adapter = new FakeAdapter({
    signIn: async () => ({ kind: 'challenge', username: 'ana', challenge: 'SMS_MFA', parameters: { codeDelivery: { Destination: '+*****12' } } }),
  });
  const { auth } = service(t, adapter);
  await auth.signIn('ana', 'pw');
  assert.equal(auth.state.status, 'challenge');
  assert.equal(auth.state.status === 'challenge' && auth.state.challenge, 'SMS_MFA');
  auth.cancelChallenge();
  assert.equal(auth.state.status, 'signed-out');
});

test('unknown user, wrong password and disabled user read alike', async (t) => {
  const keys = [];
  for (const [code, message] of [
    ['UserNotFoundException', 'User does not exist.'],
    ['NotAuthorizedException', 'Incorrect username or password.'],
    ['NotAuthorizedException', 'User is disabled.'],
  ]) {
    const { auth } = service(t, new FakeAdapter({ signIn: () => Promise.reject(sdkError(code, message)) }));
    const error = await auth.signIn('x', 'y').catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    keys.push([error.key, error.field]);
    assert.equal(auth.state.status, 'loading', 'a failed sign-in changes no state');
  }
  assert.deepEqual(keys, Array(3).fill(['error.signInFailed', 'password']));
});

test('forgot password and resend answer alike for every account Cognito refuses; other failures still fail', async (t) => {
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
    const reject = () => Promise.reject(sdkError(code, message));
    const { auth } = service(t, new FakeAdapter({ forgotPassword: reject, resendSignUpCode: reject }));
    assert.equal(await auth.forgotPassword('someone'), undefined, `forgot password: ${message}`);
    assert.equal(await auth.resendSignUpCode('someone'), undefined, `resend: ${message}`);
  }
  const failures: Array<[string, string, string]> = [
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'error.tooManyAttempts'],
    ['NetworkError', 'Network error', 'error.network'],
    ['InvalidParameterException', "1 validation error detected: Value at 'username' failed to satisfy constraint", 'error.invalidParameter'],
  ];
  for (const [code, message, key] of failures) {
    const reject = () => Promise.reject(sdkError(code, message));
    const { auth } = service(t, new FakeAdapter({ forgotPassword: reject, resendSignUpCode: reject }));
    await assert.rejects(auth.forgotPassword('ana'), (e: AuthError) => e.key === key && e.operation === 'forgotPassword');
    await assert.rejects(auth.resendSignUpCode('ana'), (e: AuthError) => e.key === key && e.operation === 'resendSignUpCode');
  }
});

test('getTokens refreshes near expiry, with one refresh in flight', async (t) => {
  // Every refresh request is answered, so a second one (the bug) fails the count below, not by hanging.
  const pending: Array<() => void> = [];
  const release = () => pending.splice(0).forEach((answer) => answer());
  const fresh = tokens(1_000_000 + 3_590_000, 3_600_000, 'b');
  const adapter = new FakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    refreshSession: () => new Promise((resolve) => pending.push(() => resolve(fresh))),
  });
  const { auth, events, clock } = service(t, adapter);
  await auth.signIn('ana', 'pw');
  assert.equal((await auth.getTokens())?.accessToken, 'access-a', 'fresh tokens are returned as they are');
  clock.now += 3_590_000; // ten seconds before expiry
  const both = Promise.all([auth.getTokens(), auth.getTokens()]);
  release();
  const [a, b] = await both;
  assert.equal(a?.accessToken, 'access-b');
  assert.equal(b?.accessToken, 'access-b');
  assert.equal(adapter.callsTo('refreshSession').length, 1);
  assert.deepEqual(events.map((e) => e.type), ['refreshed']);
  assert.equal(auth.state.status === 'signed-in' && auth.state.tokens.accessToken, 'access-b');
});

test('refresh() called again while one is out shares it: one request, one event', async (t) => {
  const pending: Array<() => void> = [];
  const adapter = new FakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    refreshSession: () => new Promise((resolve) => pending.push(() => resolve(tokens(1_000_000, 3_600_000, 'b')))),
  });
  const { auth, events } = service(t, adapter);
  await auth.signIn('ana', 'pw');
  const both = Promise.all([auth.refresh(), auth.refresh()]);
  pending.splice(0).forEach((answer) => answer());
  assert.deepEqual((await both).map((got) => got.accessToken), ['access-b', 'access-b']);
  assert.equal(adapter.callsTo('refreshSession').length, 1);
  assert.deepEqual(events.map((e) => e.type), ['refreshed']);
});

test('a revoked refresh token ends the session; a network failure does not', async (t) => {
  const adapter = new FakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    refreshSession: () => Promise.reject(sdkError('NetworkError', 'Network error')),
  });
  const { auth, events } = service(t, adapter);
  await auth.signIn('ana', 'pw');
  await assert.rejects(auth.refresh(), (e: AuthError) => e.key === 'error.network');
  assert.equal(auth.state.status, 'signed-in');
  adapter.refreshSession = () => Promise.reject(sdkError('NotAuthorizedException', 'Refresh Token has been revoked'));
  await assert.rejects(auth.refresh());
  assert.equal(auth.state.status, 'signed-out');
  assert.deepEqual(events, [{ type: 'signed-out', username: 'ana', global: false }]);
});

test('sign-out is local first: cleared before Cognito answers, even when it never does', async (t) => {
  let cleared = 0;
  let fail!: (e: unknown) => void;
  const revoked: Array<[boolean, Tokens]> = [];
  const adapter = new FakeAdapter({
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
    revokeSession: (global, held) => (revoked.push([global, held]), new Promise((_, reject) => (fail = reject))),
    clearLocalSession: () => void cleared++,
  });
  const { auth } = service(t, adapter);
  await auth.signIn('ana', 'pw');
  const result = auth.signOut(true);
  assert.equal(result.username, 'ana');
  assert.equal(cleared, 1, 'storage cleared at once');
  assert.equal(auth.state.status, 'signed-out', 'state cleared at once');
  assert.deepEqual(revoked.map(([global, held]) => [global, held.refreshToken]), [[true, 'refresh']], 'the tokens to revoke are handed over');
  fail(sdkError('NetworkError'));
  assert.equal((await result.remote)?.code, 'NetworkError');
});

test('after a confirmed sign-up, signs in once with the password given at sign-up', async (t) => {
  const adapter = new FakeAdapter({
    signUp: async ({ username }) => ({ username, userConfirmed: false, userSub: 'sub' }),
    signIn: async (username) => ({ kind: 'done', username, tokens: tokens(1_000_000) }),
  });
  const { auth } = service(t, adapter);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'nothing to use before a sign-up');
  await auth.signUp({ username: 'ana', password: 'Secret-123', attributes: {} });
  assert.equal(await auth.signInAfterConfirm('bob'), undefined, 'only for the same user');
  assert.equal((await auth.signInAfterConfirm('ana'))?.kind, 'done');
  assert.deepEqual(adapter.callsTo('signIn')[0], ['ana', 'Secret-123', 'USER_SRP_AUTH']);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'the password is forgotten once used');
});

test('after a sign-in refused for an unconfirmed account, signs in once with that password after confirming', async (t) => {
  let confirmed = false;
  const adapter = new FakeAdapter({
    signIn: async (username) => {
      if (!confirmed) throw sdkError('UserNotConfirmedException');
      return { kind: 'done', username, tokens: tokens(1_000_000) };
    },
  });
  const { auth } = service(t, adapter);
  await assert.rejects(auth.signIn('ana', 'Secret-123'), (e: AuthError) => e.code === 'UserNotConfirmedException');
  confirmed = true;
  assert.equal((await auth.signInAfterConfirm('ana'))?.kind, 'done');
  assert.deepEqual(adapter.callsTo('signIn').at(-1), ['ana', 'Secret-123', 'USER_SRP_AUTH']);
  assert.equal(await auth.signInAfterConfirm('ana'), undefined, 'the password is forgotten once used');
});
