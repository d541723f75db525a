/**
 * Where the real provider keeps what it holds, through the real SDK adapter and the network
 * answered by a stub: the session in the storage its `storage` names and nowhere else (memory:
 * nowhere in the page), and AWS credentials in memory only, whatever the storage.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../define.js';
import type { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import { settle } from './fixture.js';

const CLIENT = 'storageclient';
const SECRET_KEY = 'secret-access-key-value';
const SESSION_TOKEN = 'aws-session-token-value';
const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`;
const now = () => Math.floor(Date.now() / 1000);
const ACCESS = jwt({ sub: 's', username: 'ana', iat: now(), exp: now() + 3600, token_use: 'access' });
const ID = jwt({ sub: 's', 'cognito:username': 'ana', iat: now(), exp: now() + 3600, token_use: 'id' });

/** What Cognito and Cognito Identity answer, by operation. */
const ANSWERS: Record<string, object> = {
  InitiateAuth: { AuthenticationResult: { AccessToken: ACCESS, IdToken: ID, RefreshToken: 'refresh-value', ExpiresIn: 3600, TokenType: 'Bearer' } },
  GetId: { IdentityId: 'us-east-1:identity-1' },
  GetCredentialsForIdentity: {
    IdentityId: 'us-east-1:identity-1',
    Credentials: { AccessKeyId: 'AKIAEXAMPLE', SecretKey: SECRET_KEY, SessionToken: SESSION_TOKEN, Expiration: now() + 3600 },
  },
};

/**
 * What the page keeps outside memory under this file's client id, as one string to search (other
 * test files share the origin's storage, and may run at the same time).
 */
const OURS = `CognitoIdentityServiceProvider.${CLIENT}.`;
const ours = (storage: Storage) => Object.fromEntries(Object.entries({ ...storage }).filter(([key]) => key.startsWith(OURS)));
const cookies = () => document.cookie.split('; ').filter((pair) => decodeURIComponent(pair).startsWith(OURS)).join('; ');
const kept = () => ({ local: JSON.stringify(ours(localStorage)), session: JSON.stringify(ours(sessionStorage)), cookie: cookies() });
/** Everything the page keeps outside memory, whoever wrote it, for secrets that must be nowhere. */
const everything = () => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie });
const clearOurs = () => {
  for (const storage of [localStorage, sessionStorage]) for (const key of Object.keys(ours(storage))) storage.removeItem(key);
  for (const pair of cookies().split('; ').filter(Boolean)) document.cookie = `${pair.split('=')[0]}=; Path=/; Max-Age=0`;
};

const realFetch = window.fetch;
const containers: HTMLElement[] = [];
beforeEach(() => {
  clearOurs();
  window.fetch = (async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const op = String(headers['X-Amz-Target'] ?? headers['x-amz-target']).split('.')[1];
    return new Response(JSON.stringify(ANSWERS[op] ?? {}), { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' } });
  }) as typeof fetch;
});
afterEach(() => {
  containers.splice(0).forEach((container) => container.remove());
  window.fetch = realFetch;
  clearOurs();
});

async function signedIn(storage: string, identityPool = false): Promise<CognitoUserPool> {
  const container = document.createElement('div');
  render(html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id=${CLIENT} endpoint="http://pool.test/"
    auth-flow="USER_PASSWORD_AUTH" storage=${storage} identity-pool-id=${identityPool ? 'us-east-1:pool' : ''}></cognito-user-pool>`, container);
  document.body.append(container);
  containers.push(container);
  const pool = container.firstElementChild as CognitoUserPool;
  await settle(pool);
  const step = await pool.auth!.signIn('ana', 'Secret-pass-1');
  expect(step.kind, 'signed in').to.equal('done');
  return pool;
}

describe('<cognito-user-pool> storage', () => {
  it('storage="memory" keeps the session out of localStorage, sessionStorage and cookies', async () => {
    const pool = await signedIn('memory');
    expect(pool.state.status).to.equal('signed-in');
    expect(JSON.stringify(kept()), 'page storage').to.equal(JSON.stringify({ local: '{}', session: '{}', cookie: '' }));
    expect(everything(), 'page storage').to.not.include(ACCESS);
  });

  for (const [storage, where] of [['local', 'local'], ['session', 'session'], ['cookie', 'cookie']] as const) {
    it(`storage="${storage}" keeps the session in ${where} storage only`, async () => {
      await signedIn(storage);
      for (const [place, content] of Object.entries(kept())) {
        if (place === where) expect(content, `${place} storage`).to.include('refresh-value');
        else expect(content, `${place} storage`).to.not.include('refresh-value');
      }
    });
  }

  it('AWS credentials stay in memory: in no storage of the page, whatever the session storage', async () => {
    for (const storage of ['local', 'memory']) {
      const pool = await signedIn(storage, true);
      const credentials = await pool.getCredentials();
      expect(credentials.secretAccessKey).to.equal(SECRET_KEY);
      expect(everything(), `page storage (storage="${storage}")`).to.not.include(SECRET_KEY).and.not.include(SESSION_TOKEN);
    }
  });
});
