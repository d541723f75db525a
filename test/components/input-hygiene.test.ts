/**
 * Input hygiene in every element: Cognito's length limits as `maxlength`, pasted codes with
 * spaces or dashes, phone numbers in E.164 whatever their punctuation, passwords sent as typed.
 */
import { expect, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { newPasswordParameters } from '../../src/auth/challenge-parameters.js';
import { FakeAdapter, fieldError, input, mount, settle, submit, type } from './fixture.js';

type Options = Parameters<typeof mount>[1];
const CHALLENGE_PARAMS = newPasswordParameters({}, ['userAttributes.phone_number']).parameters;

/** Every element in a state that shows its inputs. */
const views: Array<[string, TemplateResult, Options?, ((el: Element) => Promise<void>)?]> = [
  ['sign-up', html`<cognito-sign-up attributes="email phone_number name custom:team"></cognito-sign-up>`],
  ['confirm-sign-up', html`<cognito-confirm-sign-up></cognito-confirm-sign-up>`],
  ['sign-in', html`<cognito-sign-in></cognito-sign-in>`],
  ['forgot-password (request)', html`<cognito-forgot-password></cognito-forgot-password>`],
  ['forgot-password (reset)', html`<cognito-forgot-password username="ana" send-code></cognito-forgot-password>`],
  ['mfa-prompt', html`<cognito-mfa-prompt></cognito-mfa-prompt>`, { challenge: { challenge: 'SMS_MFA' } }],
  ['new-password', html`<cognito-new-password></cognito-new-password>`, { challenge: { challenge: 'NEW_PASSWORD_REQUIRED', parameters: CHALLENGE_PARAMS } }],
  ['totp-setup', html`<cognito-totp-setup></cognito-totp-setup>`, { challenge: { challenge: 'MFA_SETUP' } }],
  ['custom-challenge', html`<cognito-custom-challenge></cognito-custom-challenge>`, { challenge: { challenge: 'CUSTOM_CHALLENGE', parameters: { type: 'code' } } }],
  ['user-profile', html`<cognito-user-profile attributes="name email phone_number custom:team"></cognito-user-profile>`, { signedIn: 'ana' }],
  ['change-password', html`<cognito-change-password></cognito-change-password>`, { signedIn: 'ana' }],
  ['delete-account', html`<cognito-delete-account></cognito-delete-account>`, { signedIn: 'ana' }, async (el) => {
    el.querySelector('form')!.requestSubmit();
    await settle(el);
  }],
];

const LIMITS: Record<string, number> = { username: 128, password: 256, new_password: 256, code: 32 };

describe('input hygiene', () => {
  for (const [name, template, options, arrange] of views) {
    it(`${name}: every input carries Cognito's length limit as maxlength`, async () => {
      const { el } = await mount<LitElement>(template, options);
      await settle(el);
      await arrange?.(el);
      const inputs = [...el.querySelectorAll<HTMLInputElement>('input:not([hidden]):not([type="checkbox"]):not([type="radio"])')];
      expect(inputs.length, 'some inputs').to.be.greaterThan(0);
      for (const field of inputs) expect(field.maxLength, `maxlength of ${field.name}`).to.equal(LIMITS[field.name] ?? 2048);
    });
  }

  it('confirm sign-up and forgot password take a pasted code with spaces or dashes', async () => {
    const confirm = await mount<LitElement>(html`<cognito-confirm-sign-up username="ana"></cognito-confirm-sign-up>`);
    type(confirm.el, 'code', ' 966 124 ');
    await submit(confirm.el.querySelector('form'));
    expect(fieldError(confirm.el, 'code')).to.equal('');
    expect(confirm.adapter.callsTo('confirmSignUp')).to.deep.equal([['ana', '966124']]);

    const forgot = await mount<LitElement>(html`<cognito-forgot-password username="ana" send-code></cognito-forgot-password>`);
    await settle(forgot.el);
    type(forgot.el, 'code', '386-483');
    type(forgot.el, 'new_password', 'New-pass-2!');
    await submit(forgot.el.querySelector('form'));
    expect(forgot.adapter.callsTo('confirmForgotPassword')).to.deep.equal([['ana', '386483', 'New-pass-2!']]);
  });

  it('a code with letters is still refused at the field', async () => {
    const { el, adapter } = await mount<LitElement>(html`<cognito-confirm-sign-up username="ana"></cognito-confirm-sign-up>`);
    type(el, 'code', '96a 124');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'code')).to.equal('Enter the code: digits only.');
    expect(adapter.callsTo('confirmSignUp')).to.have.length(0);
  });

  it('phone numbers typed with spaces, dashes, dots or parentheses are sent in E.164 (sign-up, new password)', async () => {
    const { el, adapter } = await mount<LitElement>(html`<cognito-sign-up attributes="email phone_number"></cognito-sign-up>`);
    type(el, 'username', 'ana');
    type(el, 'email', 'ana@example.com');
    type(el, 'phone_number', '+1 (415) 555-01.23');
    type(el, 'new_password', 'Secret-pass-1');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'phone_number')).to.equal('');
    expect(adapter.callsTo('signUp')).to.deep.equal([
      [{ username: 'ana', password: 'Secret-pass-1', attributes: { email: 'ana@example.com', phone_number: '+14155550123' } }],
    ]);

    const challenge = await mount<LitElement>(html`<cognito-new-password></cognito-new-password>`, {
      challenge: { challenge: 'NEW_PASSWORD_REQUIRED', parameters: CHALLENGE_PARAMS },
    });
    type(challenge.el, 'new_password', 'Secret-pass-1');
    type(challenge.el, 'phone_number', '+49 151 2345 6789');
    await submit(challenge.el.querySelector('form'));
    expect(challenge.adapter.callsTo('answerChallenge')).to.deep.equal([
      [{ challenge: 'NEW_PASSWORD_REQUIRED', newPassword: 'Secret-pass-1', attributes: { phone_number: '+4915123456789' } }],
    ]);
  });

  it('a number without + and the country code is refused at the field, as typed', async () => {
    const { el, adapter } = await mount<LitElement>(html`<cognito-sign-up attributes="phone_number"></cognito-sign-up>`);
    type(el, 'username', 'ana');
    type(el, 'phone_number', '(415) 555-0123');
    type(el, 'new_password', 'Secret-pass-1');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'phone_number')).to.equal('Enter the number in international format, starting with + and the country code.');
    expect(input(el, 'phone_number').value).to.equal('(415) 555-0123');
    expect(adapter.callsTo('signUp')).to.have.length(0);
  });

  it('the profile saves a phone typed with spaces as E.164, and an unchanged one typed differently as unchanged', async () => {
    const adapter = new FakeAdapter();
    Object.assign(adapter.profile.attributes, { phone_number: '+14155550123', phone_number_verified: 'true' });
    const { el } = await mount<LitElement>(html`<cognito-user-profile no-reauth></cognito-user-profile>`, { adapter, signedIn: 'ana' });
    await settle(el);
    type(el, 'phone_number', '+1 415 555 0123');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
    type(el, 'phone_number', '+1 415 555 0199');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('updateAttributes')).to.deep.equal([['access-ana', { phone_number: '+14155550199' }]]);
  });

  it('passwords are sent exactly as typed: inner spaces, letters of any script, emoji', async () => {
    const password = 'Ünïcødé pass wört 9 🔐';
    const { el, adapter } = await mount<LitElement>(html`<cognito-sign-in></cognito-sign-in>`);
    type(el, 'username', ' ana ');
    type(el, 'password', password);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')).to.deep.equal([['ana', password, 'USER_SRP_AUTH']]);
  });
});
