import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CognitoUserProfile } from '../../components/user-profile/user-profile.js';
import {
  EMAIL_DELIVERY, FakeAdapter, alertText, click, expectForm, fieldError, input, mount, record, settle, statusText, submit,
  submitButton, type, expectFocused } from './fixture.js';
import { SMS_DELIVERY } from '../shared/fake-account.js';

type Options = Parameters<typeof mount>[1];
/** Mounts the element and lets it load the profile. */
async function profile(options: Options = { signedIn: 'ana' }, template?: TemplateResult) {
  const mounted = await mount<CognitoUserProfile>(template ?? html`<cognito-user-profile></cognito-user-profile>`, options);
  await settle(mounted.el);
  return mounted;
}

/** Ana, with an unverified phone number too. */
function withPhone(verified = false): FakeAdapter {
  const adapter = new FakeAdapter();
  Object.assign(adapter.profile.attributes, { phone_number: '+14155550123', phone_number_verified: String(verified) });
  return adapter;
}

const hint = (el: Element, name: string) => document.getElementById(`${input(el, name).id}-hint`)?.textContent?.trim() ?? '';
const buttons = (el: Element, name: string) => [...el.querySelectorAll<HTMLButtonElement>(`button[name="${name}"]`)].map((b) => b.value);
const heading = (el: Element) => el.querySelector('h2')!.textContent!.trim();
const PASSWORD = 'Secret-pass-1';

async function clickValue(el: Element, name: string, value: string) {
  const button = el.querySelector<HTMLButtonElement>(`button[name="${name}"][value="${value}"]`);
  expect(button, `button[name=${name}][value=${value}]`).to.exist;
  button!.click();
  await settle(el);
}

describe('<cognito-user-profile>', () => {
  it('asks to sign in while no one is signed in, or shows nothing with hide-when-signed-out', async () => {
    const { el, adapter } = await profile({});
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    expect(adapter.callsTo('getUser')).to.have.length(0);
    await expect(el).to.be.accessible();
    const hidden = await mount(html`<cognito-user-profile hide-when-signed-out></cognito-user-profile>`);
    expect(hidden.el.textContent!.trim()).to.equal('');
    await expect(hidden.el).to.be.accessible();
  });

  it('says it is loading, then shows the attributes in one form with the right types and autocomplete', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('getUser');
    const { el } = await profile({ adapter, signedIn: 'ana' });
    expect(statusText(el)).to.equal('Loading your account…');
    await expect(el).to.be.accessible();
    pending.resolve(structuredClone(adapter.profile));
    await settle(el);
    const form = expectForm(el, { name: 'name', email: 'email', phone_number: 'tel' });
    expect(adapter.callsTo('getUser')).to.deep.equal([['access-ana']]);
    expect([input(form, 'email').type, input(form, 'phone_number').type]).to.deep.equal(['email', 'tel']);
    expect([input(form, 'name').value, input(form, 'email').value, input(form, 'phone_number').value]).to.deep.equal([
      'Ana Lima', 'ana@example.com', '',
    ]);
    expect(input(form, 'email').required).to.equal(true);
    expect(input(form, 'name').required).to.equal(false);
    expect(hint(el, 'email')).to.equal('Verified.');
    expect(hint(el, 'phone_number')).to.equal('International format, e.g. +1 415 555 0123');
    expect(buttons(el, 'delete'), 'optional attributes with a value').to.deep.equal(['name']);
    expect(el.querySelector('button[name="delete"]')!.textContent!.trim()).to.equal('Remove name');
    expect(buttons(el, 'verify')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows whether the phone is verified, and offers to verify it', async () => {
    const { el } = await profile({ adapter: withPhone(), signedIn: 'ana' });
    expect(hint(el, 'phone_number')).to.equal('Not verified. International format, e.g. +1 415 555 0123');
    expect(buttons(el, 'verify')).to.deep.equal(['phone_number']);
    expect(buttons(el, 'delete')).to.deep.equal(['name', 'phone_number']);
    await expect(el).to.be.accessible();
  });

  it('takes its attributes, labels, required and read-only ones from its attributes', async () => {
    const adapter = new FakeAdapter();
    Object.assign(adapter.profile.attributes, { given_name: 'Ana', 'custom:team': 'Blue' });
    const { el } = await profile(
      { adapter, signedIn: 'ana' },
      html`<cognito-user-profile attributes="sub given_name custom:team email" required-attributes="given_name"
        readonly-attributes="email" labels='{"custom:team":"Team"}'></cognito-user-profile>`,
    );
    expectForm(el, { given_name: 'given-name', 'custom:team': 'off' });
    expect(el.querySelector(`label[for="${input(el, 'custom:team').id}"]`)!.textContent!.trim()).to.equal('Team');
    expect(el.querySelector('input[name="email"]'), 'read-only: no input').to.equal(null);
    expect([...el.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['sub', 'Email']);
    expect([...el.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal(['sub-1', 'ana@example.com']);
    expect(buttons(el, 'delete')).to.deep.equal(['custom:team']);
    await expect(el).to.be.accessible();
  });

  it('takes `attributes` set as a property (React 19, Vue) as the attribute', async () => {
    const { el } = await profile();
    (el as unknown as { attributes: string }).attributes = 'email';
    await settle(el);
    expect(el.getAttribute('attributes')).to.equal('email');
    expectForm(el, { email: 'email' });
    expect(el.attributes.getNamedItem('attributes')!.value).to.equal('email');
  });

  it('offers to try again when loading fails', async () => {
    const adapter = new FakeAdapter().reject('getUser', 'NetworkError');
    const { el } = await profile({ adapter, signedIn: 'ana' });
    expect(alertText(el)).to.equal("Couldn't reach the sign-in service. Check your connection and try again.");
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    expectForm(el, { name: 'name' });
    expect(alertText(el)).to.equal('');
  });

  it('saves what changed, and says so', async () => {
    const { el, adapter } = await profile();
    const events = record(el, 'cognito-attributes-updated');
    type(el, 'name', 'Ana Maria Lima');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('updateAttributes')).to.deep.equal([['access-ana', { name: 'Ana Maria Lima' }]]);
    expect(adapter.callsTo('deleteAttributes')).to.have.length(0);
    expect(events).to.deep.equal([{ username: 'ana', attributes: { name: 'Ana Maria Lima' } }]);
    expect(statusText(el)).to.equal('Your changes are saved.');
    expect(input(el, 'name').value).to.equal('Ana Maria Lima');
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing to save, without a request', async () => {
    const { el, adapter } = await profile();
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('There are no changes to save.');
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
  });

  it('checks e-mail and phone formats (E.164) and required attributes before any request', async () => {
    const { el, adapter } = await profile();
    type(el, 'phone_number', '415 555 0123');
    type(el, 'email', '');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'phone_number')).to.equal('Enter the number in international format, starting with + and the country code.');
    expect(fieldError(el, 'email')).to.equal('Enter your email.');
    expectFocused(input(el, 'email'), 'the email field');
    await expect(el).to.be.accessible();
    type(el, 'email', 'ana@');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
  });

  it('asks for the code in place when the e-mail changes, then verifies it', async () => {
    const { el, adapter } = await profile();
    const updated = record(el, 'cognito-attributes-updated');
    const sent = record(el, 'cognito-code-sent');
    const verified = record(el, 'cognito-attribute-verified');
    type(el, 'email', 'ana@example.org');
    await settle(el);
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('verifyPassword')).to.deep.equal([['ana', PASSWORD, 'USER_SRP_AUTH']]);
    expect(updated).to.deep.equal([{ username: 'ana', attributes: { email: 'ana@example.org' } }]);
    expect(sent).to.deep.equal([{ username: 'ana', codeDelivery: EMAIL_DELIVERY }]);
    expect(heading(el)).to.equal('Verify your email address');
    const form = expectForm(el, { code: 'one-time-code', username: 'username' });
    expect(input(form, 'username').value).to.equal('ana');
    expect(hint(el, 'code')).to.equal('We sent a code to a***@e***.com. Enter it to verify your email.');
    expect(buttons(el, 'resend')).to.have.length(1);
    expect(buttons(el, 'cancel')).to.have.length(1);
    expectFocused(input(el, 'code'), 'the code field');
    await expect(el).to.be.accessible();

    type(el, 'code', '123 456');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('verifyAttribute')).to.deep.equal([['access-ana', 'email', '123456']]);
    expect(verified).to.deep.equal([{ username: 'ana', attribute: 'email' }]);
    expect(heading(el)).to.equal('Your profile');
    expect(statusText(el)).to.equal('Your email is verified.');
    expect(hint(el, 'email')).to.equal('Verified.');
    expect(input(el, 'email').value).to.equal('ana@example.org');
    await expect(el).to.be.accessible();
  });

  it('shows a wrong code at the code field, sends the code again, and lets the user leave', async () => {
    const adapter = new FakeAdapter().reject('verifyAttribute', 'CodeMismatchException');
    const { el } = await profile({ adapter, signedIn: 'ana' });
    const sent = record(el, 'cognito-code-sent');
    type(el, 'email', 'ana@example.org');
    await settle(el);
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    type(el, 'code', '111111');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'code')).to.equal('That code is not right. Check it and try again.');
    expect(alertText(el)).to.equal('That code is not right. Check it and try again.');
    await expect(el).to.be.accessible();

    await click(el, 'resend');
    expect(adapter.callsTo('sendAttributeCode')).to.deep.equal([['access-ana', 'email']]);
    expect(sent).to.have.length(2);
    expect(statusText(el)).to.equal('We sent a new code to a***@e***.com.');
    expect(alertText(el)).to.equal('');

    await click(el, 'cancel');
    expect(heading(el)).to.equal('Your profile');
    expect(hint(el, 'email')).to.equal('Not verified.');
    expect(buttons(el, 'verify')).to.deep.equal(['email']);
    expectFocused(el.querySelector('h2'), 'the heading');
    await expect(el).to.be.accessible();
  });

  it('asks for each code in turn when e-mail and phone change together', async () => {
    const { el, adapter } = await profile();
    type(el, 'email', 'ana@example.org');
    type(el, 'phone_number', '+1 (415) 555-0123');
    await settle(el);
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('updateAttributes')).to.deep.equal([['access-ana', { email: 'ana@example.org', phone_number: '+14155550123' }]]);
    expect(heading(el)).to.equal('Verify your email address');
    type(el, 'code', '123456');
    await submit(el.querySelector('form'));
    expect(heading(el)).to.equal('Verify your phone number');
    expect(statusText(el)).to.equal('Your email is verified.');
    expect(hint(el, 'code')).to.equal(`We sent a code to ${SMS_DELIVERY.Destination}. Enter it to verify your phone number.`);
    type(el, 'code', '654321');
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('verifyAttribute').map((args) => args[1])).to.deep.equal(['email', 'phone_number']);
    expect(heading(el)).to.equal('Your profile');
  });

  it('verifies an unverified phone on request', async () => {
    const { el, adapter } = await profile({ adapter: withPhone(), signedIn: 'ana' });
    const sent = record(el, 'cognito-code-sent');
    await clickValue(el, 'verify', 'phone_number');
    expect(adapter.callsTo('sendAttributeCode')).to.deep.equal([['access-ana', 'phone_number']]);
    expect(sent).to.deep.equal([{ username: 'ana', codeDelivery: SMS_DELIVERY }]);
    expect(heading(el)).to.equal('Verify your phone number');
    expect(statusText(el)).to.equal('');
    await expect(el).to.be.accessible();
    type(el, 'code', '123456');
    await submit(el.querySelector('form'));
    expect(hint(el, 'phone_number')).to.equal('Verified. International format, e.g. +1 415 555 0123');
  });

  it('deletes an optional attribute with its button, or when its field is emptied', async () => {
    const { el, adapter } = await profile({ adapter: withPhone(true), signedIn: 'ana' });
    const events = record(el, 'cognito-attributes-updated');
    await clickValue(el, 'delete', 'name');
    expect(adapter.callsTo('deleteAttributes')).to.deep.equal([['access-ana', ['name']]]);
    expect(events).to.deep.equal([{ username: 'ana', attributes: { name: '' } }]);
    expect(statusText(el)).to.equal('Removed: Name.');
    expect(input(el, 'name').value).to.equal('');
    expect(buttons(el, 'delete')).to.deep.equal(['phone_number']);
    expectFocused(el.querySelector('h2'), 'the heading');
    await expect(el).to.be.accessible();

    type(el, 'phone_number', '');
    await settle(el);
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('deleteAttributes')[1]).to.deep.equal(['access-ana', ['phone_number']]);
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
    expect(events[1]).to.deep.equal({ username: 'ana', attributes: { phone_number: '' } });
  });

  it('shows what is saved after a delete, also in a field the user typed in', async () => {
    const { el } = await profile();
    type(el, 'name', 'Ana Maria');
    await submit(el.querySelector('form'));
    await clickValue(el, 'delete', 'name');
    expect(input(el, 'name').value).to.equal('');
    expect(buttons(el, 'delete')).to.deep.equal([]);
  });

  it('is busy while saving, and shows a refusal in the alert', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('updateAttributes');
    const { el } = await profile({ adapter, signedIn: 'ana' });
    const errors = record(el, 'cognito-error');
    type(el, 'email', 'taken@example.com');
    await settle(el);
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('updateAttributes')).to.have.length(1);
    pending.reject({ code: 'AliasExistsException', name: 'AliasExistsException', message: 'An account with the email already exists.' });
    await settle(el);
    const text = 'An account with this email or phone number already exists.';
    expect(alertText(el)).to.equal(text);
    expect(errors).to.deep.equal([{ code: 'AliasExistsException', message: text, operation: 'updateAttributes' }]);
    expect(input(el, 'email').value).to.equal('taken@example.com');
    await expect(el).to.be.accessible();
  });

  it('loads the next user after a sign-out and sign-in', async () => {
    const { el, adapter, service } = await profile();
    await service.signOut();
    await settle(el);
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    adapter.profile = { username: 'bob', attributes: { sub: 'sub-2', email: 'bob@example.com', email_verified: 'false' }, mfa: { enabled: [] } };
    await service.signIn('bob', 'pw');
    await settle(el);
    expect(input(el, 'email').value).to.equal('bob@example.com');
    expect(adapter.callsTo('getUser')).to.deep.equal([['access-ana'], ['access-bob']]);
  });

  it('asks for the current password before changing or removing the e-mail or phone, and not for the name', async () => {
    const { el, adapter } = await profile({ adapter: withPhone(true), signedIn: 'ana' });
    type(el, 'name', 'Ana Maria');
    await settle(el);
    expect(el.querySelector('input[name="password"]'), 'not for the name').to.equal(null);
    type(el, 'email', 'ana@example.org');
    await settle(el);
    const password = input(el, 'password');
    expect(password.autocomplete).to.equal('current-password');
    expect(hint(el, 'password')).to.equal('To change your email address or phone number, enter your current password.');
    expect(input(el, 'username').hidden, 'a hidden username for password managers').to.equal(true);
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'password')).to.equal('Enter your current password.');
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
    expect(input(el, 'email').value, 'nothing typed is lost').to.equal('ana@example.org');
    expect(input(el, 'name').value).to.equal('Ana Maria');

    // The phone's remove button asks for it too, and goes ahead once it is given.
    type(el, 'email', 'ana@example.com');
    await clickValue(el, 'delete', 'phone_number');
    expect(adapter.callsTo('deleteAttributes')).to.have.length(0);
    expect(fieldError(el, 'password')).to.equal('Enter your current password.');
    await settle(el);
    type(el, 'password', PASSWORD);
    await clickValue(el, 'delete', 'phone_number');
    expect(adapter.callsTo('verifyPassword')).to.deep.equal([['ana', PASSWORD, 'USER_SRP_AUTH']]);
    expect(adapter.callsTo('deleteAttributes')).to.deep.equal([['access-ana', ['phone_number']]]);
    expect(el.querySelector('input[name="password"]'), 'the field goes with the change').to.equal(null);
  });

  it('changes nothing with a wrong current password', async () => {
    const adapter = new FakeAdapter().reject('verifyPassword', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el } = await profile({ adapter, signedIn: 'ana' });
    type(el, 'email', 'ana@example.org');
    await settle(el);
    type(el, 'password', 'wrong');
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'password')).to.equal('Your current password is not right.');
    expect(adapter.callsTo('updateAttributes')).to.have.length(0);
    expect(input(el, 'email').value).to.equal('ana@example.org');
    expectFocused(input(el, 'password'), 'the password field');
    await expect(el).to.be.accessible();
  });

  it('with no-reauth, changes the e-mail without asking for the password', async () => {
    const { el, adapter } = await profile(undefined, html`<cognito-user-profile no-reauth></cognito-user-profile>`);
    type(el, 'email', 'ana@example.org');
    await settle(el);
    expect(el.querySelector('input[name="password"]')).to.equal(null);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('verifyPassword')).to.have.length(0);
    expect(adapter.callsTo('updateAttributes')).to.have.length(1);
  });
});
