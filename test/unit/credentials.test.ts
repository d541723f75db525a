import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { CredentialsManager } from '../../src/credentials/credentials.js';
import { modelViolation } from '../shared/api-model.js';

type Sent = { target: string; body: Record<string, unknown> };
let sent: Sent[] = [];
let expiresIn = 3600;
const realFetch = globalThis.fetch;
const clock = { now: 1_000_000_000_000 };

beforeEach(() => {
  sent = [];
  expiresIn = 3600;
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    const target = String((init.headers as Record<string, string>)['x-amz-target']);
    const body = JSON.parse(String(init.body));
    sent.push({ target, body });
    const logins = body.Logins ? Object.values(body.Logins)[0] : 'guest';
    if (target.endsWith('GetId')) return Response.json({ IdentityId: `us-east-1:${logins}` });
    return Response.json({
      IdentityId: body.IdentityId,
      Credentials: { AccessKeyId: 'ASIA1', SecretKey: 'secret', SessionToken: 'token', Expiration: clock.now / 1000 + expiresIn },
    });
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
  // Every request each test sent fits Cognito Identity's official model.
  assert.deepEqual(sent.map((s) => modelViolation(s.target, s.body)).filter(Boolean), []);
});

const manager = (guest = false) =>
  new CredentialsManager(
    { identityPoolId: 'us-east-1:pool', providerName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_P', endpoint: 'http://x/', guest },
    () => clock.now,
  );

test('a signed-in user gets credentials with the Logins map of the user pool', async () => {
  const m = manager();
  const creds = await m.get({ username: 'ana', idToken: 'id-ana' });
  assert.equal(creds.identityId, 'us-east-1:id-ana');
  assert.equal(creds.accessKeyId, 'ASIA1');
  assert.equal(creds.expiration.getTime(), clock.now + 3_600_000, 'epoch seconds become a Date');
  assert.deepEqual(sent.map((s) => s.target), ['AWSCognitoIdentityService.GetId', 'AWSCognitoIdentityService.GetCredentialsForIdentity']);
  assert.deepEqual(sent[0].body, { IdentityPoolId: 'us-east-1:pool', Logins: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_P': 'id-ana' } });
});

test('credentials in hand are reused until shortly before they expire, one request at a time', async () => {
  const m = manager();
  const user = { username: 'ana', idToken: 'id-ana' };
  await Promise.all([m.get(user), m.get(user), m.get(user)]);
  assert.equal(sent.length, 2, 'concurrent callers share one fetch');
  await m.get(user);
  assert.equal(sent.length, 2);
  clock.now += 3_600_000 - 60_000; // a minute before expiry
  await m.get(user);
  assert.deepEqual(sent.slice(2).map((s) => s.target), ['AWSCognitoIdentityService.GetCredentialsForIdentity'], 'the identity id is kept');
});

test('another user discards everything of the previous one', async () => {
  const m = manager();
  await m.get({ username: 'ana', idToken: 'id-ana' });
  const bob = await m.get({ username: 'bob', idToken: 'id-bob' });
  assert.equal(bob.identityId, 'us-east-1:id-bob');
  m.clear();
  assert.equal(m.current, undefined);
});

test('credentials still loading for a user who left are dropped', async () => {
  const m = manager();
  const late = m.get({ username: 'ana', idToken: 'id-ana' });
  m.clear();
  await assert.rejects(late);
  assert.equal(m.current, undefined);
});

test('clear() aborts the request in flight: nothing is left waiting for an answer nobody wants', async () => {
  let signal: AbortSignal | undefined;
  globalThis.fetch = ((_url: string, init: RequestInit) => {
    signal = init.signal ?? undefined;
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal?.reason)));
  }) as typeof fetch;
  const m = manager();
  const late = m.get({ username: 'ana', idToken: 'id-ana' });
  m.clear();
  assert.equal(signal?.aborted, true);
  await assert.rejects(late, { code: 'AbortError' });
});

test('guests get credentials without Logins only when enabled', async () => {
  await assert.rejects(manager(false).get(undefined));
  assert.equal(sent.length, 0);
  const creds = await manager(true).get(undefined);
  assert.equal(creds.identityId, 'us-east-1:guest');
  assert.equal(sent[0].body.Logins, undefined);
});

test('service errors keep their code; network failures read as NetworkError', async () => {
  globalThis.fetch = (async () =>
    new Response(JSON.stringify({ __type: 'NotAuthorizedException', message: 'Invalid login token.' }), { status: 400 })) as typeof fetch;
  await assert.rejects(manager().get({ username: 'ana', idToken: 'x' }), { code: 'NotAuthorizedException' });
  globalThis.fetch = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  await assert.rejects(manager().get({ username: 'ana', idToken: 'x' }), { code: 'NetworkError' });
});
