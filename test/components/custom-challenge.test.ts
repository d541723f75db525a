import { expect, html } from '@open-wc/testing';
import type { CognitoCustomChallenge } from '../../components/custom-challenge/custom-challenge.js';
import {
  FakeAdapter, alertText, click, expectForm, expectUniqueIds, fieldError, input, mount, record, settle, submit,
  submitButton, type, expectFocused } from './fixture.js';

type Options = Parameters<typeof mount>[1];
const COLOUR = { prompt: 'Favourite colour?', type: 'text', USERNAME: 'ana' };
const CODE = { prompt: 'Enter the code we e-mailed you', type: 'code', USERNAME: 'ana' };

const custom = (parameters: Record<string, string> = COLOUR, options: Options = {}) =>
  mount<CognitoCustomChallenge>(html`<cognito-custom-challenge></cognito-custom-challenge>`, {
    ...options,
    challenge: { challenge: 'CUSTOM_CHALLENGE', parameters },
  });
const round = (parameters: Record<string, string>) => ({ kind: 'challenge' as const, username: 'ana', challenge: 'CUSTOM_CHALLENGE' as const, parameters });
const isEmpty = (el: Element) => el.querySelector('form') === null && el.textContent!.trim() === '';
const hint = (el: Element) => el.querySelector('.cognito-hint')?.textContent;

async function answerWith(el: Element, answer: string) {
  type(el, 'answer', answer);
  await submit(el.querySelector('form'));
}

describe('<cognito-custom-challenge>', () => {
  it('shows the prompt of the challenge and an answer field, focused', async () => {
    const { el } = await custom();
    const form = expectForm(el, { answer: 'off', username: 'username' });
    expect(hint(el)).to.equal('Favourite colour?');
    expect(input(form, 'answer').getAttribute('aria-describedby')).to.include('-hint');
    expect(input(form, 'answer').hasAttribute('inputmode')).to.equal(false);
    expect(input(form, 'username').hidden).to.equal(true);
    expect(el.querySelector('button[name="cancel"]')).to.exist;
    expectFocused(input(el, 'answer'), 'the answer field');
    await expect(el).to.be.accessible();
  });

  it('uses a question parameter, else a generic prompt', async () => {
    expect(hint((await custom({ question: 'Name of your first pet?' })).el)).to.equal('Name of your first pet?');
    const { el } = await custom({});
    expect(hint(el)).to.equal('Answer to continue signing in.');
    await expect(el).to.be.accessible();
  });

  it('makes a code answer a one-time-code field, and strips pasted separators', async () => {
    const { el, adapter } = await custom(CODE);
    expectForm(el, { answer: 'one-time-code' });
    expect(input(el, 'answer').getAttribute('inputmode')).to.equal('numeric');
    await expect(el).to.be.accessible();
    await answerWith(el, '123 456');
    expect(adapter.callsTo('answerChallenge')).to.deep.equal([[{ challenge: 'CUSTOM_CHALLENGE', answer: '123456' }]]);
  });

  it('shows nothing at other challenges or when signed out', async () => {
    expect(isEmpty((await mount(html`<cognito-custom-challenge></cognito-custom-challenge>`)).el)).to.equal(true);
    expect(isEmpty((await mount(html`<cognito-custom-challenge></cognito-custom-challenge>`, { challenge: { challenge: 'SMS_MFA' } })).el)).to.equal(true);
  });

  it('gives two instances distinct ids', async () => {
    const { wrapper } = await mount(html`<cognito-custom-challenge></cognito-custom-challenge><cognito-custom-challenge></cognito-custom-challenge>`, {
      challenge: { challenge: 'CUSTOM_CHALLENGE', parameters: COLOUR },
    });
    expectUniqueIds(wrapper);
  });

  it('validates the answer before any request', async () => {
    const { el, adapter } = await custom();
    await submit(el.querySelector('form'));
    expect(fieldError(el, 'answer')).to.equal('Enter your answer.');
    expect(adapter.callsTo('answerChallenge')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('goes through two rounds: each resets and focuses the answer, then signs in', async () => {
    const adapter = new FakeAdapter().resolve('answerChallenge', round(COLOUR));
    const { el, service } = await custom(CODE, { adapter });
    const challenges = record(el, 'cognito-challenge');
    const signedIn = record(el, 'cognito-signed-in');
    await answerWith(el, '123456');
    expect(challenges).to.deep.equal([{ username: 'ana', challenge: 'CUSTOM_CHALLENGE' }]);
    expect(hint(el)).to.equal('Favourite colour?');
    expect(input(el, 'answer').value).to.equal('');
    expect(input(el, 'answer').getAttribute('autocomplete')).to.equal('off');
    expectFocused(input(el, 'answer'), 'the answer field');
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
    await answerWith(el, 'Blue ');
    expect(adapter.callsTo('answerChallenge')).to.deep.equal([
      [{ challenge: 'CUSTOM_CHALLENGE', answer: '123456' }],
      [{ challenge: 'CUSTOM_CHALLENGE', answer: 'Blue' }],
    ]);
    expect(signedIn).to.have.length(1);
    expect(service.state.status).to.equal('signed-in');
    expect(isEmpty(el)).to.equal(true);
  });

  for (const [what, next] of [
    ['the same question again', COLOUR],
    ['parameters that say so', { prompt: 'Try again: favourite colour?', wrongAnswer: 'true' }],
  ] as const) {
    it(`says a wrong answer is not right when Cognito asks ${what}`, async () => {
      const adapter = new FakeAdapter().resolve('answerChallenge', round({ ...next }));
      const { el } = await custom(COLOUR, { adapter });
      const errors = record(el, 'cognito-error');
      await answerWith(el, 'green');
      expect(fieldError(el, 'answer')).to.equal('That answer is not right. Try again.');
      expect(alertText(el)).to.equal('That answer is not right. Try again.');
      expect(input(el, 'answer').value).to.equal('');
      expectFocused(input(el, 'answer'), 'the answer field');
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('ends the sign-in when the triggers refuse it, and starts again', async () => {
    const adapter = new FakeAdapter().reject('answerChallenge', 'NotAuthorizedException', 'Incorrect username or password.');
    const { el, service } = await custom(COLOUR, { adapter });
    const errors = record(el, 'cognito-error');
    await answerWith(el, 'green');
    const text = "That didn't work. Start signing in again.";
    expect(alertText(el)).to.equal(text);
    expect(errors).to.deep.equal([{ code: 'NotAuthorizedException', message: text, operation: 'respondToChallenge' }]);
    expect(el.querySelector('button[name="cancel"]')!.textContent!.trim()).to.equal('Start again');
    await expect(el).to.be.accessible();
    await click(el, 'cancel');
    expect(service.state.status).to.equal('signed-out');
    expect(isEmpty(el)).to.equal(true);
  });

  it('is busy while the answer is checked', async () => {
    const adapter = new FakeAdapter();
    const pending = adapter.defer('answerChallenge');
    const { el } = await custom(COLOUR, { adapter });
    await answerWith(el, 'blue');
    expect(submitButton(el)!.disabled).to.equal(true);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el.querySelector('form'));
    expect(adapter.callsTo('answerChallenge')).to.have.length(1);
    pending.reject({ code: 'NetworkError', name: 'NetworkError', message: 'offline' });
    await settle(el);
    expect(alertText(el)).to.match(/Couldn't reach the sign-in service/);
    expect(input(el, 'answer').value).to.equal('blue');
  });
});
