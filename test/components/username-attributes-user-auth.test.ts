import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import { generate } from 'lean-qr/nano';
import { otpauthUri, qrPath } from '../../components/totp-setup/qr-svg.js';
import { FakeAdapter, mount, record, settle, submit, type, waitFor } from './fixture.js';
import { FakeUserAuth, authenticationResult } from '../shared/fake-user-auth.js';

const UUID = '7d3f5a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const EMAIL = 'zoë@example.com';
const SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * A USER_AUTH sign-in with the address in a pool whose user names are UUIDs, through the
 * password, to the challenge Cognito asks next (naming the user by its UUID, as it does).
 */
async function toChallenge(challenge: string, parameters: Record<string, string>, element: TemplateResult) {
  const adapter = new FakeAdapter();
  const cognito = new FakeUserAuth().install(adapter);
  // MFA set-up asks for the app's secret as soon as the challenge arrives.
  cognito.answer('AssociateSoftwareToken', { SecretCode: SECRET, Session: 's3' });
  const { el, service, wrapper } = await mount<CognitoSignIn>(html`<cognito-sign-in></cognito-sign-in>${element}`, {
    adapter, authFlow: 'USER_AUTH', usernameAttributes: 'email',
  });
  const events = record(el, 'cognito-challenge');
  cognito.answer('InitiateAuth', { ChallengeName: 'SELECT_CHALLENGE', Session: 's1', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'], ChallengeParameters: {} });
  await waitFor(el, () => el.querySelector('input[name="username"]'));
  type(el, 'username', EMAIL);
  await submit(el.querySelector('form'));
  (await waitFor(el, () => el.querySelector<HTMLButtonElement>('button[value="PASSWORD"]'))).click();
  await waitFor(el, () => el.querySelector('input[name="password"]'));
  cognito.answer('RespondToAuthChallenge', { ChallengeName: challenge, Session: 's2', ChallengeParameters: { USER_ID_FOR_SRP: UUID, ...parameters } });
  type(el, 'password', 'Secret-pass-1');
  await submit(el.querySelector('form'));
  await waitFor(el, () => service.state.status === 'challenge' && service.state.challenge === challenge);
  const prompt = wrapper.querySelector<HTMLElement>('cognito-user-pool > :not(cognito-sign-in)')!;
  await settle(prompt);
  return { service, cognito, prompt, events };
}

const hidden = (el: Element) => waitFor(el, () => el.querySelector<HTMLInputElement>('input[name="username"][hidden]'));

describe('USER_AUTH in a pool that signs in with e-mail (user names are UUIDs)', () => {
  it('MFA after the password: the state keeps the address, the prompt hands password managers it, the event names the UUID', async () => {
    const { service, cognito, prompt, events } = await toChallenge('SOFTWARE_TOKEN_MFA', {}, html`<cognito-mfa-prompt></cognito-mfa-prompt>`);
    expect(service.state).to.include({ status: 'challenge', username: UUID, signInName: EMAIL });
    expect((await hidden(prompt)).value).to.equal(EMAIL);
    expect(events.map((e) => e.username)).to.deep.equal([UUID]);
    cognito.answer('RespondToAuthChallenge', authenticationResult(UUID));
    expect((await service.answerChallenge({ challenge: 'SOFTWARE_TOKEN_MFA', code: '654321' })).kind).to.equal('done');
    expect(cognito.sent.at(-1)?.params).to.deep.include({ ChallengeResponses: { USERNAME: UUID, SOFTWARE_TOKEN_MFA_CODE: '654321' } });
  });

  it('MFA set-up: the authenticator app\'s label is the address', async () => {
    const { prompt } = await toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, html`<cognito-totp-setup issuer="Example Co"></cognito-totp-setup>`);
    expect((await hidden(prompt)).value).to.equal(EMAIL);
    const code = generate(otpauthUri('Example Co', EMAIL, SECRET));
    expect(prompt.querySelector('svg.cognito-qr path')?.getAttribute('d')).to.equal(qrPath(code.size, (x, y) => code.get(x, y)));
  });

  it('a new password: the hidden username is the address', async () => {
    const { service, prompt } = await toChallenge('NEW_PASSWORD_REQUIRED', { userAttributes: '{}', requiredAttributes: '[]' }, html`<cognito-new-password></cognito-new-password>`);
    expect(service.state).to.include({ username: UUID, signInName: EMAIL });
    expect((await hidden(prompt)).value).to.equal(EMAIL);
  });
});
