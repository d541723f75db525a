import { expect, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoDeleteAccount } from '../../components/delete-account/delete-account.js';
import {
  FakeAdapter, alertText, click, expectForm, expectNoSecret, fieldError, input, mount, settle, statusText, submit,
  submitButton, type, expectFocused } from './fixture.js';

type Options = Parameters<typeof mount>[1];
const deleteAccount = (options: Options = { signedIn: 'ana' }) =>
  mount<CognitoDeleteAccount>(html`<cognito-delete-account></cognito-delete-account>`, options);

const PASSWORD = 'Secret-pass-1';

/** Opens the confirmation step. */
async function open(el: Element) {
  await submit(el.querySelector('form'));
}

async function confirm(el: Element, word = 'DELETE', password = PASSWORD) {
  type(el, 'confirmation', word);
  type(el, 'password', password);
  await submit(el.querySelector('form'));
}

/** The library's events in the order they were dispatched. */
function recordAll(el: Element, types: string[]) {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const t of types) el.addEventListener(t, (event) => seen.push({ type: t, detail: (event as CustomEvent).detail }));
  return seen;
}

describe('<cognito-delete-account>', () => {
  it('asks to sign in while no one is signed in, or shows nothing with hide-when-signed-out', async () => {
    const { el } = await deleteAccount({});
    expect(el.querySelector('form')).to.equal(null);
    expect(el.textContent!.trim()).to.equal('Sign in to manage your account.');
    await expect(el).to.be.accessible();
    const hidden = await mount(html`<cognito-delete-account hide-when-signed-out></cognito-delete-account>`);
    expect(hidden.el.textContent!.trim()).to.equal('');
    await expect(hidden.el).to.be.accessible();
  });

  it('starts with a warning and one button, which opens the confirmation step', async () => {
    const { el, adapter } = await deleteAccount();
    expect(el.querySelector('h2')!.textContent).to.equal('Delete your account');
    expect(el.textContent).to.include('It cannot be undone.');
    expect(el.querySelectorAll('input')).to.have.length(0);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Delete account…');
    await expect(el).to.be.accessible();
    await open(el);
    const form = expectForm(el, { username: 'username', confirmation: 'off', password: 'current-password' });
    expect(input(form, 'username').value).to.equal('ana');
    expect(form.querySelector(`label[for="${input(form, 'confirmation').id}"]`)!.textContent!.trim()).to.equal('Type DELETE to confirm');
    expect(el.querySelector('button[name="cancel"]')!.getAttribute('type')).to.equal('button');
    expect(submitButton(el)!.textContent!.trim()).to.equal('Delete my account');
    expectFocused(input(el, 'confirmation'), 'the confirmation field');
    expect(adapter.callsTo('deleteUser')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('cancel leaves the confirmation step', async () => {
    const { el, adapter } = await deleteAccount();
    await open(el);
    type(el, 'confirmation', 'DELETE');
    await click(el, 'cancel');
    expect(el.querySelectorAll('input')).to.have.length(0);
    expectFocused(el.querySelector('h2'), 'the heading');
    expect(adapter.calls.filter((call) => call.method === 'verifyPassword' || call.method === 'deleteUser')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('checks the confirmation word and the password before any request', async () => {
    const { el, adapter } = await deleteAccount();
    await open(el);
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'confirmation')).to.equal('Type DELETE to confirm.');
    expect(fieldError(el, 'password')).to.equal('Enter your password.');
    expectFocused(input(el, 'confirmation'), 'the confirmation field');
    await expect(el).to.be.accessible();
    await confirm(el, 'DELET');
    expect(fieldError(el, 'confirmation')).to.equal('Type DELETE to confirm.');
    expect(fieldError(el, 'password')).to.equal('');
    expect(adapter.callsTo('verifyPassword')).to.have.length(0);
    expect(adapter.callsTo('deleteUser')).to.have.length(0);
  });

  it('checks the password by signing in again, deletes the user, and the session is gone', async () => {
    const { el, adapter, service } = await deleteAccount();
    const events = recordAll(el, ['cognito-account-deleted', 'cognito-signed-out']);
    await open(el);
    await confirm(el, 'delete');
    expect(adapter.callsTo('verifyPassword')).to.deep.equal([['ana', PASSWORD, 'USER_SRP_AUTH']]);
    expect(adapter.callsTo('deleteUser')).to.deep.equal([['access-ana']]);
    expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
    expect(service.state.status).to.equal('signed-out');
    expect(events).to.deep.equal([
      { type: 'cognito-account-deleted', detail: { username: 'ana' } },
      { type: 'cognito-signed-out', detail: { username: 'ana', global: true } },
    ]);
    expectNoSecret(events, PASSWORD);
    expect(el.querySelector('form')).to.equal(null);
    expect(statusText(el)).to.equal('Your account has been deleted.');
    expectFocused(el.querySelector('h2'), 'the heading');
    await expect(el).to.be.accessible();
  });

  it('keeps saying the account is deleted, until someone signs in', async () => {
    const { el, service } = await deleteAccount();
    await open(el);
    await confirm(el);
    el.hideWhenSignedOut = true;
    await settle(el);
    expect(statusText(el)).to.equal('Your account has been deleted.');
    await service.signIn('bob', 'pw');
    await settle(el);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Delete account…');
    expect(statusText(el)).to.equal('');
  });

  it('checks the password without changing the sign-in state', async () => {
    const adapter = new FakeAdapter().resolve('verifyPassword', undefined);
    const { el, service } = await deleteAccount({ adapter, signedIn: 'ana' });
    const states: string[] = [];
    service.subscribe((state) => states.push(state.status));
    await open(el);
    await confirm(el);
    expect(adapter.callsTo('deleteUser')).to.have.length(1);
    expect(states).to.deep.equal(['signed-out']);
  });

  it('shows a wrong password at the password field, and deletes nothing', async () => {
    const adapter = new FakeAdapter().reject('verifyPassword', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el, service } = await deleteAccount({ adapter, signedIn: 'ana' });
    const errors = recordAll(el, ['cognito-error', 'cognito-account-deleted']);
    await open(el);
    await confirm(el);
    const text = 'Your current password is not right.';
    expect(fieldError(el, 'password')).to.equal(text);
    expect(alertText(el)).to.equal(text);
    // Reported as the element's own operation, not the password check it made on the way (issue 13).
    expect(errors).to.deep.equal([{ type: 'cognito-error', detail: { code: 'NotAuthorizedException', message: text, operation: 'deleteUser' } }]);
    expect(adapter.callsTo('deleteUser')).to.have.length(0);
    expect(service.state.status).to.equal('signed-in');
    expect(input(el, 'confirmation').value).to.equal('DELETE');
    expectFocused(input(el, 'password'), 'the password field');
    await expect(el).to.be.accessible();
  });

  it('is busy while deleting; a network failure keeps the account and offers a retry', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('deleteUser');
    const { el, service } = await deleteAccount({ adapter, signedIn: 'ana' });
    await open(el);
    await confirm(el);
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    pending.reject({ code: 'NetworkError', name: 'NetworkError', message: 'Failed to fetch' });
    await settle(el);
    expect(alertText(el)).to.equal("Couldn't reach the sign-in service. Check your connection and try again.");
    expect(service.state.status).to.equal('signed-in');
    await expect(el).to.be.accessible();
    await click(el, 'retry');
    await settle(el);
    expect(adapter.callsTo('deleteUser')).to.have.length(2);
    expect(service.state.status).to.equal('signed-out');
    expect(statusText(el)).to.equal('Your account has been deleted.');
  });

  it('speaks the language of its lang attribute, confirmation word included', async () => {
    registerTranslation('nl', { 'deleteAccount.word': 'VERWIJDER', 'deleteAccount.confirmation': 'Typ {word} om te bevestigen' });
    const { el, adapter } = await deleteAccount({ lang: 'nl', signedIn: 'ana' });
    await open(el);
    expect(el.querySelector(`label[for="${input(el, 'confirmation').id}"]`)!.textContent!.trim()).to.equal('Typ VERWIJDER om te bevestigen');
    await confirm(el, 'DELETE');
    expect(adapter.callsTo('deleteUser')).to.have.length(0);
    await confirm(el, 'verwijder');
    expect(adapter.callsTo('deleteUser')).to.have.length(1);
  });

  it('takes the shipped Turkish word typed in lower case: "sil" is "SİL" whatever the browser\'s locale', async () => {
    const { el, adapter } = await deleteAccount({ lang: 'tr', signedIn: 'ana' });
    await waitUntil(() => el.querySelector('h2')?.textContent?.trim() === 'Hesabınızı silin', 'Turkish arrives');
    await open(el);
    await confirm(el, 'sil');
    await settle(el);
    expect(adapter.callsTo('deleteUser')).to.have.length(1);
    expect(statusText(el)).to.equal('Hesabınız silindi.');
  });
});
