import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import type { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import { FakeAdapter, alertText, expectForm, fakeTokens, fieldError, input, mount, submit, type, waitFor } from './fixture.js';

const PASSWORD = 'Secret-pass-1';
const label = (el: Element, name: string) => input(el, name).labels![0].textContent!.trim();

/** Every element with a username field, as a pool that signs in with `attributes` shows it. */
const FORMS: Array<[string, TemplateResult]> = [
  ['sign-in', html`<cognito-sign-in></cognito-sign-in>`],
  ['sign-up', html`<cognito-sign-up></cognito-sign-up>`],
  ['confirm-sign-up', html`<cognito-confirm-sign-up></cognito-confirm-sign-up>`],
  ['forgot-password', html`<cognito-forgot-password></cognito-forgot-password>`],
];

describe('username-attributes on <cognito-user-pool>', () => {
  for (const [name, template] of FORMS) {
    it(`${name}: a user name by default, an e-mail address with "email"`, async () => {
      const plain = await mount(template);
      expect(label(plain.el, 'username')).to.equal('Username');
      expect(input(plain.el, 'username').type).to.equal('text');
      expect(input(plain.el, 'username').dir).to.equal('auto');

      const { el } = await mount(template, { usernameAttributes: 'email' });
      const field = input(el, 'username');
      expect(label(el, 'username')).to.equal('Email');
      expect(field.type).to.equal('email');
      expect(field.autocomplete).to.equal('username');
      expect(field.dir).to.equal('ltr');
      expect(el.querySelector('input[name="email"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  }

  it('sign-up with "email": the address once, sent as the user name, checked as an address', async () => {
    const { el, adapter } = await mount<CognitoSignUp>(html`<cognito-sign-up attributes="email name"></cognito-sign-up>`,
      { usernameAttributes: 'email' });
    expectForm(el, { username: 'username', name: 'name', new_password: 'new-password' });
    type(el, 'username', 'ana');
    type(el, 'name', 'Ana');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter an email address like name@example.com.');
    expect(adapter.callsTo('signUp')).to.have.length(0);
    await expect(el).to.be.accessible();

    type(el, 'username', ' ana@example.com ');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')).to.deep.equal([[{ username: 'ana@example.com', password: PASSWORD, attributes: { name: 'Ana' } }]]);
  });

  it('with "phone_number": a phone field with the hint, sent in E.164', async () => {
    const { el, adapter } = await mount<CognitoSignUp>(html`<cognito-sign-up attributes="email phone_number"></cognito-sign-up>`,
      { usernameAttributes: 'phone_number' });
    expectForm(el, { username: 'username', email: 'email', new_password: 'new-password' });
    expect(label(el, 'username')).to.equal('Phone number');
    expect(input(el, 'username').type).to.equal('tel');
    expect(el.textContent).to.include('International format, e.g. +1 415 555 0123');
    type(el, 'username', '555 0123');
    type(el, 'email', 'ana@example.com');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.match(/international format/);
    type(el, 'username', '+1 (415) 555-0123');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')[0][0]).to.deep.include({ username: '+14155550123', attributes: { email: 'ana@example.com' } });
    await expect(el).to.be.accessible();
  });

  it('with both: "Email or phone number", either accepted, each checked as what it looks like', async () => {
    const { el, adapter } = await mount(html`<cognito-sign-in></cognito-sign-in>`, { usernameAttributes: 'email phone_number' });
    expect(label(el, 'username')).to.equal('Email or phone number');
    expect(input(el, 'username').type).to.equal('text');
    expect(input(el, 'username').dir).to.equal('ltr');
    type(el, 'password', PASSWORD);
    for (const [typed, problem] of [['ana', /email address/], ['ana@example', /email address/], ['0415 555', /international format/]] as const) {
      type(el, 'username', typed);
      await submit(el.querySelector('form'));
      expect(fieldError(el, 'username'), typed).to.match(problem);
    }
    expect(adapter.callsTo('signIn')).to.have.length(0);
    type(el, 'username', '+1 415 555 0123');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')[0][0]).to.equal('+14155550123');
    await expect(el).to.be.accessible();
  });

  it('sign-up with both: the listed e-mail field stays, needed unless the user name is the address', async () => {
    const { el, adapter } = await mount<CognitoSignUp>(html`<cognito-sign-up attributes="email name"></cognito-sign-up>`,
      { usernameAttributes: 'email phone_number' });
    expectForm(el, { username: 'username', email: 'email', name: 'name', new_password: 'new-password' });
    const hint = () => document.getElementById(input(el, 'email').getAttribute('aria-describedby')!.split(' ')[0])!.textContent!.trim();
    expect(hint()).to.equal('Not needed if you entered your email address above.');
    expect(input(el, 'email').required).to.equal(true);
    await expect(el).to.be.accessible();

    // A phone number as the user name: the address is still asked for.
    type(el, 'username', '+1 415 555 0123');
    type(el, 'name', 'Ana');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'email')).to.equal('Enter your email.');
    expect(adapter.callsTo('signUp')).to.have.length(0);
    expect(input(el, 'username').value).to.equal('+1 415 555 0123');
    await expect(el).to.be.accessible();
    type(el, 'email', 'ana@example.com');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')).to.deep.equal([[{ username: '+14155550123', password: PASSWORD, attributes: { email: 'ana@example.com', name: 'Ana' } }]]);

    // The address as the user name: the e-mail field is not needed, and not sent.
    type(el, 'username', 'Ana@Example.com');
    await el.updateComplete;
    expect(input(el, 'email').required).to.equal(false);
    type(el, 'email', 'other@example.com');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'email')).to.equal('Leave this empty, or enter the same email address as above.');
    expect(input(el, 'email').value).to.equal('other@example.com');
    expect(adapter.callsTo('signUp')).to.have.length(1);
    await expect(el).to.be.accessible();
    for (const same of ['', 'ana@example.com']) {
      type(el, 'email', same);
      await submit(el.querySelector('form'));
    }
    const sent = adapter.callsTo('signUp').slice(1).map(([call]) => call);
    expect(sent).to.deep.equal([1, 2].map(() => ({ username: 'Ana@Example.com', password: PASSWORD, attributes: { name: 'Ana' } })));
  });

  it('sign-up with both: the phone field keeps its format hint and is not needed when the user name is the number', async () => {
    const { el, adapter } = await mount<CognitoSignUp>(html`<cognito-sign-up attributes="email phone_number"></cognito-sign-up>`,
      { usernameAttributes: 'email phone_number' });
    expect(el.querySelector('.cognito-hint')).to.exist;
    expect(el.textContent).to.include('International format, e.g. +1 415 555 0123');
    expect(el.textContent).to.include('Not needed if you entered your phone number above.');
    type(el, 'username', '+1 415 555 0123');
    type(el, 'email', 'ana@example.com');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signUp')[0][0]).to.deep.include({ username: '+14155550123', attributes: { email: 'ana@example.com' } });
  });

  it('says Cognito\'s refusal of a missing required attribute at its field, or naming it', async () => {
    const refusal = 'Attributes did not conform to the schema: email: The attribute is required';
    // The page did not ask for the address the pool requires.
    const adapter = new FakeAdapter().reject('signUp', 'InvalidParameterException', refusal);
    const { el } = await mount(html`<cognito-sign-up attributes=""></cognito-sign-up>`, { adapter, usernameAttributes: 'email phone_number' });
    type(el, 'username', '+14155550123');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.include('Enter your email.');
    expect(input(el, 'username').value).to.equal('+14155550123');
    await expect(el).to.be.accessible();

    // With the field on the form (whatever Cognito's reason), said at it.
    const withField = await mount(html`<cognito-sign-up attributes="email"></cognito-sign-up>`,
      { adapter: new FakeAdapter().reject('signUp', 'InvalidParameterException', refusal) });
    type(withField.el, 'username', 'ana');
    type(withField.el, 'email', 'ana@example.com');
    type(withField.el, 'new_password', PASSWORD);
    await submit(withField.el.querySelector('form'));
    expect(fieldError(withField.el, 'email')).to.equal('Enter your email.');
  });

  it('follows a change of the provider attribute, and the USER_AUTH username step too', async () => {
    const { el, wrapper } = await mount(html`<cognito-sign-in></cognito-sign-in>`, { authFlow: 'USER_AUTH' });
    const field = await waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="username"]'));
    expect(field.autocomplete).to.equal('username webauthn');
    expect(label(el, 'username')).to.equal('Username');
    const pool = wrapper.querySelector<CognitoUserPool>('cognito-user-pool')!;
    pool.setAttribute('username-attributes', 'email');
    await pool.updateComplete;
    await el.updateComplete;
    expect(label(el, 'username')).to.equal('Email');
    expect(input(el, 'username').type).to.equal('email');
    expect(input(el, 'username').autocomplete).to.equal('username webauthn');
  });

  it('says Cognito\'s refusal of a user name that is not an address at the username field', async () => {
    // The page forgot username-attributes; the pool signs up with e-mail addresses.
    const adapter = new FakeAdapter().reject('signUp', 'InvalidParameterException', 'Username should be an email.');
    const { el } = await mount(html`<cognito-sign-up></cognito-sign-up>`, { adapter });
    type(el, 'username', 'ana');
    type(el, 'email', 'ana@example.com');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter an email address like name@example.com.');
    expect(input(el, 'username').value).to.equal('ana');
    await expect(el).to.be.accessible();
  });

  it('signed in where the user name is a UUID: shows and hands password managers the address, not the UUID', async () => {
    const UUID = '7d3f5a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    const b64 = (value: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const idToken = `${b64({ alg: 'RS256' })}.${b64({ sub: UUID, 'cognito:username': UUID, email: 'zoë@example.com' })}.sig`;
    const restored = () => Promise.resolve({ username: UUID, tokens: { ...fakeTokens(UUID), idToken } });
    const page = (template: TemplateResult, usernameAttributes?: string) =>
      mount(template, { adapter: new FakeAdapter({ restoreSession: restored }), usernameAttributes });

    const plain = await page(html`<cognito-sign-in></cognito-sign-in>`);
    expect(plain.el.textContent).to.include(`Signed in as ${UUID}.`);
    const { el: signIn } = await page(html`<cognito-sign-in></cognito-sign-in>`, 'email');
    expect(signIn.textContent).to.include('Signed in as zoë@example.com.');

    const { el: change } = await page(html`<cognito-change-password></cognito-change-password>`, 'email');
    expect(change.querySelector<HTMLInputElement>('input[name="username"][hidden]')!.value).to.equal('zoë@example.com');

    const { el: totp } = await page(html`<cognito-totp-setup></cognito-totp-setup>`, 'email');
    await submit(totp.querySelector('form'));
    const qr = await waitFor(totp, () => totp.querySelector('input[name="username"][hidden]'));
    expect((qr as HTMLInputElement).value).to.equal('zoë@example.com');
  });

  it('at MFA set-up during a sign-in with the address: the app\'s label and the hidden username are the address', async () => {
    const UUID = '7d3f5a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: UUID, challenge: 'MFA_SETUP', parameters: { mfaTypes: ['SOFTWARE_TOKEN_MFA'] } });
    const { el, service } = await mount(html`<cognito-totp-setup></cognito-totp-setup>`, { adapter, usernameAttributes: 'email' });
    await service.signIn('zoë@example.com', PASSWORD);
    await el.updateComplete;
    await submit(el.querySelector('form'));
    const hidden = await waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="username"][hidden]'));
    expect(hidden.value).to.equal('zoë@example.com');
    expect(service.state).to.include({ status: 'challenge', username: UUID, signInName: 'zoë@example.com' });
  });

  it('at a custom challenge during a sign-in with the address: the hidden username is the address', async () => {
    const UUID = '7d3f5a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: UUID, challenge: 'CUSTOM_CHALLENGE', parameters: { question: 'Code?' } });
    const { el, service } = await mount(html`<cognito-custom-challenge></cognito-custom-challenge>`, { adapter, usernameAttributes: 'email' });
    await service.signIn('zoë@example.com', PASSWORD);
    const hidden = await waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="username"][hidden]'));
    expect(hidden.value).to.equal('zoë@example.com');
  });
});
