import { aTimeout, expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { CognitoAuthenticator } from '../../components/authenticator/authenticator.js';
import { FakeAdapter, click, expectFocused, expectForm, input, mount, record, statusText, submit, type } from './fixture.js';

if (!customElements.get('cognito-authenticator')) customElements.define('cognito-authenticator', CognitoAuthenticator);

const PASSWORD = 'Secret-pass-1';
const STEP_TAGS = 'cognito-sign-in, cognito-sign-up, cognito-confirm-sign-up, cognito-forgot-password, cognito-mfa-prompt';

const authenticator = (options: Parameters<typeof mount>[1] = {}) =>
  mount<CognitoAuthenticator>(
    html`<cognito-authenticator><div slot="signed-in" id="private">Welcome<button>Private</button></div><p id="default">Default content</p></cognito-authenticator>`,
    options,
  );

/** Lets the authenticator, its steps and the fake adapter settle, a few rounds deep. */
async function flush(el: CognitoAuthenticator) {
  for (let round = 0; round < 4; round++) {
    await aTimeout(0);
    await el.updateComplete;
    await Promise.all([...el.querySelectorAll<LitElement>(STEP_TAGS)].map((child) => child.updateComplete));
  }
}

const flow = (el: Element) => el.querySelector<HTMLElement>(':scope > [slot="flow"]')!;
const stepTag = (el: Element) => [...flow(el).children].find((child) => child.localName.startsWith('cognito-'))?.localName;
const heading = (el: Element) => flow(el).querySelector('h2');
const links = (el: Element) => [...flow(el).querySelectorAll<HTMLButtonElement>('.cognito-links button')].map((b) => `${b.name}:${b.textContent!.trim()}`);
const shown = (node: Element) => node.assignedSlot !== null && node.checkVisibility();

const expectFocusOnHeading = (el: Element) => expectFocused(heading(el), 'the heading of the step');

async function go(el: CognitoAuthenticator, link: string) {
  await click(flow(el), link);
  await flush(el);
}

describe('<cognito-authenticator>', () => {
  it('starts at sign-in, in the light DOM, with links to reset and sign up, and hides the signed-in content', async () => {
    const { el } = await authenticator();
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expectForm(flow(el), { username: 'username', password: 'current-password' });
    expect(links(el)).to.deep.equal(['forgot-password:Forgot your password?', 'sign-up:Create an account']);
    expect(shown(flow(el)), 'the flow is shown').to.equal(true);
    expect(shown(el.querySelector('#private')!), 'signed-in slot').to.equal(false);
    expect(shown(el.querySelector('#default')!), 'default slot').to.equal(false);
    expect(document.activeElement?.localName, 'no focus move on first render').to.not.equal('h2');
    await expect(el).to.be.accessible();
  });

  it('moves between steps with its links, focusing each heading', async () => {
    const { el } = await authenticator();
    await flush(el);
    await go(el, 'sign-up');
    expect(stepTag(el)).to.equal('cognito-sign-up');
    expectFocusOnHeading(el);
    expect(heading(el)!.textContent!.trim()).to.equal('Create an account');
    expect(links(el)).to.deep.equal(['sign-in:Back to sign in']);
    await expect(el).to.be.accessible();

    await go(el, 'sign-in');
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expectFocusOnHeading(el);

    type(el, 'username', 'ana');
    await go(el, 'forgot-password');
    expect(stepTag(el)).to.equal('cognito-forgot-password');
    expect(input(el, 'username').value, 'the typed username comes along').to.equal('ana');
    expectFocusOnHeading(el);
    expect(links(el)).to.deep.equal(['sign-in:Back to sign in']);
    await expect(el).to.be.accessible();
  });

  it('hide-sign-up: no sign-up link, and no sign-up step even as initial-step', async () => {
    const { el } = await mount<CognitoAuthenticator>(html`<cognito-authenticator hide-sign-up initial-step="sign-up"></cognito-authenticator>`);
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expect(links(el)).to.deep.equal(['forgot-password:Forgot your password?']);
    await expect(el).to.be.accessible();
  });

  it('initial-step picks the first step; unknown values mean sign-in', async () => {
    for (const [initial, tag] of [['sign-up', 'cognito-sign-up'], ['forgot-password', 'cognito-forgot-password'], ['challenge', 'cognito-sign-in']]) {
      const { el } = await mount<CognitoAuthenticator>(html`<cognito-authenticator initial-step=${initial}></cognito-authenticator>`);
      await flush(el);
      expect(stepTag(el), initial).to.equal(tag);
      await expect(el).to.be.accessible();
    }
  });

  it('forwards sign-up-attributes to the sign-up form', async () => {
    const { el } = await mount<CognitoAuthenticator>(
      html`<cognito-authenticator initial-step="sign-up" sign-up-attributes="email phone_number"></cognito-authenticator>`,
    );
    await flush(el);
    expectForm(flow(el), { username: 'username', email: 'email', phone_number: 'tel', new_password: 'new-password' });
  });

  it('sign up, confirm, then signed in without the password again, showing the slotted content', async () => {
    const { el, adapter } = await authenticator();
    const signedIn = record(el, 'cognito-signed-in');
    await flush(el);
    await go(el, 'sign-up');
    type(el, 'username', 'ana');
    type(el, 'email', 'ana@example.com');
    type(el, 'new_password', PASSWORD);
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-confirm-sign-up');
    expect(input(el, 'username').value).to.equal('ana');
    expectFocusOnHeading(el);
    expect(adapter.callsTo('resendSignUpCode'), 'the sign-up sent the code already').to.have.length(0);
    const hint = flow(el).querySelector('.cognito-hint')!;
    expect(hint.textContent!.replace(/\s+/g, ' ').trim(), 'the confirm step says where the code went').to.equal('Check your email at a***@e***.com.');
    expect(hint.querySelector('bdi')?.textContent).to.equal('a***@e***.com');
    await expect(el).to.be.accessible();

    type(el, 'code', '123456');
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(adapter.callsTo('signIn')).to.deep.equal([['ana', PASSWORD, 'USER_SRP_AUTH']]);
    expect(signedIn.map((d) => d.username)).to.deep.equal(['ana']);
    expect(shown(el.querySelector('#private')!)).to.equal(true);
    expect(shown(el.querySelector('#default')!)).to.equal(true);
    expect(shown(flow(el)), 'the flow is hidden').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an unconfirmed sign-in goes to confirmation with a fresh code, then signs in with the password typed', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'UserNotConfirmedException');
    const { el } = await authenticator({ adapter });
    await flush(el);
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-confirm-sign-up');
    expect(adapter.callsTo('resendSignUpCode')).to.deep.equal([['ana']]);
    expect(statusText(flow(el))).to.equal('If the account ana still needs confirming, we sent a new code for it.');
    expectFocusOnHeading(el);
    await expect(el).to.be.accessible();

    type(el, 'code', '123456');
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(adapter.callsTo('signIn').at(-1)).to.deep.equal(['ana', PASSWORD, 'USER_SRP_AUTH']);
    expect(shown(el.querySelector('#private')!)).to.equal(true);
  });

  it('falls back to sign-in with the username when the automatic sign-in fails', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'UserNotConfirmedException').reject('signIn', 'NotAuthorizedException');
    const { el } = await authenticator({ adapter });
    await flush(el);
    type(el, 'username', 'ana');
    type(el, 'password', 'wrong');
    await submit(flow(el).querySelector('form'));
    await flush(el);
    type(el, 'code', '123456');
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expect(input(el, 'username').value).to.equal('ana');
    expect(statusText(flow(el))).to.equal('Your account is confirmed. You can sign in now.');
    expectFocusOnHeading(el);
    await expect(el).to.be.accessible();
  });

  it('a required password reset goes to the reset step with the code sent, then back to sign-in', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'PasswordResetRequiredException');
    const { el } = await authenticator({ adapter });
    await flush(el);
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-forgot-password');
    expect(adapter.callsTo('forgotPassword')).to.deep.equal([['ana']]);
    expectForm(flow(el), { username: 'username', code: 'one-time-code', new_password: 'new-password' });
    expectFocusOnHeading(el);
    await expect(el).to.be.accessible();

    type(el, 'code', '123456');
    type(el, 'new_password', 'Another-pass-2');
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expect(input(el, 'username').value).to.equal('ana');
    expect(statusText(flow(el))).to.equal('Your password has been reset. You can sign in with the new one.');
    expectFocusOnHeading(el);
  });

  it('shows the challenge step at a challenge, and leaving the challenge goes back to sign-in', async () => {
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: 'ana', challenge: 'SMS_MFA', parameters: {} });
    const { el, service } = await authenticator({ adapter });
    el.rememberDevice = true;
    await flush(el);
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(service.state.status).to.equal('challenge');
    const tags = [...flow(el).children].map((child) => child.localName);
    expect(tags).to.include.members(['cognito-mfa-prompt', 'cognito-totp-setup', 'cognito-new-password', 'cognito-custom-challenge']);
    expect(tags).to.not.include('cognito-sign-in');
    expect(flow(el).querySelector('cognito-mfa-prompt')!.hasAttribute('remember-device')).to.equal(true);
    expect(links(el), 'the challenge elements have their own cancel button').to.deep.equal([]);
    await expect(el).to.be.accessible();

    service.cancelChallenge(); // what their cancel button does
    await flush(el);
    expect(service.state.status).to.equal('signed-out');
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expectFocusOnHeading(el);
  });

  it('header and footer: the same nodes (listeners kept) inside the card on every step, MFA included', async () => {
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: 'ana', challenge: 'SMS_MFA', parameters: {} });
    const { el } = await mount<CognitoAuthenticator>(
      html`<cognito-authenticator><img slot="header" id="logo" alt="Acme" /><p slot="footer" id="terms">Terms <button id="terms-button">Read</button></p></cognito-authenticator>`,
      { adapter },
    );
    await flush(el);
    const logo = el.querySelector('#logo')!;
    const terms = el.querySelector('#terms')!;
    let clicks = 0;
    terms.querySelector('button')!.addEventListener('click', () => clicks++);
    const check = (step: string) => {
      const card = flow(el);
      expect(card.classList.contains('cognito-card'), 'the flow is the card').to.equal(true);
      expect(card.querySelector('#logo') === logo, `${step}: the same header node`).to.equal(true);
      expect(card.querySelector('#terms') === terms, `${step}: the same footer node`).to.equal(true);
      expect(shown(card) && logo.checkVisibility() && terms.checkVisibility(), `${step}: shown`).to.equal(true);
      const order = [...card.querySelectorAll('#logo, form, .cognito-links, #terms')].map((node) => node.id || node.localName || node.className);
      expect(order[0], `${step}: header first`).to.equal('logo');
      expect(order.at(-1), `${step}: footer last`).to.equal('terms');
    };
    check('sign-in');
    expect(links(el).length, 'the links are inside the card').to.equal(2);
    await go(el, 'sign-up');
    check('sign-up');
    await go(el, 'sign-in');
    await go(el, 'forgot-password');
    check('forgot-password');
    await go(el, 'sign-in');
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(flow(el).querySelector('form'));
    await flush(el);
    expect(flow(el).querySelector('cognito-mfa-prompt form'), 'at the MFA step').to.exist;
    check('mfa');
    (terms.querySelector('button') as HTMLButtonElement).click();
    expect(clicks, "the app's listener still works").to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('signed in: shows the slotted content and hides the flow; signing out brings sign-in back', async () => {
    const { el, service } = await authenticator({ signedIn: 'ana' });
    await flush(el);
    expect(shown(el.querySelector('#private')!)).to.equal(true);
    expect(shown(el.querySelector('#default')!)).to.equal(true);
    expect(shown(flow(el))).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot[name="flow"]')).to.equal(null);
    await expect(el).to.be.accessible();

    el.querySelector<HTMLButtonElement>('#private button')!.focus();
    await service.signOut();
    await flush(el);
    expect(shown(flow(el))).to.equal(true);
    expect(stepTag(el)).to.equal('cognito-sign-in');
    expect(shown(el.querySelector('#private')!)).to.equal(false);
    expect(el.querySelector<HTMLButtonElement>('#private button')!.checkVisibility(), 'not focusable either').to.equal(false);
    expectFocusOnHeading(el);
  });
});
