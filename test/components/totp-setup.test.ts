import { expect, html } from '@open-wc/testing';
import type { CognitoTotpSetup } from '../../components/totp-setup/totp-setup.js';
import { generate } from 'lean-qr/nano';
import { otpauthUri, qrPath } from '../../components/totp-setup/qr-svg.js';
import {
  FakeAdapter, TOTP_SECRET, alertText, click, expectForm, expectUniqueIds, fieldError, input, mount, record, settle,
  statusText, submit, submitButton, type, expectFocused } from './fixture.js';

type Options = Parameters<typeof mount>[1];
const MFA_SETUP = { challenge: 'MFA_SETUP' as const, parameters: { mfaTypes: ['SOFTWARE_TOKEN_MFA'] } };
const inSignIn = (options: Options = {}, template = html`<cognito-totp-setup issuer="Example Co"></cognito-totp-setup>`) =>
  mount<CognitoTotpSetup>(template, { challenge: MFA_SETUP, ...options });
const signedIn = (options: Options = {}) =>
  mount<CognitoTotpSetup>(html`<cognito-totp-setup></cognito-totp-setup>`, { signedIn: 'ana', ...options });

const heading = (el: Element) => el.querySelector('h2');
const isEmpty = (el: Element) => el.querySelector('form') === null && el.textContent!.trim() === '';
const qr = (el: Element) => el.querySelector('svg.cognito-qr');
const drawn = (el: Element) => qr(el)?.querySelector('path')?.getAttribute('d');
const expectedPath = (uri: string) => {
  const code = generate(uri);
  return qrPath(code.size, (x, y) => code.get(x, y));
};

/** The scan step as the API promises it: QR image, the key grouped in fours, Copy, code, device name. */
async function expectScanStep(el: CognitoTotpSetup) {
  const form = expectForm(el, { code: 'one-time-code', device_name: 'off', username: 'username' });
  expect(input(form, 'code').getAttribute('inputmode')).to.equal('numeric');
  expect(input(form, 'device_name').required).to.equal(false);
  expect(input(form, 'username').hidden).to.equal(true);
  const image = qr(el)!;
  expect(image.getAttribute('role')).to.equal('img');
  expect(image.getAttribute('aria-label')).to.equal('QR code for your authenticator app');
  expect(image.querySelectorAll('path')).to.have.length(1);
  expect(image.querySelector('path')!.getAttribute('fill')).to.equal('currentColor');
  expect(image.querySelector('path')!.getAttribute('d')).to.match(/^M-?\d/);
  expect(el.querySelector('canvas, img')).to.equal(null);
  expect(el.querySelector('code')!.textContent).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  const copy = el.querySelector('button[name="copy"]')!;
  expect(copy.getAttribute('type')).to.equal('button');
  await expect(el).to.be.accessible();
}

describe('<cognito-totp-setup>', () => {
  describe('the QR code', () => {
    it('is the otpauth:// key URI, issuer and label URI-encoded', () => {
      expect(otpauthUri('Example Co', 'ana@example.com', 'ABC')).to.equal(
        'otpauth://totp/Example%20Co:ana%40example.com?secret=ABC&issuer=Example%20Co',
      );
    });

    it('draws each run of dark modules as one rectangle of the path', () => {
      const dark = new Set(['0,0', '1,0', '2,1']);
      expect(qrPath(3, (x, y) => dark.has(`${x},${y}`))).to.equal('M0 0h2v1h-2zM2 1h1v1h-1z');
    });
  });

  describe('during sign-in (MFA_SETUP)', () => {
    it('fetches a key as soon as the challenge arrives and shows the scan step', async () => {
      const { el, adapter } = await inSignIn();
      await settle(el);
      expect(adapter.callsTo('associateSoftwareToken')).to.have.length(1);
      await expectScanStep(el);
      expect(heading(el)!.textContent).to.equal('Set up an authenticator app');
      expectFocused(heading(el), 'the heading');
      expect(el.querySelector('button[name="cancel"]')).to.exist;
    });

    it('is busy while the key is fetched', async () => {
      const adapter = new FakeAdapter();
      const pending = adapter.defer('associateSoftwareToken');
      const { el } = await inSignIn({ adapter });
      expect(submitButton(el)!.disabled).to.equal(true);
      expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      expect(qr(el)).to.equal(null);
      await expect(el).to.be.accessible();
      pending.resolve(TOTP_SECRET);
      await settle(el);
      expect(qr(el)).to.exist;
    });

    it('encodes the issuer and label attributes, else the host name and user name, in the QR code', async () => {
      const labelled = await inSignIn({}, html`<cognito-totp-setup issuer="Example Co" label="ana@example.com"></cognito-totp-setup>`);
      await settle(labelled.el);
      expect(drawn(labelled.el)).to.equal(expectedPath(otpauthUri('Example Co', 'ana@example.com', TOTP_SECRET)));
      const plain = await inSignIn({}, html`<cognito-totp-setup></cognito-totp-setup>`);
      await settle(plain.el);
      expect(drawn(plain.el)).to.equal(expectedPath(otpauthUri(location.hostname, 'ana', TOTP_SECRET)));
    });

    it('copies the key (without spaces) and says so; says how to copy it when the clipboard refuses', async () => {
      const { el } = await inSignIn();
      await settle(el);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      const written: string[] = [];
      try {
        clipboard.writeText = async (text: string) => void written.push(text);
        await click(el, 'copy');
        expect(written).to.deep.equal([TOTP_SECRET]);
        expect(statusText(el)).to.equal('The key is copied.');
        clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        await click(el, 'copy');
        expect(statusText(el)).to.equal("Couldn't copy the key. Select it and copy it yourself.");
        expect(getSelection()!.toString().replace(/\s/g, '')).to.equal(TOTP_SECRET);
        await expect(el).to.be.accessible();
      } finally {
        clipboard.writeText = original;
      }
    });

    it('validates the code before any request', async () => {
      const { el, adapter } = await inSignIn();
      await settle(el);
      await submit(el.querySelector('form'));
      expect(fieldError(el, 'code')).to.equal('Enter your code.');
      expect(fieldError(el, 'device_name')).to.equal('');
      expectFocused(input(el, 'code'), 'the code field');
      expect(adapter.callsTo('answerChallenge')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('answers MFA_SETUP with the code and device name, emits cognito-signed-in and says it is done', async () => {
      const { el, adapter, service } = await inSignIn();
      await settle(el);
      const events = record(el, 'cognito-signed-in');
      type(el, 'code', '123 456');
      type(el, 'device_name', 'Work phone');
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('answerChallenge')).to.deep.equal([[{ challenge: 'MFA_SETUP', code: '123456', deviceName: 'Work phone' }]]);
      expect(events).to.have.length(1);
      expect(events[0].username).to.equal('ana');
      expect(service.state.status).to.equal('signed-in');
      expect(el.querySelector('form')).to.equal(null);
      expect(statusText(el)).to.equal('Your authenticator app is set up.');
      expectFocused(heading(el), 'the heading');
      await expect(el).to.be.accessible();
    });

    it('emits cognito-challenge when Cognito asks for more', async () => {
      const adapter = new FakeAdapter().resolve('answerChallenge', { kind: 'challenge', username: 'ana', challenge: 'CUSTOM_CHALLENGE', parameters: {} });
      const { el } = await inSignIn({ adapter });
      await settle(el);
      const events = record(el, 'cognito-challenge');
      type(el, 'code', '123456');
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('answerChallenge')[0]).to.deep.equal([{ challenge: 'MFA_SETUP', code: '123456', deviceName: undefined }]);
      expect(events).to.deep.equal([{ username: 'ana', challenge: 'CUSTOM_CHALLENGE' }]);
      expect(isEmpty(el)).to.equal(true);
    });

    for (const code of ['EnableSoftwareTokenMFAException', 'CodeMismatchException']) {
      it(`shows ${code} at the code field and in the alert`, async () => {
        const adapter = new FakeAdapter().reject('answerChallenge', code, 'Code mismatch and fail enable Software Token MFA');
        const { el } = await inSignIn({ adapter });
        await settle(el);
        const errors = record(el, 'cognito-error');
        type(el, 'code', '123456');
        await submit(el.querySelector('form'));
        const text = 'That code is not right. Check it and try again.';
        expect(fieldError(el, 'code')).to.equal(text);
        expect(alertText(el)).to.equal(text);
        expect(input(el, 'code').value).to.equal('123456');
        expect(qr(el), 'the QR code stays').to.exist;
        expect(errors[0]).to.include({ code, operation: 'respondToChallenge' });
        await expect(el).to.be.accessible();
      });
    }

    it('offers a retry when the key could not be fetched', async () => {
      const adapter = new FakeAdapter().reject('associateSoftwareToken', 'NetworkError', 'Network error');
      const { el } = await inSignIn({ adapter });
      await settle(el);
      expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
      expect(qr(el)).to.equal(null);
      await expect(el).to.be.accessible();
      await click(el, 'retry');
      expect(adapter.callsTo('associateSoftwareToken')).to.have.length(2);
      expect(qr(el)).to.exist;
    });

    it('says an expired sign-in must start again', async () => {
      const adapter = new FakeAdapter().reject('associateSoftwareToken', 'NotAuthorizedException', 'Invalid session for the user.');
      const { el, service } = await inSignIn({ adapter });
      await settle(el);
      expect(alertText(el)).to.equal('This sign-in took too long. Start again.');
      await expect(el).to.be.accessible();
      await click(el, 'cancel');
      expect(service.state.status).to.equal('signed-out');
      expect(isEmpty(el)).to.equal(true);
    });

    it('is busy while the code is checked', async () => {
      const adapter = new FakeAdapter();
      const pending = adapter.defer('answerChallenge');
      const { el } = await inSignIn({ adapter });
      await settle(el);
      type(el, 'code', '123456');
      await submit(el.querySelector('form'));
      expect(submitButton(el)!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('answerChallenge')).to.have.length(1);
      pending.reject({ code: 'CodeMismatchException', name: 'CodeMismatchException', message: 'no' });
      await settle(el);
      expect(submitButton(el)!.disabled).to.equal(false);
    });

    it('gives two instances distinct ids', async () => {
      const { el, wrapper } = await inSignIn({}, html`<cognito-totp-setup></cognito-totp-setup><cognito-totp-setup></cognito-totp-setup>`);
      await settle(el);
      expectUniqueIds(wrapper);
    });
  });

  describe('after sign-in', () => {
    it('shows nothing while signed out or at another challenge', async () => {
      expect(isEmpty((await mount(html`<cognito-totp-setup></cognito-totp-setup>`)).el)).to.equal(true);
      expect(isEmpty((await mount(html`<cognito-totp-setup></cognito-totp-setup>`, { challenge: { challenge: 'SMS_MFA' } })).el)).to.equal(true);
    });

    it('starts with a "Set up authenticator app" button, then the scan step, then done', async () => {
      const { el, adapter } = await signedIn();
      const signedInEvents = record(el, 'cognito-signed-in');
      const verified = record(el, 'cognito-totp-verified');
      expect(el.textContent).to.include('Add a second step to signing in');
      expect(submitButton(el)!.textContent!.trim()).to.equal('Set up authenticator app');
      expect(adapter.callsTo('associateSoftwareToken')).to.have.length(0);
      await expect(el).to.be.accessible();

      await submit(el.querySelector('form'));
      expect(adapter.callsTo('associateSoftwareToken')).to.have.length(1);
      await expectScanStep(el);
      expectFocused(heading(el), 'the heading');

      type(el, 'code', '654321');
      await submit(el.querySelector('form'));
      expect(adapter.callsTo('verifySoftwareToken')).to.deep.equal([['654321', undefined]]);
      expect(adapter.callsTo('answerChallenge')).to.have.length(0);
      expect(statusText(el)).to.equal('Your authenticator app is set up.');
      expect(signedInEvents).to.have.length(0);
      expect(verified).to.have.length(1);
      expect(verified[0]).to.have.property('username');
      await expect(el).to.be.accessible();
    });

    it('shows a wrong first code at the code field', async () => {
      const adapter = new FakeAdapter().reject('verifySoftwareToken', 'EnableSoftwareTokenMFAException', 'Code mismatch');
      const { el } = await signedIn({ adapter });
      await submit(el.querySelector('form'));
      const errors = record(el, 'cognito-error');
      type(el, 'code', '654321');
      await submit(el.querySelector('form'));
      expect(fieldError(el, 'code')).to.equal('That code is not right. Check it and try again.');
      expect(errors[0]).to.include({ code: 'EnableSoftwareTokenMFAException', operation: 'verifySoftwareToken' });
      await expect(el).to.be.accessible();
    });

    it('cancel goes back to the start', async () => {
      const { el, service } = await signedIn();
      await submit(el.querySelector('form'));
      await click(el, 'cancel');
      expect(qr(el)).to.equal(null);
      expect(submitButton(el)!.textContent!.trim()).to.equal('Set up authenticator app');
      expect(service.state.status).to.equal('signed-in');
      expectFocused(heading(el), 'the heading');
    });
  });
});
