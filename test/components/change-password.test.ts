import { expect, html } from '@open-wc/testing';
import type { CognitoChangePassword } from '../../components/change-password/change-password.js';
import {
  FakeAdapter, alertText, expectForm, expectNoSecret, fieldError, input, mount, record, settle, statusText, submit,
  submitButton, type, expectFocused } from './fixture.js';

type Options = Parameters<typeof mount>[1];
const changePassword = (options: Options = { signedIn: 'ana' }) =>
  mount<CognitoChangePassword>(html`<cognito-change-password></cognito-change-password>`, options);

const OLD = 'Old-pass-1';
const NEW = 'New-pass-2!';
const rules = (el: Element) =>
  [...el.querySelectorAll('.cognito-rules li')].map((li) => {
    const mark = li.querySelector('[aria-hidden="true"]')!.textContent!;
    const words = [...li.childNodes].filter((node) =>
      node instanceof Element ? node.ariaHidden !== 'true' : node.nodeType === Node.TEXT_NODE,
    );
    const text = words.map((node) => node.textContent).join(' ').replace(/\s+/g, ' ').trim();
    return { mark, text, met: li.getAttribute('data-met') === 'true' };
  });

async function change(el: Element, current = OLD, proposed = NEW) {
  type(el, 'password', current);
  type(el, 'new_password', proposed);
  await submit(el.querySelector('form'));
}

describe('<cognito-change-password>', () => {
  it('asks to sign in while no one is signed in, or shows nothing with hide-when-signed-out', async () => {
    const { el } = await changePassword({});
    expect(el.querySelector('form')).to.equal(null);
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    await expect(el).to.be.accessible();
    const hidden = await mount(html`<cognito-change-password hide-when-signed-out></cognito-change-password>`);
    expect(hidden.el.textContent!.trim()).to.equal('');
    await expect(hidden.el).to.be.accessible();
  });

  it('renders the form: current and new password, a hidden username, the policy and the sign-out checkbox', async () => {
    const { el } = await changePassword();
    const form = expectForm(el, { username: 'username', password: 'current-password', new_password: 'new-password' });
    expect(input(form, 'username').hidden).to.equal(true);
    expect(input(form, 'username').value).to.equal('ana');
    expect(form.querySelector(`label[for="${input(form, 'password').id}"]`)!.textContent!.trim()).to.equal('Current password');
    expect(input(form, 'sign_out_others').type).to.equal('checkbox');
    expect(input(form, 'sign_out_others').checked).to.equal(false);
    expect(rules(el).map((rule) => rule.met)).to.deep.equal([false, false, false, false, false]);
    expect(rules(el)[0].text).to.include('At least 8 characters');
    const list = el.querySelector('.cognito-rules')!;
    expect(list.getAttribute('aria-live')).to.equal('polite');
    const policy = el.querySelector('[part="policy"]')!;
    expect(input(form, 'new_password').getAttribute('aria-describedby')).to.include(policy.id);
    await expect(el).to.be.accessible();
  });

  it('marks each rule as the new password meets it', async () => {
    const { el } = await changePassword();
    type(el, 'new_password', 'abc');
    await settle(el);
    expect(rules(el).map((rule) => rule.met)).to.deep.equal([false, false, true, false, false]);
    expect(rules(el)[2].text).to.equal('Done: A lower-case letter');
    expect(rules(el)[0].text).to.equal('Still needed: At least 8 characters');
    type(el, 'new_password', NEW);
    await settle(el);
    expect(rules(el).every((rule) => rule.met)).to.equal(true);
    expect(rules(el).map((rule) => rule.mark)).to.deep.equal(['✓', '✓', '✓', '✓', '✓']);
    await expect(el).to.be.accessible();
  });

  it('shows the policy of its password-policy attribute (Cognito shape), with defaults for missing members', async () => {
    const { el } = await mount<CognitoChangePassword>(
      html`<cognito-change-password password-policy='{"MinimumLength":12,"RequireSymbols":false}'></cognito-change-password>`,
      { signedIn: 'ana' },
    );
    expect(rules(el).map((rule) => rule.text.replace(/^Still needed: /, ''))).to.deep.equal([
      'At least 12 characters', 'An upper-case letter', 'A lower-case letter', 'A number',
    ]);
  });

  it('checks the fields and the policy before any request', async () => {
    const { el, adapter } = await changePassword();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'password')).to.equal('Enter your current password.');
    expect(fieldError(el, 'new_password')).to.equal('Enter your new password.');
    expectFocused(input(el, 'password'), 'the password field');
    await expect(el).to.be.accessible();
    await change(el, OLD, 'lowercase-only-1');
    expect(fieldError(el, 'password')).to.equal('');
    expect(fieldError(el, 'new_password')).to.equal('The password needs an upper-case letter.');
    expect(input(el, 'new_password').getAttribute('aria-invalid')).to.equal('true');
    await change(el, OLD, ` ${NEW}`);
    expect(fieldError(el, 'new_password')).to.equal('The password cannot start or end with a space.');
    expect(adapter.callsTo('changePassword')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('changes the password, says so, empties the fields and emits cognito-password-changed', async () => {
    const { el, adapter, service } = await changePassword();
    const events = record(el, 'cognito-password-changed');
    await change(el);
    expect(adapter.callsTo('changePassword')).to.deep.equal([['access-ana', OLD, NEW]]);
    expect(adapter.callsTo('revokeSession')).to.have.length(0);
    expect(events).to.deep.equal([{ username: 'ana' }]);
    expectNoSecret(events, NEW);
    expect(statusText(el)).to.equal('Your password has been changed.');
    expect(input(el, 'password').value).to.equal('');
    expect(input(el, 'new_password').value).to.equal('');
    expect(input(el, 'username').value).to.equal('ana');
    expect(service.state.status).to.equal('signed-in');
    await expect(el).to.be.accessible();
  });

  it('signs out of every other device when asked, and signs in again here with the new password', async () => {
    const { el, adapter, service } = await changePassword();
    const events = record(el, 'cognito-password-changed');
    const signedIn = record(el, 'cognito-signed-in');
    input(el, 'sign_out_others').click();
    await change(el);
    expect(signedIn.map((d) => d.username)).to.deep.equal(['ana'], 'the new session is announced');
    expect(adapter.callsTo('revokeSession')).to.deep.equal([[true]]);
    expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
    expect(adapter.callsTo('signIn')).to.deep.equal([['ana', NEW, 'USER_SRP_AUTH']]);
    expect(service.state.status).to.equal('signed-in');
    expect(events).to.deep.equal([{ username: 'ana' }]);
    expect(statusText(el)).to.equal('Your password has been changed, and your other devices are signed out.');
    expect(input(el, 'sign_out_others').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a wrong current password at the password field, keeping what was typed', async () => {
    const adapter = new FakeAdapter().reject('changePassword', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el } = await changePassword({ adapter, signedIn: 'ana' });
    const errors = record(el, 'cognito-error');
    const events = record(el, 'cognito-password-changed');
    await change(el);
    const text = 'Your current password is not right.';
    expect(fieldError(el, 'password')).to.equal(text);
    expect(fieldError(el, 'new_password')).to.equal('');
    expect(alertText(el)).to.equal(text);
    expect(errors).to.deep.equal([{ code: 'NotAuthorizedException', message: text, operation: 'changePassword' }]);
    expect(events).to.have.length(0);
    expect(input(el, 'password').value).to.equal(OLD);
    expect(input(el, 'new_password').value).to.equal(NEW);
    expectFocused(input(el, 'password'), 'the password field');
    await expect(el).to.be.accessible();
  });

  it('shows a new password Cognito refuses at the new password field', async () => {
    const adapter = new FakeAdapter().reject('changePassword', 'PasswordHistoryPolicyViolationException');
    const { el } = await changePassword({ adapter, signedIn: 'ana' });
    await change(el);
    expect(fieldError(el, 'new_password')).to.equal('Choose a password you have not used before.');
    expect(alertText(el)).to.equal('Choose a password you have not used before.');
    await expect(el).to.be.accessible();
  });

  it('is busy while the request runs, and sends it once', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('changePassword');
    const { el } = await changePassword({ adapter, signedIn: 'ana' });
    await change(el);
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    expect(submitButton(el)!.textContent!.trim()).to.equal('Please wait…');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('changePassword')).to.have.length(1);
    pending.resolve(undefined);
    await settle(el);
    expect(statusText(el)).to.equal('Your password has been changed.');
  });

  it('follows the session: the sign-in message when signed out, the form when signed in again', async () => {
    const { el, service } = await changePassword();
    await service.signOut();
    await settle(el);
    expect(el.querySelector('form')).to.equal(null);
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    await service.signIn('bob', 'pw');
    await settle(el);
    expect(input(el, 'username').value).to.equal('bob');
  });
});
