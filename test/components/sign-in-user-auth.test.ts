import { expect, html } from '@open-wc/testing';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import { FakeAdapter, alertText, expectNoSecret, input, mount, record, settle, submit, type, waitFor } from './fixture.js';
import { FakeUserAuth, authenticationResult } from '../shared/fake-user-auth.js';

const PASSWORD = 'Secret-pass-1';
const DELIVERY = { CODE_DELIVERY_DESTINATION: 'a***@e***.com', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' };

/** <cognito-sign-in> in a USER_AUTH provider whose Cognito answers the username with SELECT_CHALLENGE. */
async function signIn(available = ['PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'], preferredChallenge?: string) {
  const adapter = new FakeAdapter();
  const cognito = new FakeUserAuth().install(adapter);
  cognito.answer('InitiateAuth', { ChallengeName: 'SELECT_CHALLENGE', Session: 's1', AvailableChallenges: available, ChallengeParameters: {} });
  const mounted = await mount<CognitoSignIn>(html`<cognito-sign-in></cognito-sign-in>`, { adapter, authFlow: 'USER_AUTH', preferredChallenge });
  await waitFor(mounted.el, () => mounted.el.querySelector('input[name="username"]'));
  return { ...mounted, cognito };
}

const button = (el: Element, value: string) => el.querySelector<HTMLButtonElement>(`button[name="challenge"][value="${value}"]`);

async function toChoice(el: CognitoSignIn, username = 'ana') {
  type(el, 'username', username);
  await submit(el.querySelector('form'));
  await waitFor(el, () => button(el, 'EMAIL_OTP'));
}

describe('<cognito-sign-in> with auth-flow="USER_AUTH"', () => {
  it('asks for the username alone (username webauthn), then offers the factors as buttons', async () => {
    const { el, cognito } = await signIn();
    expect(input(el, 'username').getAttribute('autocomplete')).to.equal('username webauthn');
    expect(el.querySelector('input[type="password"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await toChoice(el);
    expect(cognito.sent[0]).to.deep.equal({ op: 'InitiateAuth', params: { AuthFlow: 'USER_AUTH', ClientId: 'client', AuthParameters: { USERNAME: 'ana' } } });
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button[name="challenge"]')];
    expect(buttons.map((b) => [b.type, b.value, b.textContent?.trim()])).to.deep.equal([
      ['button', 'PASSWORD', 'Use my password'],
      ['button', 'EMAIL_OTP', 'Email me a code'],
      ['button', 'WEB_AUTHN', 'Use a passkey'],
    ]);
    expect(el.querySelector('h2')?.textContent).to.equal('Choose how to sign in');
    await expect(el).to.be.accessible();
  });

  it('an e-mailed code: the code field, where it went, resend; then signed in like any sign-in', async () => {
    const { el, cognito, service } = await signIn();
    const events = record(el, 'cognito-signed-in');
    await toChoice(el);
    cognito.answer('RespondToAuthChallenge', { ChallengeName: 'EMAIL_OTP', Session: 's2', ChallengeParameters: DELIVERY });
    button(el, 'EMAIL_OTP')!.click();
    const code = await waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="code"]'));
    expect(code.autocomplete).to.equal('one-time-code');
    expect(el.querySelector('bdi')?.textContent).to.equal('a***@e***.com');
    expect(el.querySelector('button[name="resend"]')).to.not.equal(null);
    expect(service.state).to.include({ status: 'challenge', challenge: 'FIRST_FACTOR' });
    await expect(el).to.be.accessible();
    cognito.answer('RespondToAuthChallenge', authenticationResult('ana'));
    type(el, 'code', '123 456');
    await submit(el.querySelector('form'));
    await waitFor(el, () => events.length);
    expect(cognito.sent.at(-1)?.params).to.deep.include({ ChallengeName: 'EMAIL_OTP', ChallengeResponses: { USERNAME: 'ana', EMAIL_OTP_CODE: '123456' } });
    expect(service.state.status).to.equal('signed-in');
    expect(events[0].username).to.equal('ana');
    expect(el.textContent).to.include('Signed in as ana.');
  });

  it('the password: a password field with its show button; sent in plain text only when Cognito offers PASSWORD alone', async () => {
    const { el, cognito } = await signIn(['PASSWORD', 'EMAIL_OTP']);
    const events = record(el, 'cognito-signed-in');
    await toChoice(el);
    button(el, 'PASSWORD')!.click();
    const password = await waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="password"]'));
    expect(password.autocomplete).to.equal('current-password');
    expect(el.querySelector('.cognito-field button[aria-pressed]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    cognito.answer('RespondToAuthChallenge', authenticationResult('ana'));
    type(el, 'password', PASSWORD);
    await submit(el.querySelector('form'));
    await waitFor(el, () => events.length);
    expect(cognito.sent.at(-1)?.params).to.deep.include({ ChallengeName: 'SELECT_CHALLENGE', ChallengeResponses: { USERNAME: 'ana', ANSWER: 'PASSWORD', PASSWORD } });
    expectNoSecret(events[0], PASSWORD);
  });

  it('a cancelled passkey prompt says so in words, keeps the username, offers a retry and the other factors', async () => {
    const { el, cognito } = await signIn();
    const errors = record(el, 'cognito-error');
    const credentials = navigator.credentials as unknown as Record<string, unknown>;
    credentials.get = () => Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    try {
      await toChoice(el, 'cai');
      cognito.answer('RespondToAuthChallenge', { ChallengeName: 'WEB_AUTHN', Session: 's2', ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify({ challenge: 'AAAA', rpId: 'localhost' }) } });
      button(el, 'WEB_AUTHN')!.click();
      await waitFor(el, () => alertText(el));
    } finally {
      delete credentials.get;
    }
    expect(alertText(el)).to.equal('The passkey request was cancelled or timed out, or this device has no passkey for this site.');
    expect(errors.at(-1)).to.include({ code: 'PasskeyCancelled', operation: 'passkeySignIn' });
    expect(input(el, 'username').value).to.equal('cai');
    expect(button(el, 'WEB_AUTHN')?.textContent?.trim()).to.equal('Try the passkey again');
    expect(button(el, 'EMAIL_OTP')).to.not.equal(null);
    expect(cognito.ops().filter((op) => op === 'RespondToAuthChallenge')).to.have.length(1, 'no assertion sent');
    await expect(el).to.be.accessible();
  });

  it('cancel leads back to the username, as typed', async () => {
    const { el, service } = await signIn();
    await toChoice(el, 'bea');
    el.querySelector<HTMLButtonElement>('button[name="cancel"]')!.click();
    await settle(el);
    expect(service.state.status).to.equal('signed-out');
    expect(input(el, 'username').value).to.equal('bea');
  });

  it('MFA after the first factor is the usual challenge, answered through the service', async () => {
    const { el, cognito, service } = await signIn(['PASSWORD_SRP', 'EMAIL_OTP']);
    await toChoice(el);
    cognito.answer('RespondToAuthChallenge', { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's3', ChallengeParameters: {} });
    button(el, 'EMAIL_OTP')!.click();
    await waitFor(el, () => service.state.status === 'challenge' && service.state.challenge === 'SOFTWARE_TOKEN_MFA');
    await settle(el);
    expect(el.querySelector('form'), 'the MFA prompt asks, not the sign-in form').to.equal(null);
    cognito.answer('RespondToAuthChallenge', authenticationResult('ana'));
    const step = await service.answerChallenge({ challenge: 'SOFTWARE_TOKEN_MFA', code: '654321' });
    expect(step.kind).to.equal('done');
    expect(cognito.sent.at(-1)?.params).to.deep.include({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's3' });
    expect(service.state.status).to.equal('signed-in');
  });

  it('preferred-challenge asks Cognito for that factor at once (PREFERRED_CHALLENGE)', async () => {
    const { el, cognito } = await signIn(undefined, 'EMAIL_OTP');
    cognito.sent.length = 0;
    type(el, 'username', 'ana');
    await submit(el.querySelector('form'));
    await waitFor(el, () => cognito.sent.length);
    expect(cognito.sent[0].params).to.deep.include({ AuthParameters: { USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' } });
  });
});
