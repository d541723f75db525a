import { expect, html } from '@open-wc/testing';
import type { CognitoNewPassword } from '../../components/new-password/new-password.js';
import { newPasswordParameters } from '../../src/auth/challenge-parameters.js';
import {
  FakeAdapter, alertText, click, expectForm, expectNoSecret, expectUniqueIds, fieldError, input, mount, record, settle,
  submit, submitButton, type, expectFocused } from './fixture.js';

const PASSWORD = 'Brand-new-pass-1';
type Options = Parameters<typeof mount>[1];

/** As the SDK reports the challenge, decoded at the adapter's edge. */
const parameters = (required: string[], current: Record<string, string> = {}) =>
  newPasswordParameters({ email: 'ana@example.com', email_verified: 'true', ...current }, required).parameters as never;
const newPassword = (required: string[] = [], current: Record<string, string> = {}, options: Options = {}) =>
  mount<CognitoNewPassword>(html`<cognito-new-password></cognito-new-password>`, {
    ...options,
    challenge: { challenge: 'NEW_PASSWORD_REQUIRED', parameters: parameters(required, current) },
  });

const heading = (el: Element) => el.querySelector('h2');
const isEmpty = (el: Element) => el.querySelector('form') === null && el.textContent!.trim() === '';

describe('<cognito-new-password>', () => {
  it('asks for a new password, with the policy hint and a hidden username, and focuses the heading', async () => {
    const { el } = await newPassword();
    const form = expectForm(el, { new_password: 'new-password', username: 'username' });
    expect(input(form, 'new_password').type).to.equal('password');
    expect(input(form, 'username').hidden).to.equal(true);
    expect(input(form, 'username').value).to.equal('ana');
    const policy = el.querySelector('[part="policy"]')!;
    expect(policy.textContent).to.include('At least 8 characters');
    expect(input(form, 'new_password').getAttribute('aria-describedby')).to.include(policy.id);
    expect(el.textContent).to.include('Your account has a temporary password.');
    expect(form.querySelectorAll('input:not([hidden])')).to.have.length(1);
    expectFocused(heading(el), 'the heading');
    await expect(el).to.be.accessible();
  });

  it('adds a typed, autocompleted field for each required attribute, pre-filled where known', async () => {
    const { el } = await newPassword(['userAttributes.name', 'phone_number', 'custom:team'], { phone_number: '+14155550123' });
    const form = expectForm(el, { new_password: 'new-password', name: 'name', phone_number: 'tel', 'custom:team': 'off' });
    expect(input(form, 'phone_number').type).to.equal('tel');
    expect(input(form, 'phone_number').value).to.equal('+14155550123');
    expect(input(form, 'name').value).to.equal('');
    expect(el.querySelector('input[name="email"]'), 'not a required attribute').to.equal(null);
    expect(el.querySelector('input[name="email_verified"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows nothing at other challenges or when signed out', async () => {
    expect(isEmpty((await mount(html`<cognito-new-password></cognito-new-password>`)).el)).to.equal(true);
    expect(isEmpty((await mount(html`<cognito-new-password></cognito-new-password>`, { challenge: { challenge: 'SMS_MFA' } })).el)).to.equal(true);
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-new-password></cognito-new-password><cognito-new-password></cognito-new-password>`, {
      challenge: { challenge: 'NEW_PASSWORD_REQUIRED', parameters: parameters(['name']) },
    });
    expectUniqueIds(wrapper);
  });

  it('validates the password and the attributes before any request', async () => {
    const { el, adapter } = await newPassword(['name', 'phone_number']);
    type(el, 'phone_number', '0123');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'new_password')).to.equal('Enter your new password.');
    expect(fieldError(el, 'name')).to.equal('Enter your name.');
    expect(fieldError(el, 'phone_number')).to.match(/international format/);
    expectFocused(input(el, 'new_password'), 'the new_password field');
    expect(adapter.callsTo('answerChallenge')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('sends the password and only the required attributes the user gave, then emits cognito-signed-in', async () => {
    const { el, adapter, service } = await newPassword(['userAttributes.name', 'phone_number', 'email_verified', 'sub'], {
      phone_number: '+14155550123',
    });
    const events = record(el, 'cognito-signed-in');
    type(el, 'new_password', PASSWORD);
    type(el, 'name', ' Ana Lima ');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('answerChallenge')).to.deep.equal([
      [{ challenge: 'NEW_PASSWORD_REQUIRED', newPassword: PASSWORD, attributes: { name: 'Ana Lima' } }],
    ]);
    expect(events).to.have.length(1);
    expectNoSecret(events[0], PASSWORD);
    expect(service.state.status).to.equal('signed-in');
    expect(isEmpty(el)).to.equal(true);
  });

  it('sends a pre-filled attribute the user changed', async () => {
    const { el, adapter } = await newPassword(['phone_number'], { phone_number: '+14155550123' });
    type(el, 'new_password', PASSWORD);
    type(el, 'phone_number', '+14155550999');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('answerChallenge')[0]).to.deep.equal([
      { challenge: 'NEW_PASSWORD_REQUIRED', newPassword: PASSWORD, attributes: { phone_number: '+14155550999' } },
    ]);
  });

  it('emits cognito-challenge when MFA follows', async () => {
    const adapter = new FakeAdapter().resolve('answerChallenge', { kind: 'challenge', username: 'ana', challenge: 'SOFTWARE_TOKEN_MFA', parameters: {} });
    const { el } = await newPassword([], {}, { adapter });
    const events = record(el, 'cognito-challenge');
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(events).to.deep.equal([{ username: 'ana', challenge: 'SOFTWARE_TOKEN_MFA' }]);
    expect(isEmpty(el)).to.equal(true);
  });

  it('shows a refused password at the new_password field, keeping what was typed', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
    const { el } = await newPassword(['name'], {}, { adapter });
    const errors = record(el, 'cognito-error');
    // Long enough for the policy shown (Cognito's default), not for the pool's.
    type(el, 'new_password', 'Longer-pass-1');
    type(el, 'name', 'Ana');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'new_password')).to.equal('The password is too short.');
    expect(alertText(el)).to.equal('The password is too short.');
    expect(input(el, 'name').value).to.equal('Ana');
    expectFocused(input(el, 'new_password'), 'the new_password field');
    expect(errors[0]).to.include({ code: 'InvalidPasswordException', operation: 'respondToChallenge' });
    await expect(el).to.be.accessible();
  });

  it('says an expired sign-in must start again', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    const { el, service } = await newPassword([], {}, { adapter });
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(alertText(el)).to.equal('This sign-in took too long. Start again.');
    await expect(el).to.be.accessible();
    await click(el, 'cancel');
    expect(service.state.status).to.equal('signed-out');
  });

  it('is busy while the password is set', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('answerChallenge');
    const { el } = await newPassword([], {}, { adapter });
    type(el, 'new_password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('answerChallenge')).to.have.length(1);
    pending.reject({ code: 'NetworkError', name: 'NetworkError', message: 'offline' });
    await settle(el);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(input(el, 'new_password').value).to.equal(PASSWORD);
  });
});
