// Lazy elements (lazy.js, the CDN entry): this file's page defines nothing else, so every tag
// here is defined by the autoloader when it appears.
import { expect } from '@open-wc/testing';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';

const POOL = { 'user-pool-id': 'us-east-1_Lazy00001', 'client-id': 'lazyclient', storage: 'memory' };
const provider = () => {
  const pool = document.createElement('cognito-user-pool');
  for (const [name, value] of Object.entries(POOL)) pool.setAttribute(name, value);
  return pool;
};
const within = <T>(promise: Promise<T>, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within 5 s`)), 5000))]);

describe('lazy elements', () => {
  it('an element created before its module loads upgrades in place and keeps its properties', async () => {
    // Created the way frameworks do, with a property set, before lazy.js has even been imported.
    const signIn = document.createElement('cognito-sign-in') as CognitoSignIn;
    signIn.username = 'ana';
    const pool = provider();
    pool.append(signIn);
    expect(customElements.get('cognito-sign-in')).to.equal(undefined);
    await import('../../lazy.js');
    document.body.append(pool);
    await within(customElements.whenDefined('cognito-sign-in'), 'cognito-sign-in defined');
    await signIn.updateComplete;
    expect(customElements.get('cognito-user-pool'), 'the provider too').to.not.equal(undefined);
    expect(signIn.username).to.equal('ana');
    expect(signIn.querySelector<HTMLInputElement>('input[name=username]')?.value).to.equal('ana');
    pool.remove();
  });

  it('an element rendered by another is defined before it (the authenticator\'s steps)', async () => {
    const pool = provider();
    pool.innerHTML = '<cognito-mfa-settings></cognito-mfa-settings>';
    document.body.append(pool);
    await within(customElements.whenDefined('cognito-mfa-settings'), 'cognito-mfa-settings defined');
    expect(customElements.get('cognito-totp-setup'), 'what it renders is defined first').to.not.equal(undefined);
    pool.remove();
  });

  it('discover() covers a shadow root of the page\'s own', async () => {
    const { discover } = await import('../../lazy.js');
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<cognito-sign-out></cognito-sign-out>';
    await within(discover(shadow), 'discover(shadowRoot)');
    expect(shadow.querySelector('cognito-sign-out')).to.be.instanceOf(customElements.get('cognito-sign-out')!);
    // Added later inside the same shadow root: watched from then on.
    shadow.append(document.createElement('cognito-change-password'));
    await within(customElements.whenDefined('cognito-change-password'), 'a later element in the shadow root');
    host.remove();
  });
});
