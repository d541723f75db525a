/**
 * After Cognito throttles a request (LimitExceededException, TooManyRequestsException,
 * TooManyFailedAttemptsException) the submit stays disabled, counting down, the wait is
 * announced, the inputs are kept, and the wait grows on repeats.
 */
import { aTimeout, expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { FakeAdapter, alertText, input, mount, settle, statusText, submit, submitButton, type } from './fixture.js';

/** Moves the page's clock on (the cooldown keeps its deadline on Date.now) and lets the next tick run. */
let skew = 0;
const realNow = Date.now.bind(Date);
async function later(el: Element, ms: number) {
  skew += ms;
  await aTimeout(1100);
  await settle(el);
}
beforeEach(() => {
  skew = 0;
  Date.now = () => realNow() + skew;
});
afterEach(() => {
  Date.now = realNow;
});

const button = (el: Element) => submitButton(el)!.textContent!.trim();

async function signIn(el: Element) {
  type(el, 'username', 'ana');
  type(el, 'password', 'Secret-pass-1');
  await submit(el.querySelector('form'));
}

describe('cooldown after throttling', () => {
  it('keeps the submit disabled with a countdown, announces the wait, keeps the inputs, and grows on repeats', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'LimitExceededException').reject('signIn', 'LimitExceededException');
    const { el } = await mount<LitElement>(html`<cognito-sign-in></cognito-sign-in>`, { adapter });
    await signIn(el);
    expect(alertText(el)).to.equal('Too many attempts. Wait a moment, then try again.');
    const region = el.querySelector('[role="status"]')!;
    expect(region.textContent!.trim()).to.equal('You can try again in 10 seconds.');
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(button(el)).to.equal('Try again in 10 seconds');
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'password').value).to.equal('Secret-pass-1');
    await expect(el).to.be.accessible();

    // The button counts down; the live region does not change every second.
    await later(el, 3000);
    expect(button(el)).to.match(/^Try again in [5-7] seconds$/);
    expect(statusText(el)).to.equal('You can try again in 10 seconds.');
    el.querySelector('form')!.requestSubmit();
    await settle(el);
    expect(adapter.callsTo('signIn'), 'nothing is sent during the cooldown').to.have.length(1);

    await later(el, 7000);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(button(el)).to.equal('Sign in');
    expect(statusText(el)).to.equal('You can try again now.');

    await submit(el.querySelector('form'));
    expect(statusText(el), 'twice the wait').to.equal('You can try again in 20 seconds.');
    expect(button(el)).to.equal('Try again in 20 seconds');
    await later(el, 20_000);
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('signIn')).to.have.length(3);
  });

  it('starts from the first wait again after a request goes through', async () => {
    const adapter = new FakeAdapter()
      .reject('forgotPassword', 'LimitExceededException')
      .resolve('forgotPassword', undefined)
      .reject('confirmForgotPassword', 'LimitExceededException');
    const { el } = await mount<LitElement>(html`<cognito-forgot-password></cognito-forgot-password>`, { adapter });
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('You can try again in 10 seconds.');
    await later(el, 10_000);
    await submit(el.querySelector('form'));
    type(el, 'code', '123456');
    type(el, 'new_password', 'New-pass-2!');
    await submit(el.querySelector('form'));
    expect(statusText(el)).to.equal('You can try again in 10 seconds.');
    expect(el.querySelector<HTMLButtonElement>('button[name="resend"]')!.disabled, 'resend waits too').to.equal(true);
    expect(el.querySelector<HTMLButtonElement>('button[name="back"]')!.disabled, 'back sends nothing').to.equal(false);
  });

  for (const code of ['TooManyRequestsException', 'TooManyFailedAttemptsException']) {
    it(`starts on ${code}`, async () => {
      const adapter = new FakeAdapter().reject('answerChallenge', code);
      const { el } = await mount<LitElement>(html`<cognito-mfa-prompt></cognito-mfa-prompt>`, {
        adapter,
        challenge: { challenge: 'SOFTWARE_TOKEN_MFA' },
      });
      type(el, 'code', '123 456');
      await submit(el.querySelector('form'));
      expect(submitButton(el)!.disabled).to.equal(true);
      expect(statusText(el)).to.equal('You can try again in 10 seconds.');
      expect(input(el, 'code').value).to.equal('123 456');
    });
  }

  it('does not start on other failures', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'NotAuthorizedException');
    const { el } = await mount<LitElement>(html`<cognito-sign-in></cognito-sign-in>`, { adapter });
    await signIn(el);
    expect(submitButton(el)!.disabled).to.equal(false);
    expect(statusText(el)).to.equal('');
  });

  it('is counted in the language of the page', async () => {
    const adapter = new FakeAdapter().reject('signIn', 'LimitExceededException');
    const { el } = await mount<LitElement>(html`<cognito-sign-in></cognito-sign-in>`, { adapter, lang: 'de' });
    await aTimeout(50); // the German table loads on demand
    await signIn(el);
    expect(statusText(el)).to.equal('Sie können es in 10 Sekunden erneut versuchen.');
  });
});
