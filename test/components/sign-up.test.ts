import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import {
  EMAIL_DELIVERY, FakeAdapter, alertText, click, expectForm, expectNoSecret, expectUniqueIds, fieldError, input, mount,
  record, settle, statusText, submit, submitButton, type, expectFocused } from './fixture.js';

const PASSWORD = 'Secret-pass-1';
const ALL = 'email phone_number name given_name family_name birthdate custom:company';
const signUp = (options: Parameters<typeof mount>[1] = {}, attributes?: string) =>
  mount<CognitoSignUp>(html`<cognito-sign-up attributes=${attributes ?? 'email'}></cognito-sign-up>`, options);

function fill(el: Element) {
  type(el, 'username', 'ana');
  type(el, 'email', 'ana@example.com');
  type(el, 'new_password', PASSWORD);
}

describe('<cognito-sign-up>', () => {
  it('asks for username, email and a new password by default', async () => {
    const { el } = await mount<CognitoSignUp>(html`<cognito-sign-up></cognito-sign-up>`);
    expectForm(el, { username: 'username', email: 'email', new_password: 'new-password' });
    expect(input(el, 'email').type).to.equal('email');
    expect(input(el, 'new_password').type).to.equal('password');
    const hint = document.getElementById(input(el, 'new_password').getAttribute('aria-describedby')!);
    expect(hint!.textContent).to.match(/At least 8 characters/);
    await expect(el).to.be.accessible();
  });

  it('renders one typed field per listed attribute', async () => {
    const { el } = await signUp({}, ALL);
    expectForm(el, {
      username: 'username',
      email: 'email',
      phone_number: 'tel',
      name: 'name',
      given_name: 'given-name',
      family_name: 'family-name',
      birthdate: 'bday',
      'custom:company': 'off',
      new_password: 'new-password',
    });
    expect(input(el, 'phone_number').type).to.equal('tel');
    expect(input(el, 'birthdate').type).to.equal('date');
    expect(input(el, 'custom:company').type).to.equal('text');
    expect(el.textContent).to.include('International format, e.g. +1 415 555 0123');
    await expect(el).to.be.accessible();
  });

  it('takes `attributes` set as a property, as React 19 and Vue set it, and keeps the DOM NamedNodeMap', async () => {
    const { el } = await signUp();
    // What React 19 and Vue do with a prop named like a property of the element.
    expect('attributes' in el).to.be.true;
    (el as unknown as { attributes: string }).attributes = 'email name';
    await el.updateComplete;
    expect(el.getAttribute('attributes')).to.equal('email name');
    expect(input(el, 'name').autocomplete).to.equal('name');
    expect(el.attributes).to.be.instanceOf(NamedNodeMap);
    expect(el.attributes.getNamedItem('attributes')!.value).to.equal('email name');
    (el as unknown as { attributes: null }).attributes = null;
    await el.updateComplete;
    expect(el.hasAttribute('attributes')).to.be.false;
    expect(el.querySelector('input[name="name"]')).to.be.null;
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-sign-up attributes=${ALL}></cognito-sign-up><cognito-sign-up attributes=${ALL}></cognito-sign-up>`);
    expectUniqueIds(wrapper);
  });

  it('validates before any request: empty fields', async () => {
    const { el, adapter } = await signUp();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter your username.');
    expect(fieldError(el, 'email')).to.equal('Enter your email.');
    expect(fieldError(el, 'new_password')).to.equal('Enter your password.');
    expectFocused(input(el, 'username'), 'the username field');
    expect(adapter.calls.filter((c) => c.method === 'signUp')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('validates before any request: a bad email and a bad phone number', async () => {
    const { el, adapter } = await signUp({}, 'email phone_number');
    type(el, 'username', 'ana');
    type(el, 'email', 'ana@example');
    type(el, 'phone_number', '555 0123');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(fieldError(el, 'phone_number')).to.match(/international format/);
    expect(fieldError(el, 'username')).to.equal('');
    expectFocused(input(el, 'email'), 'the email field');
    expect(adapter.callsTo('signUp')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('signs up with the attributes, emits cognito-signed-up and says where the code went', async () => {
    const { el, adapter } = await signUp({}, 'email phone_number');
    const events = record(el, 'cognito-signed-up');
    fill(el);
    type(el, 'phone_number', '+14155550123');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')).to.deep.equal([
      [{ username: 'ana', password: PASSWORD, attributes: { email: 'ana@example.com', phone_number: '+14155550123' } }],
    ]);
    expect(events).to.deep.equal([{ username: 'ana', userConfirmed: false, userSub: 'sub-1', codeDelivery: EMAIL_DELIVERY }]);
    expectNoSecret(events[0], PASSWORD);
    expect(statusText(el)).to.equal('Your account was created. We sent a confirmation code to a***@e***.com.');
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(el.querySelector('form')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says so when the account needs no confirmation', async () => {
    const adapter = new FakeAdapter().resolve('signUp', { username: 'ana', userConfirmed: true, userSub: 'sub-2' });
    const { el } = await signUp({ adapter });
    fill(el);
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('Your account was created. You can sign in now.');
  });

  it('shows an existing username at the username field, keeping what was typed', async () => {
    const adapter = new FakeAdapter().reject('signUp', 'UsernameExistsException', 'User already exists');
    const { el } = await signUp({ adapter });
    const errors = record(el, 'cognito-error');
    fill(el);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('An account with this username already exists.');
    expect(alertText(el)).to.equal('An account with this username already exists.');
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'email').value).to.equal('ana@example.com');
    expect(input(el, 'new_password').value).to.equal(PASSWORD);
    expectFocused(input(el, 'username'), 'the username field');
    expect(errors[0]).to.include({ code: 'UsernameExistsException', operation: 'signUp' });
    await expect(el).to.be.accessible();
  });

  it('shows a password-policy failure at the new password', async () => {
    const message = 'Password did not conform with policy: Password not long enough';
    const adapter = new FakeAdapter().reject('signUp', 'InvalidPasswordException', message);
    const { el } = await signUp({ adapter });
    fill(el);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'new_password')).to.equal('The password is too short.');
    expect(alertText(el)).to.equal('The password is too short.');
    expect(input(el, 'new_password').value).to.equal(PASSWORD);
    await expect(el).to.be.accessible();
  });

  it('is busy while the request is pending and sends only one', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('signUp');
    const { el } = await signUp({ adapter });
    fill(el);
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')).to.have.length(1);
    pending.resolve({ username: 'ana', userConfirmed: false, userSub: 'sub-1' });
    await settle(el);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(statusText(el)).to.equal('Your account was created. Enter the code we sent you to confirm it.');
  });

  it('offers a retry after a network error, which succeeds', async () => {
    const adapter = new FakeAdapter().reject('signUp', 'NetworkError', 'Network error');
    const { el } = await signUp({ adapter });
    const events = record(el, 'cognito-signed-up');
    fill(el);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(adapter.callsTo('signUp')).to.have.length(2);
    expect(events).to.have.length(1);
    expect(alertText(el)).to.equal('');
  });

  it('speaks the language of its lang attribute, and picks up new translations', async () => {
    registerTranslation('de', { 'signUp.heading': 'Konto erstellen', 'field.email': 'E-Mail' });
    const { el } = await signUp({ lang: 'de' });
    expect(el.querySelector('h2')!.textContent).to.equal('Konto erstellen');
    expect(el.querySelector(`label[for="${input(el, 'email').id}"]`)!.textContent).to.equal('E-Mail');
    registerTranslation('de', { 'signUp.submit': 'Registrieren' });
    await settle(el);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Registrieren');
  });
});
