import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import {
  FakeAdapter, alertText, click, expectForm, expectNoSecret, expectUniqueIds, fieldError, input, mount, record,
  settle, submit, submitButton, type, expectFocused } from './fixture.js';

const PASSWORD = 'Secret-pass-1';
const signIn = (options = {}) => mount<CognitoSignIn>(html`<cognito-sign-in></cognito-sign-in>`, options);

describe('<cognito-sign-in>', () => {
  it('renders a real form with the contract names, tokens and labels', async () => {
    const { el } = await signIn();
    expectForm(el, { username: 'username', password: 'current-password' });
    expect(input(el, 'password').type).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('passwordless: asks for the username only and signs in without a password', async () => {
    const { el, adapter } = await mount<CognitoSignIn>(html`<cognito-sign-in passwordless></cognito-sign-in>`);
    expectForm(el, { username: 'username' });
    expect(el.querySelector('[name="password"]')).to.equal(null);
    await expect(el).to.be.accessible();
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')).to.deep.equal([['ana', '', 'USER_SRP_AUTH']]);
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-sign-in></cognito-sign-in><cognito-sign-in></cognito-sign-in>`);
    expectUniqueIds(wrapper);
  });

  it('validates before any request and focuses the first invalid field', async () => {
    const { el, adapter } = await signIn();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter your username.');
    expect(fieldError(el, 'password')).to.equal('Enter your password.');
    expect(input(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    expectFocused(input(el, 'username'), 'the username field');
    expect(adapter.callsTo('signIn')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('signs in and emits cognito-signed-in without the password', async () => {
    const { el, adapter, service } = await signIn();
    const events = record(el, 'cognito-signed-in');
    type(el, 'username', ' ana ');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')).to.deep.equal([['ana', PASSWORD, 'USER_SRP_AUTH']]);
    expect(events).to.have.length(1);
    expect(events[0].username).to.equal('ana');
    expect(events[0].tokens.accessToken).to.equal('access-ana');
    expectNoSecret(events[0], PASSWORD);
    expect(service.state.status).to.equal('signed-in');
    expect(el.textContent).to.include('Signed in as ana.');
    await expect(el).to.be.accessible();
  });

  it('emits cognito-challenge and steps aside for the challenge element', async () => {
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: 'ana', challenge: 'SOFTWARE_TOKEN_MFA', parameters: {} });
    const { el } = await signIn({ adapter });
    const events = record(el, 'cognito-challenge');
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(events).to.deep.equal([{ username: 'ana', challenge: 'SOFTWARE_TOKEN_MFA' }]);
    expect(el.querySelector('form')).to.equal(null);
  });

  it('shows a failed sign-in at the password and in the alert, keeping what was typed', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el } = await signIn({ adapter });
    const errors = record(el, 'cognito-error');
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('Incorrect username or password.');
    expect(fieldError(el, 'password')).to.equal('Incorrect username or password.');
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'password').value).to.equal(PASSWORD);
    expect(errors).to.deep.equal([{ code: 'NotAuthorizedException', message: 'Incorrect username or password.', operation: 'signIn' }]);
    await expect(el).to.be.accessible();
  });

  it('reads the same for an unknown user (no account probing)', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'UserNotFoundException', 'User does not exist.');
    const { el } = await signIn({ adapter });
    type(el, 'username', 'nobody');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('Incorrect username or password.');
  });

  it('is busy while the request is pending and sends only one', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('signIn');
    const { el } = await signIn({ adapter });
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')).to.have.length(1);
    pending.reject({ code: 'NotAuthorizedException', name: 'NotAuthorizedException', message: 'no' });
    await settle(el);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('offers a retry after a network error, which succeeds', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'NetworkError', 'Network error');
    const { el } = await signIn({ adapter });
    const events = record(el, 'cognito-signed-in');
    type(el, 'username', 'ana');
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(adapter.callsTo('signIn')).to.have.length(2);
    expect(events).to.have.length(1);
  });

  it('speaks the language of its lang attribute, and picks up new translations', async () => {
    registerTranslation('de', { 'signIn.heading': 'Anmelden', 'field.username': 'Benutzername' });
    const { el } = await signIn({ lang: 'de' });
    expect(el.querySelector('h2')!.textContent).to.equal('Anmelden');
    expect(el.querySelector('label')!.textContent).to.equal('Benutzername');
    registerTranslation('de', { 'signIn.submit': 'Los' });
    await settle(el);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Los');
  });

  it('pre-fills the username from its username attribute', async () => {
    const { el } = await mount<CognitoSignIn>(html`<cognito-sign-in username="ana"></cognito-sign-in>`);
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'password').value).to.equal('');
  });
});
