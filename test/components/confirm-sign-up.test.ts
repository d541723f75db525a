import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoConfirmSignUp } from '../../components/confirm-sign-up/confirm-sign-up.js';
import {
  EMAIL_DELIVERY, FakeAdapter, alertText, click, expectForm, expectUniqueIds, fieldError, input, mount, record, settle,
  statusText, submit, submitButton, type, expectFocused } from './fixture.js';

const confirm = (options: Parameters<typeof mount>[1] = {}, username = '') =>
  mount<CognitoConfirmSignUp>(html`<cognito-confirm-sign-up username=${username}></cognito-confirm-sign-up>`, options);

describe('<cognito-confirm-sign-up>', () => {
  it('renders a real form with username, code and a resend button', async () => {
    const { el } = await confirm();
    expectForm(el, { username: 'username', code: 'one-time-code' });
    expect(input(el, 'code').getAttribute('inputmode')).to.equal('numeric');
    const resend = el.querySelector('button[name="resend"]')!;
    expect(resend.getAttribute('type')).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('pre-fills the username from its attribute, in a field that can still be corrected', async () => {
    const { el, adapter } = await confirm({}, 'ana');
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'username').hidden).to.equal(false);
    type(el, 'username', 'anna');
    type(el, 'code', '123456');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('confirmSignUp')).to.deep.equal([['anna', '123456']]);
  });

  it("says where the code went when given sign-up's codeDelivery, and the generic sentence without it", async () => {
    const hint = (el: Element) => el.querySelector('.cognito-hint')!.textContent!.replace(/\s+/g, ' ').trim();
    const { el } = await confirm({}, 'ana');
    expect(hint(el)).to.equal('Enter the code we sent you.');
    el.codeDelivery = EMAIL_DELIVERY;
    await settle(el);
    expect(hint(el)).to.equal('Check your email at a***@e***.com.');
    expect(el.querySelector('.cognito-hint bdi')?.textContent, 'isolated for right-to-left sentences').to.equal('a***@e***.com');
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-confirm-sign-up></cognito-confirm-sign-up><cognito-confirm-sign-up></cognito-confirm-sign-up>`);
    expectUniqueIds(wrapper);
  });

  it('validates before any request', async () => {
    const { el, adapter } = await confirm();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'username')).to.equal('Enter your username.');
    expect(fieldError(el, 'code')).to.equal('Enter your code.');
    expectFocused(input(el, 'username'), 'the username field');
    type(el, 'username', 'ana');
    type(el, 'code', '12ab');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'code')).to.equal('Enter the code: digits only.');
    expectFocused(input(el, 'code'), 'the code field');
    expect(adapter.calls.filter((c) => c.method !== 'restoreSession')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('confirms, emits cognito-sign-up-confirmed and says it is done', async () => {
    const { el, adapter } = await confirm({}, 'ana');
    const events = record(el, 'cognito-sign-up-confirmed');
    type(el, 'code', ' 123456 ');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('confirmSignUp')).to.deep.equal([['ana', '123456']]);
    expect(events).to.deep.equal([{ username: 'ana' }]);
    expect(statusText(el)).to.equal('Your account is confirmed. You can sign in now.');
    await expect(el).to.be.accessible();
  });

  it('resends the code after checking only the username, in the same words for every account', async () => {
    const adapter = new FakeAdapter().resolve('resendSignUpCode', undefined);
    const { el } = await confirm({ adapter });
    const events = record(el, 'cognito-code-sent');
    await click(el, 'resend');
    expect(fieldError(el, 'username')).to.equal('Enter your username.');
    expect(fieldError(el, 'code')).to.equal('');
    expect(adapter.callsTo('resendSignUpCode')).to.have.length(0);
    type(el, 'username', 'ana');
    await click(el, 'resend');
    const words = 'If the account ana still needs confirming, we sent a new code for it.';
    expect(statusText(el)).to.equal(words);
    await click(el, 'resend');
    expect(adapter.callsTo('resendSignUpCode')).to.deep.equal([['ana'], ['ana']]);
    // Never where it went: a made-up destination (an unknown account) would read differently.
    expect(statusText(el)).to.equal(words);
    expect(events).to.deep.equal([{ username: 'ana', codeDelivery: undefined }, { username: 'ana', codeDelivery: EMAIL_DELIVERY }]);
    await expect(el).to.be.accessible();
  });

  // Wrong, expired, or an account that is unknown, confirmed already or disabled: the same words.
  for (const [code, text] of [
    ['CodeMismatchException', 'That code is not right or has expired. Check it, or send a new one.'],
    ['ExpiredCodeException', 'That code is not right or has expired. Check it, or send a new one.'],
    ['NotAuthorizedException', 'That code is not right or has expired. Check it, or send a new one.'],
  ]) {
    it(`shows ${code} at the code field, keeping what was typed`, async () => {
      const adapter = new FakeAdapter().reject('confirmSignUp', code);
      const { el } = await confirm({ adapter }, 'ana');
      const errors = record(el, 'cognito-error');
      type(el, 'code', '123456');
      await submit(el.querySelector('form'));
      expect(fieldError(el, 'code')).to.equal(text);
      expect(alertText(el)).to.equal(text);
      expect(input(el, 'code').value).to.equal('123456');
      expect(input(el, 'username').value).to.equal('ana');
      expectFocused(input(el, 'code'), 'the code field');
      expect(errors[0]).to.include({ code, operation: 'confirmSignUp' });
      await expect(el).to.be.accessible();
    });
  }

  it('shows a resend failure in the alert region, and a throttled resend waits like the submit', async () => {
    const adapter = new FakeAdapter().reject('resendSignUpCode', 'LimitExceededException');
    const { el } = await confirm({ adapter }, 'ana');
    await click(el, 'resend');
    expect(alertText(el)).to.equal('Too many attempts. Wait a moment, then try again.');
    expect(statusText(el)).to.equal('You can try again in 10 seconds.');
    expect(el.querySelector<HTMLButtonElement>('button[name="resend"]')!.disabled).to.equal(true);
    expect(submitButton(el)!.disabled).to.equal(true);
  });

  it('runs one request at a time: no resend and no second submit while confirming', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('confirmSignUp');
    const { el } = await confirm({ adapter }, 'ana');
    type(el, 'code', '123456');
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    await click(el, 'resend');
    expect(adapter.callsTo('confirmSignUp')).to.have.length(1);
    expect(adapter.callsTo('resendSignUpCode')).to.have.length(0);
    pending.resolve(undefined);
    await settle(el);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(statusText(el)).to.equal('Your account is confirmed. You can sign in now.');
  });

  it('is busy while resending too', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('resendSignUpCode');
    const { el } = await confirm({ adapter }, 'ana');
    await click(el, 'resend');
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await click(el, 'resend');
    expect(adapter.callsTo('resendSignUpCode')).to.have.length(1);
    pending.resolve(EMAIL_DELIVERY);
    await settle(el);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('offers a retry after a network error, which succeeds', async () => {
    const adapter = new FakeAdapter().reject('confirmSignUp', 'NetworkError', 'Network error');
    const { el } = await confirm({ adapter }, 'ana');
    const events = record(el, 'cognito-sign-up-confirmed');
    type(el, 'code', '123456');
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(adapter.callsTo('confirmSignUp')).to.have.length(2);
    expect(events).to.have.length(1);
  });

  it('retries the resend (not the confirmation) when the resend hit the network error', async () => {
    const adapter = new FakeAdapter().reject('resendSignUpCode', 'NetworkError', 'Network error');
    const { el } = await confirm({ adapter }, 'ana');
    await click(el, 'resend');
    await click(el, 'retry');
    expect(adapter.callsTo('resendSignUpCode')).to.have.length(2);
    expect(adapter.callsTo('confirmSignUp')).to.have.length(0);
    expect(statusText(el)).to.equal('If the account ana still needs confirming, we sent a new code for it.');
  });

  it('speaks the language of its lang attribute, and picks up new translations', async () => {
    registerTranslation('fr', { 'confirmSignUp.heading': 'Confirmez votre compte', 'field.code': 'Code reçu' });
    const { el } = await confirm({ lang: 'fr-CA' });
    expect(el.querySelector('h2')!.textContent).to.equal('Confirmez votre compte');
    expect(el.querySelector(`label[for="${input(el, 'code').id}"]`)!.textContent).to.equal('Code reçu');
    registerTranslation('fr', { 'action.resend': 'Renvoyer le code' });
    await settle(el);
    expect(el.querySelector('button[name="resend"]')!.textContent!.trim()).to.equal('Renvoyer le code');
  });

  it('send-code sends a new code as soon as it is shown, once', async () => {
    const { el, adapter } = await mount<CognitoConfirmSignUp>(html`<cognito-confirm-sign-up username="ana" send-code></cognito-confirm-sign-up>`);
    await settle(el);
    expect(adapter.callsTo('resendSignUpCode')).to.deep.equal([['ana']]);
    expect(statusText(el)).to.equal('If the account ana still needs confirming, we sent a new code for it.');
    expect(input(el, 'username').value).to.equal('ana');
    el.requestUpdate();
    await settle(el);
    expect(adapter.callsTo('resendSignUpCode')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
