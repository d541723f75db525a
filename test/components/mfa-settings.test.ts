import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CognitoMfaSettings } from '../../components/mfa-settings/mfa-settings.js';
import { FakeAdapter, alertText, click, fieldError, input, mount, record, settle, statusText, submit, submitButton, type, expectFocused, waitFor } from './fixture.js';

type Options = Parameters<typeof mount>[1];

/** Mounts the element and lets it load the user. */
async function settings(options: Options = { signedIn: 'ana' }, template?: TemplateResult) {
  const mounted = await mount<CognitoMfaSettings>(template ?? html`<cognito-mfa-settings></cognito-mfa-settings>`, options);
  await settle(mounted.el);
  return mounted;
}

/** Ana with a verified phone, and the MFA settings given. */
function user(enabled: string[] = [], preferred?: string): FakeAdapter {
  const adapter = new FakeAdapter();
  Object.assign(adapter.profile.attributes, { phone_number: '+14155550123', phone_number_verified: 'true' });
  adapter.profile.mfa = { enabled, preferred };
  return adapter;
}

const box = (el: Element, type: string) => el.querySelector<HTMLInputElement>(`input[name="mfa"][value="${type}"]`)!;
const radios = (el: Element) =>
  [...el.querySelectorAll<HTMLInputElement>('input[name="preferred"]')].map((radio) => `${radio.value}${radio.checked ? '*' : ''}`);
const summary = (el: Element) => el.querySelector('form > p')!.textContent!.trim();
const hintOf = (field: HTMLInputElement) =>
  document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '';

async function toggle(el: Element, type: string) {
  box(el, type).click();
  await settle(el);
}

async function save(el: Element) {
  await submit(el.querySelector('form'));
}

describe('<cognito-mfa-settings>', () => {
  it('asks to sign in while no one is signed in, or shows nothing with hide-when-signed-out', async () => {
    const { el } = await settings({});
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    await expect(el).to.be.accessible();
    const hidden = await settings({}, html`<cognito-mfa-settings hide-when-signed-out></cognito-mfa-settings>`);
    expect(hidden.el.textContent!.trim()).to.equal('');
    await expect(hidden.el).to.be.accessible();
  });

  it('says it is loading, and offers to try again when that fails', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('getUser');
    const { el } = await mount<CognitoMfaSettings>(html`<cognito-mfa-settings></cognito-mfa-settings>`, { adapter, signedIn: 'ana' });
    expect(statusText(el)).to.equal('Loading your account…');
    await expect(el).to.be.accessible();
    pending.reject({ code: 'NetworkError', name: 'NetworkError', message: 'Failed to fetch' });
    await settle(el);
    expect(alertText(el)).to.equal("Couldn't reach the sign-in service. Check your connection and try again.");
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expect(summary(el)).to.equal('Two-step verification is off.');
  });

  it('shows MFA off, with SMS disabled until the phone is verified', async () => {
    const { el } = await settings();
    expect(summary(el)).to.equal('Two-step verification is off.');
    expect(el.querySelector('fieldset legend')!.textContent).to.equal('Verify it is you with');
    expect([...el.querySelectorAll<HTMLInputElement>('input[name="mfa"]')].map((b) => b.value)).to.deep.equal(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    expect(box(el, 'SMS_MFA').disabled).to.equal(true);
    expect(hintOf(box(el, 'SMS_MFA'))).to.equal('Add and verify a phone number in your profile to get codes by text message.');
    expect(box(el, 'SOFTWARE_TOKEN_MFA').disabled).to.equal(false);
    expect(radios(el)).to.deep.equal([]);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Save');
    await expect(el).to.be.accessible();
  });

  it('turns SMS on; with one method on, that one is preferred', async () => {
    const { el, adapter } = await settings({ adapter: user(), signedIn: 'ana' });
    const events = record(el, 'cognito-mfa-updated');
    await toggle(el, 'SMS_MFA');
    await save(el);
    expect(adapter.callsTo('setMfaPreference')).to.deep.equal([['access-ana', { sms: { enabled: true, preferred: true } }]]);
    expect(events).to.deep.equal([{ username: 'ana', preferred: 'SMS_MFA', enabled: ['SMS_MFA'] }]);
    expect(statusText(el)).to.equal('Your two-step verification settings are saved.');
    expect(summary(el)).to.equal('Two-step verification is on: Text message.');
    expect(box(el, 'SMS_MFA').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('with several methods on, asks which is preferred (radios in a fieldset) and saves the choice', async () => {
    const { el, adapter } = await settings({ adapter: user(['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], 'SMS_MFA'), signedIn: 'ana' });
    const events = record(el, 'cognito-mfa-updated');
    expect(summary(el)).to.equal('Two-step verification is on: Text message (preferred) and Authenticator app.');
    expect(radios(el)).to.deep.equal(['SMS_MFA*', 'SOFTWARE_TOKEN_MFA']);
    expect(el.querySelectorAll('fieldset')[1].querySelector('legend')!.textContent).to.equal('Preferred method');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLInputElement>('input[name="preferred"][value="SOFTWARE_TOKEN_MFA"]')!.click();
    await settle(el);
    await save(el);
    expect(adapter.callsTo('setMfaPreference')).to.deep.equal([
      ['access-ana', { sms: { enabled: true, preferred: false }, totp: { enabled: true, preferred: true } }],
    ]);
    expect(events).to.deep.equal([{ username: 'ana', preferred: 'SOFTWARE_TOKEN_MFA', enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] }]);
    expect(radios(el)).to.deep.equal(['SMS_MFA', 'SOFTWARE_TOKEN_MFA*']);
  });

  it('turns the authenticator app off once the current password is confirmed', async () => {
    const { el, adapter } = await settings({ adapter: user(['SOFTWARE_TOKEN_MFA'], 'SOFTWARE_TOKEN_MFA'), signedIn: 'ana' });
    const events = record(el, 'cognito-mfa-updated');
    expect(summary(el)).to.equal('Two-step verification is on: Authenticator app.');
    expect(el.querySelector('input[name="password"]'), 'no password asked while nothing is turned off').to.equal(null);
    await toggle(el, 'SOFTWARE_TOKEN_MFA');
    const password = input(el, 'password');
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(hintOf(password)).to.equal('To turn off a verification method, enter your current password.');
    await expect(el).to.be.accessible();
    await save(el);
    expect(fieldError(el, 'password')).to.equal('Enter your current password.');
    expect(adapter.callsTo('verifyPassword')).to.have.length(0);
    type(el, 'password', 'Secret-pass-1');
    await save(el);
    expect(adapter.callsTo('verifyPassword')).to.deep.equal([['ana', 'Secret-pass-1', 'USER_SRP_AUTH']]);
    expect(adapter.callsTo('setMfaPreference')).to.deep.equal([['access-ana', { totp: { enabled: false, preferred: false } }]]);
    expect(events).to.deep.equal([{ username: 'ana', preferred: undefined, enabled: [] }]);
    expect(summary(el)).to.equal('Two-step verification is off.');
    expect(el.querySelector('input[name="password"]'), 'the field goes with the change').to.equal(null);
  });

  it('turns nothing off with a wrong current password, keeping the choice', async () => {
    const adapter = user(['SMS_MFA'], 'SMS_MFA').reject('verifyPassword', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el } = await settings({ adapter, signedIn: 'ana' });
    await toggle(el, 'SMS_MFA');
    type(el, 'password', 'wrong');
    await save(el);
    expect(fieldError(el, 'password')).to.equal('Your current password is not right.');
    expect(adapter.callsTo('setMfaPreference')).to.have.length(0);
    expect(box(el, 'SMS_MFA').checked).to.equal(false);
    expect(input(el, 'password').value).to.equal('wrong');
    await expect(el).to.be.accessible();
  });

  it('turns a method on, or changes the preferred one, without the password; no-reauth never asks', async () => {
    const { el, adapter } = await settings({ adapter: user(['SMS_MFA'], 'SMS_MFA'), signedIn: 'ana' });
    await toggle(el, 'SMS_MFA');
    expect(el.querySelector('input[name="password"]')).to.exist;
    await toggle(el, 'SMS_MFA');
    expect(el.querySelector('input[name="password"]'), 'back as it was: no password').to.equal(null);
    const optOut = await settings({ adapter: user(['SMS_MFA'], 'SMS_MFA'), signedIn: 'ana' }, html`<cognito-mfa-settings no-reauth></cognito-mfa-settings>`);
    await toggle(optOut.el, 'SMS_MFA');
    expect(optOut.el.querySelector('input[name="password"]')).to.equal(null);
    await save(optOut.el);
    expect(optOut.adapter.callsTo('setMfaPreference')).to.have.length(1);
    expect(optOut.adapter.callsTo('verifyPassword')).to.have.length(0);
    expect(adapter.callsTo('verifyPassword')).to.have.length(0);
  });

  it('sets up the authenticator app in place before turning it on', async () => {
    const { el, adapter } = await settings();
    const events = record(el, 'cognito-mfa-updated');
    await toggle(el, 'SOFTWARE_TOKEN_MFA');
    expect(hintOf(box(el, 'SOFTWARE_TOKEN_MFA'))).to.equal('You will set up the app in the next step.');
    await save(el);
    const setup = el.querySelector('cognito-totp-setup')!;
    expect(setup, 'the setup element').to.exist;
    expect(adapter.callsTo('setMfaPreference')).to.have.length(0);
    await settle(setup);
    await settle(setup);
    // Straight to the QR code: the user already chose to set the app up.
    expect(adapter.callsTo('associateSoftwareToken')).to.have.length(1);
    expect(setup.querySelector('[name="code"]'), 'the scan step').to.exist;
    expectFocused(setup.querySelector('h2'), 'the heading');
    await expect(el).to.be.accessible();
    type(setup, 'code', '123456');
    await submit(setup.querySelector('form'));
    expect(adapter.callsTo('verifySoftwareToken')).to.deep.equal([['123456', undefined]]);
    await settle(el);
    expect(adapter.callsTo('setMfaPreference')).to.deep.equal([['access-ana', { totp: { enabled: true, preferred: true } }]]);
    expect(events).to.deep.equal([{ username: 'ana', preferred: 'SOFTWARE_TOKEN_MFA', enabled: ['SOFTWARE_TOKEN_MFA'] }]);
    expect(el.querySelector('cognito-totp-setup')).to.equal(null);
    expect(summary(el)).to.equal('Two-step verification is on: Authenticator app.');
    expect(statusText(el)).to.equal('Your two-step verification settings are saved.');
    await expect(el).to.be.accessible();
  });

  it('goes back from the setup without saving anything', async () => {
    const { el, adapter } = await settings();
    await toggle(el, 'SOFTWARE_TOKEN_MFA');
    await save(el);
    await click(el, 'back');
    expect(el.querySelector('cognito-totp-setup')).to.equal(null);
    expect(summary(el)).to.equal('Two-step verification is off.');
    expect(adapter.callsTo('setMfaPreference')).to.have.length(0);
    expectFocused(el.querySelector('h2'), 'the heading');
  });

  it('offers e-mail codes when listed in methods, for a verified address', async () => {
    const { el, adapter } = await settings({ adapter: user(), signedIn: 'ana' }, html`<cognito-mfa-settings methods="email sms"></cognito-mfa-settings>`);
    expect([...el.querySelectorAll<HTMLInputElement>('input[name="mfa"]')].map((b) => b.value)).to.deep.equal(['SMS_MFA', 'EMAIL_OTP']);
    await toggle(el, 'EMAIL_OTP');
    await toggle(el, 'SMS_MFA');
    expect(radios(el)).to.deep.equal(['SMS_MFA', 'EMAIL_OTP*']);
    await save(el);
    expect(adapter.callsTo('setMfaPreference')).to.deep.equal([
      ['access-ana', { sms: { enabled: true, preferred: false }, email: { enabled: true, preferred: true } }],
    ]);
    await expect(el).to.be.accessible();
  });

  it('is busy while saving, and shows a refusal in the alert', async () => {
    const adapter = user();
    const pending = adapter.defer('setMfaPreference');
    const { el } = await settings({ adapter, signedIn: 'ana' });
    const errors = record(el, 'cognito-error');
    await toggle(el, 'SMS_MFA');
    await save(el);
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(box(el, 'SMS_MFA').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    pending.reject({ code: 'InvalidParameterException', name: 'InvalidParameterException', message: 'no delivery config' });
    await settle(el);
    expect(alertText(el)).to.equal('Some of the details are not valid. Check them and try again.');
    expect(errors[0]).to.include({ code: 'InvalidParameterException', operation: 'setMfaPreference' });
    expect(box(el, 'SMS_MFA').checked, 'the choice is kept').to.equal(true);
    await expect(el).to.be.accessible();
  });
  describe('the list of methods on, in the language of the page (Intl.ListFormat)', () => {
    const all = () => user(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], 'SMS_MFA');
    const cases: Array<[string, string]> = [
      ['en', 'Two-step verification is on: Text message (preferred), Authenticator app, and Email.'],
      ['ja', '2段階認証はオンです: SMS（優先）、認証アプリ、メール。'],
      ['ar', 'التحقق بخطوتين مفعَّل: رسالة نصية (المفضّلة) وتطبيق المصادقة والبريد الإلكتروني.'],
    ];
    for (const [lang, expected] of cases) {
      it(lang, async () => {
        const { el } = await settings({ adapter: all(), signedIn: 'ana', lang }, html`<cognito-mfa-settings methods="sms totp email"></cognito-mfa-settings>`);
        await waitFor(el, () => summary(el) === expected || undefined).catch(() => undefined);
        expect(summary(el)).to.equal(expected);
      });
    }

    it('a comma list where the browser has no Intl.ListFormat', async () => {
      const { ListFormat } = Intl;
      Reflect.deleteProperty(Intl, 'ListFormat');
      try {
        const { el } = await settings({ adapter: all(), signedIn: 'ana' }, html`<cognito-mfa-settings methods="sms totp email"></cognito-mfa-settings>`);
        expect(summary(el)).to.equal('Two-step verification is on: Text message (preferred), Authenticator app, Email.');
      } finally {
        Object.assign(Intl, { ListFormat });
      }
    });
  });
});
