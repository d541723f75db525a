import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoForgotPassword } from '../../components/forgot-password/forgot-password.js';
import {
  EMAIL_DELIVERY, FakeAdapter, alertText, click, expectForm, expectNoSecret, expectUniqueIds, fieldError, input, mount,
  record, settle, statusText, submit, submitButton, type, expectFocused } from './fixture.js';

const PASSWORD = 'New-secret-1';
const forgot = (options: Parameters<typeof mount>[1] = {}) =>
  mount<CognitoForgotPassword>(html`<cognito-forgot-password></cognito-forgot-password>`, options);

/** Step 1 done: a code was requested for `ana`. */
async function atStep2(options: Parameters<typeof mount>[1] = {}) {
  const mounted = await forgot(options);
  type(mounted.el, 'username', 'ana');
  await submit(mounted.el.querySelector('form'));
  expect(mounted.el.querySelector('input[name="code"]'), 'step 2').to.exist;
  return mounted;
}

const heading = (el: Element) => el.querySelector('h2');

describe('<cognito-forgot-password>', () => {
  it('starts with one form asking for the username', async () => {
    const { el } = await forgot();
    expectForm(el, { username: 'username' });
    expect(el.querySelectorAll('input')).to.have.length(1);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Send code');
    await expect(el).to.be.accessible();
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-forgot-password></cognito-forgot-password><cognito-forgot-password></cognito-forgot-password>`);
    expectUniqueIds(wrapper);
  });

  it('validates the username before any request', async () => {
    const { el, adapter } = await forgot();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter your username.');
    expectFocused(input(el, 'username'), 'the username field');
    expect(adapter.callsTo('forgotPassword')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('requests a code, emits cognito-code-sent, and moves to the second step', async () => {
    const { el, adapter } = await forgot();
    const events = record(el, 'cognito-code-sent');
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('forgotPassword')).to.deep.equal([['ana']]);
    expect(events).to.deep.equal([{ username: 'ana', codeDelivery: EMAIL_DELIVERY }]);
    const form = expectForm(el, { username: 'username', code: 'one-time-code', new_password: 'new-password' });
    expect(input(form, 'username').hidden).to.equal(true);
    expect(input(form, 'username').value).to.equal('ana');
    expect(input(form, 'code').getAttribute('inputmode')).to.equal('numeric');
    expect(input(form, 'new_password').type).to.equal('password');
    expect(statusText(el)).to.equal('If an account exists for ana, we sent a code to it.');
    expect(el.textContent).to.include('Enter the code we sent you.');
    expect(el.textContent, 'never says where (reads the same for unknown users)').to.not.include('a***@e***.com');
    expectFocused(heading(el), 'the heading');
    await expect(el).to.be.accessible();
  });

  it('reads the same for an unknown user', async () => {
    const adapter = new FakeAdapter().reject('forgotPassword', 'UserNotFoundException', 'Username/client id combination not found.');
    const { el } = await forgot({ adapter });
    const events = record(el, 'cognito-code-sent');
    type(el, 'username', 'nobody');
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('');
    expect(statusText(el)).to.equal('If an account exists for nobody, we sent a code to it.');
    expect(events).to.deep.equal([{ username: 'nobody', codeDelivery: undefined }]);
    expect(el.querySelector('input[name="code"]')).to.exist;
    await click(el, 'resend');
    expect(statusText(el)).to.equal('We sent a new code.');
  });

  it('reads the same for an account without a verified e-mail or phone as for any other', async () => {
    const adapter = new FakeAdapter().reject('forgotPassword', 'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number');
    const { el } = await forgot({ adapter });
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('');
    expect(statusText(el)).to.equal('If an account exists for ana, we sent a code to it.');
    expect(el.querySelector('input[name="code"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a failed request in the alert region, on the first step', async () => {
    const adapter = new FakeAdapter().reject('forgotPassword', 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    const { el } = await forgot({ adapter });
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('Too many attempts. Wait a moment, then try again.');
    expect(input(el, 'username').value).to.equal('ana');
    expect(el.querySelector('input[name="code"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('validates the code and the new password before any request', async () => {
    const { el, adapter } = await atStep2();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'code')).to.equal('Enter your code.');
    expect(fieldError(el, 'new_password')).to.equal('Enter your new password.');
    expectFocused(input(el, 'code'), 'the code field');
    expect(adapter.callsTo('confirmForgotPassword')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('sets the new password, emits cognito-password-reset and says it is done', async () => {
    const { el, adapter } = await atStep2();
    const events = record(el, 'cognito-password-reset');
    type(el, 'code', '123456');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('confirmForgotPassword')).to.deep.equal([['ana', '123456', PASSWORD]]);
    expect(events).to.deep.equal([{ username: 'ana' }]);
    expectNoSecret(events[0], PASSWORD);
    expect(el.querySelector('form')).to.equal(null);
    expect(statusText(el)).to.equal('Your password has been reset. You can sign in with the new one.');
    expectFocused(heading(el), 'the heading');
    await expect(el).to.be.accessible();
  });

  for (const [code, field, text, message] of [
    // Wrong, expired (or never sent: an account that got none), unknown: the same words.
    ['CodeMismatchException', 'code', 'That code is not right or has expired. Check it, or send a new one.', 'Invalid verification code provided'],
    ['ExpiredCodeException', 'code', 'That code is not right or has expired. Check it, or send a new one.', 'Invalid code provided'],
    ['NotAuthorizedException', 'code', 'That code is not right or has expired. Check it, or send a new one.', 'User password cannot be reset in the current state.'],
    ['InvalidPasswordException', 'new_password', 'The password needs a symbol.', 'Password does not conform to policy: Password must have symbol characters'],
  ]) {
    it(`shows ${code} at the ${field} field, keeping what was typed`, async () => {
      const adapter = new FakeAdapter().reject('confirmForgotPassword', code, message);
      const { el } = await atStep2({ adapter });
      const errors = record(el, 'cognito-error');
      type(el, 'code', '123456');
      type(el, 'new_password', PASSWORD);
      await submit(el.querySelector('form'));
      expect(fieldError(el, field)).to.equal(text);
      expect(alertText(el)).to.equal(text);
      expect(input(el, 'code').value).to.equal('123456');
      expect(input(el, 'new_password').value).to.equal(PASSWORD);
      expectFocused(input(el, field), `the ${field} field`);
      expect(errors[0]).to.include({ code, operation: 'confirmForgotPassword' });
      await expect(el).to.be.accessible();
    });
  }

  it('sends the code again from the second step', async () => {
    const { el, adapter } = await atStep2();
    const events = record(el, 'cognito-code-sent');
    await click(el, 'resend');
    expect(adapter.callsTo('forgotPassword')).to.deep.equal([['ana'], ['ana']]);
    expect(events).to.deep.equal([{ username: 'ana', codeDelivery: EMAIL_DELIVERY }]);
    expect(statusText(el)).to.equal('We sent a new code.');
    expect(el.querySelector('input[name="code"]')).to.exist;
  });

  it('goes back to the first step keeping the username', async () => {
    const { el } = await atStep2();
    const back = el.querySelector('button[name="back"]')!;
    expect(back.getAttribute('type')).to.equal('button');
    await click(el, 'back');
    expect(el.querySelector('input[name="code"]')).to.equal(null);
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'username').hidden).to.equal(false);
    expect(statusText(el)).to.equal('');
    expectFocused(heading(el), 'the heading');
    await expect(el).to.be.accessible();
  });

  it('is busy while requesting the code, and sends one request', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('forgotPassword');
    const { el } = await forgot({ adapter });
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('forgotPassword')).to.have.length(1);
    pending.resolve(EMAIL_DELIVERY);
    await settle(el);
    expect(el.querySelector('input[name="code"]')).to.exist;
  });

  it('is busy while setting the password: no second submit, resend or back', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('confirmForgotPassword');
    const { el } = await atStep2({ adapter });
    type(el, 'code', '123456');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    await click(el, 'resend');
    await click(el, 'back');
    expect(adapter.callsTo('confirmForgotPassword')).to.have.length(1);
    expect(adapter.callsTo('forgotPassword')).to.have.length(1);
    expect(el.querySelector('input[name="code"]')).to.exist;
    pending.resolve(undefined);
    await settle(el);
    expect(statusText(el)).to.match(/has been reset/);
  });

  it('offers a retry after a network error, which succeeds (both steps)', async () => {
    const adapter = new FakeAdapter()
      .reject('forgotPassword', 'NetworkError', 'Network error')
      .reject('confirmForgotPassword', 'NetworkError', 'Network error');
    const { el } = await forgot({ adapter });
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(el.querySelector('input[name="code"]')).to.exist;
    type(el, 'code', '123456');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    expect(input(el, 'code').value).to.equal('123456');
    await click(el, 'retry');
    expect(adapter.callsTo('confirmForgotPassword')).to.have.length(2);
    expect(statusText(el)).to.match(/has been reset/);
  });

  it('speaks the language of its lang attribute, and picks up new translations', async () => {
    registerTranslation('es', { 'forgotPassword.heading': 'Restablecer la contraseña', 'forgotPassword.request': 'Enviar código' });
    const { el } = await forgot({ lang: 'es' });
    expect(heading(el)!.textContent).to.equal('Restablecer la contraseña');
    expect(submitButton(el)!.textContent!.trim()).to.equal('Enviar código');
    registerTranslation('es', { 'field.username': 'Usuario' });
    await settle(el);
    expect(el.querySelector('label')!.textContent).to.equal('Usuario');
  });

  it('send-code with a username requests the code at once and starts at the second step', async () => {
    const { el, adapter } = await mount<CognitoForgotPassword>(
      html`<cognito-forgot-password username="ana" send-code></cognito-forgot-password>`,
    );
    await settle(el);
    expect(adapter.callsTo('forgotPassword')).to.deep.equal([['ana']]);
    expectForm(el, { username: 'username', code: 'one-time-code', new_password: 'new-password' });
    expect(statusText(el)).to.equal('If an account exists for ana, we sent a code to it.');
    await expect(el).to.be.accessible();
  });
});
