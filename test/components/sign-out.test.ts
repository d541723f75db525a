import { expect, html } from '@open-wc/testing';
import { registerTranslation } from '../../src/i18n/i18n.js';
import type { CognitoSignOut } from '../../components/sign-out/sign-out.js';
import { FakeAdapter, alertText, mount, record, settle, statusText, submit, submitButton } from './fixture.js';

const signOut = (options: Parameters<typeof mount>[1] = {}, global = false) =>
  mount<CognitoSignOut>(html`<cognito-sign-out ?global=${global}></cognito-sign-out>`, options);

describe('<cognito-sign-out>', () => {
  it('shows nothing while nobody is signed in', async () => {
    const { el } = await signOut();
    expect(el.querySelector('form')).to.equal(null);
    expect(el.querySelector('button')).to.equal(null);
    expect(el.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows a form with one submit button while signed in', async () => {
    const { el } = await signOut({ signedIn: 'ana' });
    const forms = el.querySelectorAll('form');
    expect(forms).to.have.length(1);
    expect(forms[0].querySelectorAll('button')).to.have.length(1);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Sign out');
    await expect(el).to.be.accessible();
  });

  it('labels the global variant', async () => {
    const { el } = await signOut({ signedIn: 'ana' }, true);
    expect(el.global).to.equal(true);
    expect(submitButton(el)!.textContent!.trim()).to.equal('Sign out of all devices');
    await expect(el).to.be.accessible();
  });

  it('appears when someone signs in, and goes when they sign out elsewhere', async () => {
    const { el, service } = await signOut();
    await service.signIn('ana', 'pw');
    await settle(el);
    expect(submitButton(el)).to.exist;
    await service.signOut();
    await settle(el);
    expect(el.querySelector('form')).to.equal(null);
  });

  for (const global of [false, true]) {
    it(`signs out${global ? ' of every device' : ''} and emits cognito-signed-out`, async () => {
      const { el, adapter, service } = await signOut({ signedIn: 'ana' }, global);
      const events = record(el, 'cognito-signed-out');
      const errors = record(el, 'cognito-error');
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('revokeSession')).to.deep.equal([[global]]);
      expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
      expect(service.state.status).to.equal('signed-out');
      expect(events).to.deep.equal([{ username: 'ana', global }]);
      expect(errors).to.have.length(0);
      expect(el.querySelector('form')).to.equal(null);
      expect(statusText(el)).to.equal('You are signed out.');
      await expect(el).to.be.accessible();
    });
  }

  it('still signs out locally when the server cannot be reached, and says so as a status', async () => {
    const adapter = new FakeAdapter().reject('revokeSession', 'NetworkError', 'Network error');
    const { el, service } = await signOut({ adapter, signedIn: 'ana' });
    const events = record(el, 'cognito-signed-out');
    const errors = record(el, 'cognito-error');
    await submit(el.querySelector('form'));
    expect(service.state.status).to.equal('signed-out');
    expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
    const text = 'You are signed out on this device, but the server could not be reached to end the session.';
    expect(statusText(el)).to.equal(text);
    expect(alertText(el)).to.equal('');
    expect(events).to.deep.equal([{ username: 'ana', global: false }]);
    expect(errors).to.deep.equal([{ code: 'NetworkError', message: text, operation: 'signOut' }]);
    await expect(el).to.be.accessible();
  });

  for (const code of ['NetworkError', 'NotAuthorizedException']) {
    it(`a global sign-out also ends the session here when the server answers ${code}, and says so`, async () => {
      const adapter = new FakeAdapter().reject('revokeSession', code);
      const { el, service } = await signOut({ adapter, signedIn: 'ana' }, true);
      const events = record(el, 'cognito-signed-out');
      const errors = record(el, 'cognito-error');
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('revokeSession')).to.deep.equal([[true]]);
      expect(adapter.callsTo('clearLocalSession')).to.have.length(1);
      expect(service.state.status).to.equal('signed-out');
      const text = 'You are signed out on this device, but the server could not be reached to end the session.';
      expect(statusText(el)).to.equal(text);
      expect(events).to.deep.equal([{ username: 'ana', global: true }]);
      expect(errors).to.deep.equal([{ code, message: text, operation: 'signOut' }]);
      await expect(el).to.be.accessible();
    });
  }

  it('is local first: signed out at once while the server has not answered, one request', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('revokeSession');
    const { el, service } = await signOut({ adapter, signedIn: 'ana' });
    const events = record(el, 'cognito-signed-out');
    await submit(el.querySelector('form'));
    expect(events).to.have.length(1);
    expect(service.state.status).to.equal('signed-out');
    expect(el.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(adapter.callsTo('revokeSession')).to.have.length(1);
    pending.resolve(undefined);
    await settle(el);
    expect(events).to.have.length(1);
  });

  it('clears the signed-out message when someone signs in again', async () => {
    const { el, service } = await signOut({ signedIn: 'ana' });
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('You are signed out.');
    await service.signIn('ana', 'pw');
    await settle(el);
    expect(statusText(el)).to.equal('');
  });

  it('speaks the language of its lang attribute, and picks up new translations', async () => {
    registerTranslation('nl', { 'signOut.submit': 'Afmelden' });
    const { el } = await signOut({ lang: 'nl', signedIn: 'ana' });
    expect(submitButton(el)!.textContent!.trim()).to.equal('Afmelden');
    registerTranslation('nl', { 'signOut.done': 'Je bent afgemeld.' });
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('Je bent afgemeld.');
  });
});
