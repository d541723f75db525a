// Vue 3 with the built package (dist/): cognito-elements/vue's tags as Vue's runtime sets them.
// Render functions give the vnodes that compiled templates give (`attributes="email name"`,
// `:labels="{...}"`, `@cognito-signed-in="..."` → onCognitoSignedIn). Served bundled by esbuild.
import { expect } from '@open-wc/testing';
import { createApp, h, nextTick, ref, type App } from 'vue';
import 'cognito-elements/vue';

const POOL = { 'user-pool-id': 'us-east-1_Framework1', 'client-id': 'vueclient', storage: 'memory' };
const detail = { username: 'ada', tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh' }, expiresAt: 1 };

describe('Vue 3 with cognito-elements/vue', () => {
  let host: HTMLElement;
  let app: App;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    app.unmount();
    host.remove();
  });

  it('sets attributes and properties, and listens to events by their names', async () => {
    const heard: string[] = [];
    const hidden = ref(true);
    app = createApp({
      render: () =>
        h('cognito-user-pool', { ...POOL, 'request-timeout': '5000', onCognitoSignedIn: (e: CustomEvent) => heard.push(`pool: ${e.detail.username}`) }, [
          h('cognito-sign-up', { attributes: 'email name' }),
          h('cognito-user-profile', { labels: { name: 'Full name' }, hideWhenSignedOut: hidden.value }),
          h('cognito-sign-in', { onCognitoSignedIn: (e: CustomEvent) => heard.push(`sign-in: ${e.detail.tokens.idToken}`) }),
        ]),
    });
    app.mount(host);
    await nextTick();
    const pool = host.querySelector('cognito-user-pool')!;
    await pool.updateComplete;
    expect(pool.userPoolId).to.equal('us-east-1_Framework1');
    expect(pool.requestTimeout).to.equal(5000);
    const signUp = host.querySelector('cognito-sign-up')!;
    await signUp.updateComplete;
    expect(signUp.getAttribute('attributes')).to.equal('email name');
    expect(signUp.querySelector('input[name="name"]')).to.exist;
    const profile = host.querySelector('cognito-user-profile')!;
    expect(profile.labels).to.deep.equal({ name: 'Full name' });
    expect(profile.hideWhenSignedOut).to.be.true;
    hidden.value = false;
    await nextTick();
    expect(profile.hideWhenSignedOut, 'a boolean bound to the property').to.be.false;

    host.querySelector('cognito-sign-in')!.dispatchEvent(new CustomEvent('cognito-signed-in', { detail, bubbles: true, composed: true }));
    expect(heard).to.deep.equal(['sign-in: id', 'pool: ada']);
  });
});
