// React 19 with the built package (dist/): cognito-elements/react's tags as React renders them
// (attributes, properties, on<event> listeners, refs) and the @lit/react components of
// cognito-elements/react-wrappers. Served bundled by esbuild (web-test-runner.config.js).
import { expect } from '@open-wc/testing';
import { act, createRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import 'cognito-elements/react';
import type { CognitoSessionRestoredEvent, CognitoSignedInEvent, CognitoUserPool } from 'cognito-elements';
import { CognitoSignIn as SignIn, CognitoUserPool as UserPool } from 'cognito-elements/react-wrappers';

// React warns unless it knows it runs under act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const POOL = { 'user-pool-id': 'us-east-1_Framework1', 'client-id': 'reactclient', storage: 'memory' } as const;
const detail = { username: 'ada', tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh' }, expiresAt: 1 };
const fire = (target: Element, type: string) =>
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

let host: HTMLElement;
let root: Root;
// Mocha runs hooks outside any describe() for every test of the file.
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

async function render(node: ReactNode) {
  await act(async () => root.render(node));
  await new Promise((resolve) => setTimeout(resolve));
}

describe('React 19 with cognito-elements/react', () => {
  it('sets attributes, properties and booleans as the typings say, and the ref is the element', async () => {
    const pool = createRef<CognitoUserPool>();
    await render(
      <cognito-user-pool ref={pool} {...POOL} request-timeout={5000}>
        <cognito-sign-up attributes="email name" />
        <cognito-user-profile labels={{ name: 'Full name' }} hide-when-signed-out />
      </cognito-user-pool>,
    );
    expect(pool.current).to.equal(host.querySelector('cognito-user-pool'));
    expect(pool.current!.userPoolId).to.equal('us-east-1_Framework1');
    expect(pool.current!.requestTimeout).to.equal(5000);
    const signUp = host.querySelector('cognito-sign-up')!;
    expect(signUp.getAttribute('attributes')).to.equal('email name');
    expect(signUp.querySelector('input[name="name"]')).to.exist;
    const profile = host.querySelector('cognito-user-profile')!;
    expect(profile.labels).to.deep.equal({ name: 'Full name' });
    expect(profile.hasAttribute('hide-when-signed-out')).to.be.true;
    await render(
      <cognito-user-pool ref={pool} {...POOL}>
        <cognito-user-profile hide-when-signed-out={false} />
      </cognito-user-pool>,
    );
    expect(host.querySelector('cognito-user-profile')!.hasAttribute('hide-when-signed-out')).to.be.false;
  });

  it('calls on<event-name> handlers with the event, also for events from inside', async () => {
    const heard: string[] = [];
    const onSignedIn = (e: CognitoSignedInEvent) => heard.push(`pool: ${e.type} ${e.detail.tokens.idToken}`);
    const onRestored = (e: CognitoSessionRestoredEvent) => heard.push(`pool: ${e.type}`);
    await render(
      <cognito-user-pool {...POOL} oncognito-signed-in={onSignedIn} oncognito-session-restored={onRestored}>
        <cognito-sign-in oncognito-signed-in={(e) => heard.push(`sign-in: ${e.detail.username}`)} />
      </cognito-user-pool>,
    );
    fire(host.querySelector('cognito-sign-in')!, 'cognito-signed-in');
    fire(host.querySelector('cognito-user-pool')!, 'cognito-session-restored');
    expect(heard).to.deep.equal(['sign-in: ada', 'pool: cognito-signed-in id', 'pool: cognito-session-restored']);
  });
});

describe('@lit/react components of cognito-elements/react-wrappers', () => {
  it('set properties and call on<EventName> props', async () => {
    const heard: string[] = [];
    const pool = createRef<CognitoUserPool>();
    await render(
      <UserPool ref={pool} userPoolId="us-east-1_Framework1" clientId="reactclient" storage="memory"
        onCognitoSignedIn={(e) => heard.push(`pool: ${e.detail.tokens.accessToken}`)}>
        <SignIn username="ada" onCognitoSignedIn={(e) => heard.push(`sign-in: ${e.detail.username}`)} />
      </UserPool>,
    );
    expect(pool.current).to.equal(host.querySelector('cognito-user-pool'));
    expect(pool.current!.clientId).to.equal('reactclient');
    const signIn = host.querySelector('cognito-sign-in')!;
    expect(signIn.username).to.equal('ada');
    expect(signIn.querySelector<HTMLInputElement>('input[name="username"]')!.value).to.equal('ada');
    fire(signIn, 'cognito-signed-in');
    expect(heard).to.deep.equal(['sign-in: ada', 'pool: access']);
  });
});
