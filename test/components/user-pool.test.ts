import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import { AuthService } from '../../src/auth/service.js';
import { alertText, record, settle, statusText, submitButton, type, waitFor } from './fixture.js';

if (!customElements.get('cognito-user-pool')) customElements.define('cognito-user-pool', CognitoUserPool);

const CLIENT = 'testclient';
// Nothing listens here: every request the SDK makes fails fast as a network error.
const NOWHERE = 'http://127.0.0.1:9/';

const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
const jwt = (claims: object) => `${b64({ alg: 'none', kid: 'test' })}.${b64(claims)}.signature`;

/** Stores a valid session for `username` the way the SDK does, in sessionStorage. */
function storeSession(username: string) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: `sub-${username}`, username, 'cognito:username': username, iat: now, exp: now + 3600 };
  const prefix = `CognitoIdentityServiceProvider.${CLIENT}`;
  sessionStorage.setItem(`${prefix}.LastAuthUser`, username);
  sessionStorage.setItem(`${prefix}.${username}.idToken`, jwt({ ...claims, token_use: 'id' }));
  sessionStorage.setItem(`${prefix}.${username}.accessToken`, jwt({ ...claims, token_use: 'access' }));
  sessionStorage.setItem(`${prefix}.${username}.refreshToken`, 'refresh-token');
  sessionStorage.setItem(`${prefix}.${username}.clockDrift`, '0');
}

const containers: HTMLElement[] = [];
afterEach(() => {
  containers.splice(0).forEach((container) => container.remove());
  sessionStorage.clear();
});

/** Renders into the page (without open-wc's fixture, which waits for a frame). */
async function place<T extends Element>(template: unknown): Promise<T> {
  const container = document.createElement('div');
  render(template, container);
  document.body.append(container);
  containers.push(container);
  await settle(container.firstElementChild!);
  return container.firstElementChild as T;
}

/**
 * Once the provider has read its storage: a stored session waits for the adapter's chunk, which
 * the test server compiles on first request (slower while other test files run).
 */
const restoredFrom = (el: CognitoUserPool) => waitFor(el, () => el.state.status !== 'loading');

const pool = (inner: unknown = html``, storage = 'memory') =>
  place<CognitoUserPool>(html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id=${CLIENT} endpoint=${NOWHERE} storage=${storage}>${inner}</cognito-user-pool>`);

describe('<cognito-user-pool>', () => {
  it('provides an auth service that settles to signed out when nothing is stored', async () => {
    const el = await pool(html`<cognito-sign-in></cognito-sign-in>`);
    expect(el.auth).to.be.instanceOf(AuthService);
    expect(el.auth!.config).to.include({ userPoolId: 'us-east-1_Test', clientId: CLIENT, endpoint: NOWHERE });
    await settle(el);
    expect(el.state.status).to.equal('signed-out');
    expect(await el.getTokens()).to.equal(null);
    expect(el.querySelector('cognito-sign-in form')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('provides nothing without a user pool and client id', async () => {
    const el = await place<CognitoUserPool>(html`<cognito-user-pool></cognito-user-pool>`);
    expect(el.auth).to.equal(undefined);
    expect(el.state.status).to.equal('loading');
  });

  it('restores a stored session, and the elements inside see it', async () => {
    storeSession('ana');
    const container = document.createElement('div');
    const restored = record(container, 'cognito-session-restored');
    render(html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id=${CLIENT} endpoint=${NOWHERE} storage="session">
      <cognito-sign-out></cognito-sign-out>
    </cognito-user-pool>`, container);
    document.body.append(container);
    containers.push(container);
    const el = container.querySelector<CognitoUserPool>('cognito-user-pool')!;
    await restoredFrom(el);
    const signOut = el.querySelector('cognito-sign-out')!;
    await settle(signOut);
    expect(el.state.status).to.equal('signed-in');
    expect(restored).to.have.length(1);
    expect(restored[0].username).to.equal('ana');
    expect(restored[0].tokens.refreshToken).to.equal('refresh-token');
    expect(submitButton(signOut)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('getTokens() called right after the tags are defined waits for the stored session', async () => {
    storeSession('ana');
    const container = document.createElement('div');
    render(html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id=${CLIENT} endpoint=${NOWHERE} storage="session"></cognito-user-pool>`, container);
    document.body.append(container);
    containers.push(container);
    const el = container.querySelector<CognitoUserPool>('cognito-user-pool')!;
    // What an app's script after `import 'cognito-elements/define.js'` does: before the first update.
    expect(el.hasUpdated).to.equal(false);
    const tokens = await el.getTokens();
    expect(tokens?.refreshToken).to.equal('refresh-token');
    expect(el.state.status).to.equal('signed-in');
  });

  it('signs out locally through the real SDK adapter even when the server is unreachable', async () => {
    storeSession('ana');
    const el = await pool(html`<cognito-sign-out></cognito-sign-out>`, 'session');
    await restoredFrom(el);
    const signOut = el.querySelector('cognito-sign-out')!;
    await settle(signOut);
    const events = record(el, 'cognito-signed-out');
    const errors = record(el, 'cognito-error');
    const told = new Promise((resolve) => signOut.addEventListener('cognito-error', resolve, { once: true }));
    signOut.querySelector('form')!.requestSubmit();
    // Local first: signed out (and the event fired) before the server is even asked.
    expect(events).to.deep.equal([{ username: 'ana', global: false }]);
    expect(el.state.status).to.equal('signed-out');
    await told;
    await settle(signOut);
    expect(errors[0]).to.include({ operation: 'signOut' });
    expect(statusText(signOut)).to.match(/signed out on this device/);
    expect(el.state.status).to.equal('signed-out');
    expect(sessionStorage.getItem(`CognitoIdentityServiceProvider.${CLIENT}.ana.accessToken`)).to.equal(null);
  });

  it('signs out from its JS API and emits cognito-signed-out', async () => {
    storeSession('ana');
    const el = await pool(html``, 'session');
    await restoredFrom(el);
    const events = record(el, 'cognito-signed-out');
    const errors = record(el, 'cognito-error');
    // The server is unreachable here: the session still ends on this device, and it says so.
    const result = await el.signOut();
    expect(events).to.deep.equal([{ username: 'ana', global: false }]);
    expect(el.state.status).to.equal('signed-out');
    expect(result.remoteError?.code).to.equal('NetworkError');
    expect(errors).to.deep.equal([{ code: 'NetworkError', message: 'You are signed out on this device, but the server could not be reached to end the session.', operation: 'signOut' }]);
    expect(sessionStorage.getItem(`CognitoIdentityServiceProvider.${CLIENT}.ana.accessToken`)).to.equal(null);
    await el.signOut();
    expect(events).to.have.length(1);
  });

  it('hands a new service to the elements when its configuration changes', async () => {
    const el = await pool(html`<cognito-sign-in></cognito-sign-in>`);
    const first = el.auth;
    el.clientId = 'otherclient';
    await settle(el);
    expect(el.auth).to.not.equal(first);
    expect(el.auth!.config.clientId).to.equal('otherclient');
  });

  it('keeps working when moved in the page', async () => {
    const el = await pool(html`<cognito-sign-in></cognito-sign-in>`);
    const other = document.createElement('div');
    document.body.append(other);
    containers.push(other);
    other.append(el);
    await settle(el);
    expect(el.auth).to.be.instanceOf(AuthService);
    // The element inside talks to the new service: a sign-in reaches the (unreachable) endpoint.
    const signIn = el.querySelector('cognito-sign-in')!;
    const errors = record(signIn, 'cognito-error');
    type(signIn, 'username', 'ana');
    type(signIn, 'password', 'Secret-pass-1');
    signIn.querySelector('form')!.requestSubmit();
    await new Promise((resolve) => signIn.addEventListener('cognito-error', resolve, { once: true }));
    await settle(signIn);
    expect(errors[0]).to.include({ code: 'NetworkError', operation: 'signIn' });
    expect(alertText(signIn)).to.match(/Couldn't reach the sign-in service/);
  });
});
