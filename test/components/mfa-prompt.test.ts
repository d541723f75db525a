import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import { toChallenge } from '../../src/auth/challenge-parameters.js';
import type { CognitoMfaPrompt } from '../../components/mfa-prompt/mfa-prompt.js';
import {
  FakeAdapter, alertText, click, expectForm, expectUniqueIds, fieldError, input, mount, record, settle, submit,
  submitButton, type, expectFocused } from './fixture.js';

// As Cognito sends them, decoded at the adapter's edge.
const SMS = toChallenge('SMS_MFA', { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0123' }).parameters;
const EMAIL = toChallenge('EMAIL_OTP', { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***.com' }).parameters;
const SELECT = toChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }).parameters;

type Options = Parameters<typeof mount>[1];
const prompt = (challenge: string, parameters: object = {}, options: Options = {}, attrs = false) =>
  mount<CognitoMfaPrompt>(
    attrs ? html`<cognito-mfa-prompt remember-device></cognito-mfa-prompt>` : html`<cognito-mfa-prompt></cognito-mfa-prompt>`,
    { ...options, challenge: { challenge: challenge as never, parameters } },
  );

const heading = (el: Element) => el.querySelector('h2');
const isEmpty = (el: Element) => el.querySelector('form') === null && el.textContent!.trim() === '';

async function answerWith(el: Element, code: string) {
  type(el, 'code', code);
  await submit(el.querySelector('form'));
}

describe('<cognito-mfa-prompt>', () => {
  it('asks for the SMS code, says where it went, and focuses the code field', async () => {
    const { el } = await prompt('SMS_MFA', SMS);
    const form = expectForm(el, { code: 'one-time-code', username: 'username' });
    expect(input(form, 'code').getAttribute('inputmode')).to.equal('numeric');
    expect(input(form, 'username').hidden).to.equal(true);
    expect(input(form, 'username').value).to.equal('ana');
    expect(el.textContent).to.include('Check your text messages at +*******0123.');
    expect(el.querySelector('input[name="remember_device"]'), 'no remember checkbox by default').to.equal(null);
    expect(el.querySelector('button[name="cancel"]')!.getAttribute('type')).to.equal('button');
    expectFocused(input(el, 'code'), 'the code field');
    await expect(el).to.be.accessible();
  });

  it('says where an e-mailed code went (EMAIL_OTP)', async () => {
    const { el } = await prompt('EMAIL_OTP', EMAIL);
    expectForm(el, { code: 'one-time-code' });
    expect(el.textContent).to.include('Check your email at a***@e***.com.');
    await expect(el).to.be.accessible();
  });

  it('asks for the authenticator code (SOFTWARE_TOKEN_MFA), and for any code when Cognito says nothing', async () => {
    const { el } = await prompt('SOFTWARE_TOKEN_MFA');
    expect(el.textContent).to.include('Enter the code your authenticator app shows.');
    await expect(el).to.be.accessible();
    const other = await prompt('SMS_MFA');
    expect(other.el.textContent).to.include('Enter the code we sent you.');
  });

  it('shows nothing when signed out, signed in, or at another challenge', async () => {
    expect(isEmpty((await mount(html`<cognito-mfa-prompt></cognito-mfa-prompt>`)).el)).to.equal(true);
    expect(isEmpty((await mount(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, { signedIn: 'ana' })).el)).to.equal(true);
    expect(isEmpty((await prompt('NEW_PASSWORD_REQUIRED')).el)).to.equal(true);
  });

  it('appears when the shared state reaches its challenge, and leaves when it is answered', async () => {
    const adapter = new FakeAdapter().resolve('signIn', { kind: 'challenge', username: 'ana', challenge: 'SMS_MFA', parameters: SMS as never });
    const { el, service } = await mount<CognitoMfaPrompt>(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, { adapter });
    expect(isEmpty(el)).to.equal(true);
    await service.signIn('ana', 'Secret-pass-1');
    await settle(el);
    expectFocused(input(el, 'code'), 'the code field');
    await answerWith(el, '123456');
    expect(isEmpty(el)).to.equal(true);
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-mfa-prompt remember-device></cognito-mfa-prompt><cognito-mfa-prompt remember-device></cognito-mfa-prompt>`, {
      challenge: { challenge: 'SMS_MFA', parameters: SMS as never },
    });
    expectUniqueIds(wrapper);
  });

  it('validates the code before any request', async () => {
    const { el, adapter } = await prompt('SMS_MFA', SMS);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'code')).to.equal('Enter your code.');
    await expect(el).to.be.accessible();
    await answerWith(el, '12a456');
    expect(fieldError(el, 'code')).to.equal('Enter the code: digits only.');
    expectFocused(input(el, 'code'), 'the code field');
    expect(adapter.callsTo('answerChallenge')).to.have.length(0);
  });

  it('accepts a pasted code with spaces or dashes, signs in and emits cognito-signed-in', async () => {
    const { el, adapter, service } = await prompt('SMS_MFA', SMS);
    const signedIn = record(el, 'cognito-signed-in');
    await answerWith(el, ' 123 456 ');
    expect(adapter.callsTo('answerChallenge')).to.deep.equal([[{ challenge: 'SMS_MFA', code: '123456' }]]);
    expect(signedIn).to.have.length(1);
    expect(signedIn[0].username).to.equal('ana');
    expect(signedIn[0].tokens.accessToken).to.equal('access-ana');
    expect(service.state.status).to.equal('signed-in');
    expect(isEmpty(el)).to.equal(true);

    const again = await prompt('SOFTWARE_TOKEN_MFA');
    await answerWith(again.el, '123-456');
    expect(again.adapter.callsTo('answerChallenge')).to.deep.equal([[{ challenge: 'SOFTWARE_TOKEN_MFA', code: '123456' }]]);
  });

  it('shows a wrong code at the code field and in the alert, keeping it', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'CodeMismatchException', 'Invalid code or auth state for the user.');
    const { el, service } = await prompt('EMAIL_OTP', EMAIL, { adapter });
    const errors = record(el, 'cognito-error');
    await answerWith(el, '111111');
    const text = 'That code is not right. Check it and try again.';
    expect(fieldError(el, 'code')).to.equal(text);
    expect(alertText(el)).to.equal(text);
    expect(input(el, 'code').value).to.equal('111111');
    expectFocused(input(el, 'code'), 'the code field');
    expect(errors).to.deep.equal([{ code: 'CodeMismatchException', message: text, operation: 'respondToChallenge' }]);
    expect(service.state.status).to.equal('challenge');
    await expect(el).to.be.accessible();
  });

  it('says an expired sign-in must start again, and its button leaves the challenge', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const { el, service } = await prompt('SMS_MFA', SMS, { adapter });
    await answerWith(el, '123456');
    expect(alertText(el)).to.equal('This sign-in took too long. Start again.');
    expect(el.querySelector('button[name="cancel"]')!.textContent!.trim()).to.equal('Start again');
    await expect(el).to.be.accessible();
    await click(el, 'cancel');
    expect(service.state.status).to.equal('signed-out');
    expect(isEmpty(el)).to.equal(true);
  });

  it('cancel leaves the challenge', async () => {
    const { el, adapter, service } = await prompt('SOFTWARE_TOKEN_MFA');
    expect(el.querySelector('button[name="cancel"]')!.textContent!.trim()).to.equal('Cancel');
    await click(el, 'cancel');
    expect(service.state.status).to.equal('signed-out');
    expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
    expect(isEmpty(el)).to.equal(true);
  });

  it('is busy while the answer is pending: one request, no cancel', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('answerChallenge');
    const { el, service } = await prompt('SMS_MFA', SMS, { adapter });
    await answerWith(el, '123456');
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    await click(el, 'cancel');
    expect(adapter.callsTo('answerChallenge')).to.have.length(1);
    expect(service.state.status).to.equal('challenge');
    pending.reject({ code: 'CodeMismatchException', name: 'CodeMismatchException', message: 'no' });
    await settle(el);
    expect(submitButton(el)!.disabled).to.equal(false);
  });

  it('offers a retry after a network error, which succeeds', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'NetworkError', 'Network error');
    const { el } = await prompt('SMS_MFA', SMS, { adapter });
    const signedIn = record(el, 'cognito-signed-in');
    await answerWith(el, '123456');
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(adapter.callsTo('answerChallenge')).to.have.length(2);
    expect(signedIn).to.have.length(1);
  });

  describe('remember-device', () => {
    it('offers the checkbox, and remembers the device before cognito-signed-in when ticked', async () => {
      const { el, adapter } = await prompt('SMS_MFA', SMS, {}, true);
      const box = input(el, 'remember_device');
      expect(box.type).to.equal('checkbox');
      expect(box.checked).to.equal(false);
      expect(el.querySelector(`label[for="${box.id}"]`)!.textContent).to.equal('Remember this device');
      await expect(el).to.be.accessible();
      let rememberedAtSignIn = -1;
      el.addEventListener('cognito-signed-in', () => (rememberedAtSignIn = adapter.callsTo('rememberDevice').length));
      box.click();
      await answerWith(el, '123456');
      expect(adapter.callsTo('rememberDevice')).to.have.length(1);
      expect(rememberedAtSignIn).to.equal(1);
    });

    it('does not remember the device when not ticked', async () => {
      const { el, adapter } = await prompt('SMS_MFA', SMS, {}, true);
      await answerWith(el, '123456');
      expect(adapter.callsTo('answerChallenge')).to.have.length(1);
      expect(adapter.callsTo('rememberDevice')).to.have.length(0);
    });

    it('still signs in when the device cannot be remembered, and reports it', async () => {
      const adapter = new FakeAdapter().reject('rememberDevice', 'NetworkError', 'Network error');
      const { el, service } = await prompt('SMS_MFA', SMS, { adapter }, true);
      const errors = record(el, 'cognito-error');
      const signedIn = record(el, 'cognito-signed-in');
      input(el, 'remember_device').click();
      await answerWith(el, '123456');
      expect(errors.map((e) => [e.code, e.operation])).to.deep.equal([['NetworkError', 'rememberDevice']]);
      expect(signedIn).to.have.length(1);
      expect(service.state.status).to.equal('signed-in');
    });
  });

  describe('SELECT_MFA_TYPE', () => {
    it('offers each factor Cognito lists, the first chosen, and focuses the heading', async () => {
      const { el } = await prompt('SELECT_MFA_TYPE', SELECT);
      expectForm(el, {});
      const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"][name="mfa_type"]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
      expect(radios.map((r) => el.querySelector(`label[for="${r.id}"]`)!.textContent)).to.deep.equal(['Text message', 'Authenticator app', 'Email']);
      expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
      expect(el.querySelector('fieldset legend')!.textContent).to.equal('Get a code by');
      expect(el.querySelector('input[name="code"]')).to.equal(null);
      expectFocused(heading(el), 'the heading');
      await expect(el).to.be.accessible();
    });

    it('answers with the chosen factor, emits cognito-challenge, then asks for its code', async () => {
      const adapter = new FakeAdapter().resolve('answerChallenge', { kind: 'challenge', username: 'ana', challenge: 'EMAIL_OTP', parameters: EMAIL as never });
      const { el } = await prompt('SELECT_MFA_TYPE', SELECT, { adapter });
      const challenges = record(el, 'cognito-challenge');
      el.querySelector<HTMLInputElement>('input[value="EMAIL_OTP"]')!.click();
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('answerChallenge')).to.deep.equal([[{ challenge: 'SELECT_MFA_TYPE', mfaType: 'EMAIL_OTP' }]]);
      expect(challenges).to.deep.equal([{ username: 'ana', challenge: 'EMAIL_OTP' }]);
      expectForm(el, { code: 'one-time-code' });
      expect(el.textContent).to.include('Check your email at a***@e***.com.');
      expectFocused(input(el, 'code'), 'the code field');
      await expect(el).to.be.accessible();
      await answerWith(el, '123456');
      expect(adapter.callsTo('answerChallenge')[1]).to.deep.equal([{ challenge: 'EMAIL_OTP', code: '123456' }]);
    });

    it('shows a failure in the alert and keeps the choice', async () => {
      const adapter = new FakeAdapter().reject('answerChallenge', 'InvalidParameterException', 'not one of MFAS_CAN_CHOOSE');
      const { el } = await prompt('SELECT_MFA_TYPE', SELECT, { adapter });
      el.querySelector<HTMLInputElement>('input[value="SOFTWARE_TOKEN_MFA"]')!.click();
      await submit(el.querySelector('form'));
      expect(alertText(el)).to.equal('Some of the details are not valid. Check them and try again.');
      expect(el.querySelector<HTMLInputElement>('input[value="SOFTWARE_TOKEN_MFA"]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  it('speaks the language of its lang attribute', async () => {
    registerTranslation('fr', { 'mfa.heading': 'Vérification', 'mfa.submit': 'Vérifier', 'action.cancel': 'Annuler' });
    const { el } = await prompt('SMS_MFA', SMS, { lang: 'fr' });
    expect(heading(el)!.textContent).to.equal('Vérification');
    expect(submitButton(el)!.textContent!.trim()).to.equal('Vérifier');
    expect(el.querySelector('button[name="cancel"]')!.textContent!.trim()).to.equal('Annuler');
  });
});
