import { aTimeout, expect, html } from '@open-wc/testing';
import { CognitoAuthenticator } from '../../components/authenticator/authenticator.js';
import type { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import { FakeAdapter, input, mount, statusText, submit, type } from './fixture.js';
import { FakeUserAuth, authenticationResult } from '../shared/fake-user-auth.js';

if (!customElements.get('cognito-authenticator')) customElements.define('cognito-authenticator', CognitoAuthenticator);

const SIGNED_UP = { UserConfirmed: false, UserSub: 'sub-ana', Session: 'signup-session', CodeDeliveryDetails: { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL' } };

async function until(el: Element, done: () => unknown) {
  for (let i = 0; i < 100 && !done(); i++) await aTimeout(10);
  expect(done(), `in time: ${el.textContent?.replace(/\s+/g, ' ').slice(0, 200)}`).to.be.ok;
}

async function passwordlessSignUp(cognito: FakeUserAuth) {
  const adapter = new FakeAdapter();
  cognito.install(adapter);
  const { el, service } = await mount<CognitoAuthenticator>(
    html`<cognito-authenticator initial-step="sign-up"><p id="private">Welcome</p></cognito-authenticator>`,
    { adapter, authFlow: 'USER_AUTH' },
  );
  await until(el, () => el.querySelector('cognito-sign-up form'));
  expect(el.querySelector('cognito-sign-up input[type="password"]'), 'no password field').to.equal(null);
  type(el, 'username', 'ana');
  type(el, 'email', 'ana@example.com');
  await submit(el.querySelector('cognito-sign-up form'));
  await until(el, () => el.querySelector('cognito-confirm-sign-up form'));
  type(el, 'code', '123456');
  await submit(el.querySelector('cognito-confirm-sign-up form'));
  return { el, service };
}

describe('USER_AUTH sign-up (<cognito-authenticator>, <cognito-sign-up>)', () => {
  it('signs up without a password, and the confirmed user is signed in with ConfirmSignUp’s session, no second prompt', async () => {
    const cognito = new FakeUserAuth()
      .answer('SignUp', SIGNED_UP)
      .answer('ConfirmSignUp', { Session: 'confirm-session' })
      .answer('InitiateAuth', authenticationResult('ana'));
    const { el, service } = await passwordlessSignUp(cognito);
    await until(el, () => service.state.status === 'signed-in');
    expect(cognito.ops()).to.deep.equal(['SignUp', 'ConfirmSignUp', 'InitiateAuth']);
    expect(cognito.sent[0].params).to.not.have.property('Password');
    expect(cognito.sent[1].params).to.include({ Session: 'signup-session', ConfirmationCode: '123456' });
    expect(cognito.sent[2].params).to.deep.include({ AuthFlow: 'USER_AUTH', Session: 'confirm-session', AuthParameters: { USERNAME: 'ana' } });
    await until(el, () => el.querySelector('#private')?.assignedSlot);
  });

  it('when that session is refused, the sign-in form asks, with the username', async () => {
    const cognito = new FakeUserAuth()
      .answer('SignUp', SIGNED_UP)
      .answer('ConfirmSignUp', { Session: 'confirm-session' })
      .fail('InitiateAuth', 'NotAuthorizedException');
    const { el, service } = await passwordlessSignUp(cognito);
    await until(el, () => el.querySelector('cognito-sign-in input[name="username"]'));
    expect(service.state.status).to.equal('signed-out');
    expect(input(el.querySelector('cognito-sign-in')!, 'username').value).to.equal('ana');
    expect(statusText(el)).to.include('Your account is confirmed. You can sign in now.');
    await expect(el).to.be.accessible();
  });

  it('with-password brings the password back', async () => {
    const adapter = new FakeAdapter();
    const cognito = new FakeUserAuth().install(adapter).answer('SignUp', SIGNED_UP);
    const { el } = await mount<CognitoSignUp>(html`<cognito-sign-up with-password></cognito-sign-up>`, { adapter, authFlow: 'USER_AUTH' });
    type(el, 'username', 'ana');
    type(el, 'email', 'ana@example.com');
    type(el, 'new_password', 'Secret-pass-1');
    await submit(el.querySelector('form'));
    await until(el, () => cognito.sent.length);
    expect(cognito.sent[0].params).to.include({ Username: 'ana', Password: 'Secret-pass-1' });
  });
});
