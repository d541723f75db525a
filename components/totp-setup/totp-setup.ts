import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { AuthController } from '../controllers/auth.js';
import { ChallengeController } from '../controllers/challenge.js';
import { RequestController, formValues } from '../controllers/request.js';
import { SignedInUserController } from '../controllers/signed-in-user.js';
import { codeField, field, hiddenUsername } from '../templates/fields.js';
import { actionButton, donePanel, formFrame } from '../templates/form.js';
import { AuthError } from '../../src/errors/auth-error.js';
import type { AuthState } from '../../src/state/state.js';
import { otpauthUri, qrSvg } from './qr-svg.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';
import { signInName } from '../base/username-field.js';

addEnglish(enChallenges);

type Step = 'start' | 'scan' | 'done';

/**
 * Sets up an authenticator app (TOTP): a QR code to scan, the same key as text (grouped in
 * fours, with a Copy button) for those who cannot scan, then the first code the app shows and
 * an optional device name. During sign-in it answers the MFA_SETUP challenge (the key is
 * fetched as soon as the challenge arrives); for a signed-in user it starts with a "Set up
 * authenticator app" button and ends with a done message (choosing MFA preferences is
 * `<cognito-mfa-settings>`'s job). It shows nothing while signed out.
 *
 * @summary Authenticator-app setup: QR code, key and first code; in sign-in and afterwards.
 * @fires cognito-signed-in - The MFA_SETUP challenge was answered and the user is signed in.
 * @fires cognito-challenge - Cognito asked for something more after MFA_SETUP.
 * @fires cognito-totp-verified - After sign-in: the new authenticator app answered its first code.
 * @fires cognito-error - A failure, with the localized message shown.
 * @csspart qr - The QR code `<svg>` (class `cognito-qr`; modules in `currentColor`).
 * @csspart secret - The key as text.
 * @cssprop --cognito-qr-color - The QR code's modules (default #000).
 * @cssprop --cognito-qr-background - Behind the QR code (default #fff).
 * @cssprop --cognito-qr-size - The QR code's width (default 12rem).
 */
export class CognitoTotpSetup extends CognitoElement {
  /** The issuer the app shows beside the account (default: the page's host name). */
  @property() issuer = '';
  /** The account name the app shows (default: the user name). */
  @property({ attribute: 'label' }) accountLabel = '';
  /** After sign-in: skip the "Set up authenticator app" button and show the QR code at once. */
  @property({ type: Boolean, attribute: 'auto-start', converter: flag }) autoStart = false;
  @state() private step: Step = 'start';
  @state() private secret = '';
  readonly #auth = new AuthController(this).listen((next, previous) => this.#stateChanged(next, previous));
  readonly #request: RequestController = new RequestController(this);
  /** During sign-in: the MFA_SETUP challenge. */
  readonly #challenge = new ChallengeController(this, this.#auth, this.#request, ['MFA_SETUP'], {
    roundStarted: () => {
      [this.step, this.secret] = ['start', ''];
      void this.#associate();
    },
  });
  /** After sign-in: the signed-in user. */
  readonly #account = new SignedInUserController(this, this.#auth, this.#request);

  constructor() {
    super();
    this.#request.focus.follow(() => this.step, () => 'heading');
    this.#request.runWhen(() => this.autoStart && !this.#challenge.round && this.#auth.state.status === 'signed-in' && this.step === 'start', () => void this.#associate());
  }

  #stateChanged(next: AuthState, previous: AuthState) {
    // MFA_SETUP answered: the done message stays on show into the sign-in it completed.
    const completed = previous.status === 'challenge' && previous.challenge === 'MFA_SETUP' && next.status === 'signed-in';
    if (next.status !== previous.status) [this.step, this.secret] = [completed ? 'done' : 'start', ''];
  }

  async #associate() {
    const service = this.#auth.service;
    if (!service) return;
    const inSignIn = Boolean(this.#challenge.round);
    const secret = await this.#request.run('associateSoftwareToken', () =>
      service.associateSoftwareToken().catch((error: AuthError) => {
        // During sign-in, a refused session means the sign-in has run out.
        if (inSignIn && error.code === 'NotAuthorizedException') throw new AuthError(error.code, 'error.sessionExpired', error.operation);
        throw error;
      }),
    );
    if (!secret) return;
    this.secret = secret;
    this.step = 'scan';
  }

  async #verify(form: HTMLFormElement) {
    const service = this.#auth.service;
    if (!(await this.#request.validate(form)) || !service) return;
    const { code, device_name } = formValues(form);
    const deviceName = device_name || undefined;
    if (this.#challenge.round) {
      await this.#challenge.answer({ challenge: 'MFA_SETUP', code, deviceName });
      return;
    }
    const done = await this.#request.run('verifySoftwareToken', async () => (await service.verifySoftwareToken(code, deviceName), true));
    if (!done) return;
    this.step = 'done';
    const { user } = this.#account;
    if (user) this.emit('cognito-totp-verified', { username: user });
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.secret);
      this.#request.say(this.t('totp.copied'));
    } catch {
      const text = this.querySelector('.cognito-secret');
      if (text) getSelection()?.selectAllChildren(text);
      this.#request.say(this.t('totp.copyFailed'));
    }
  }

  override render() {
    const round = this.#challenge.round;
    const { state } = this.#auth;
    // The app's label and the hidden username: what the user signs in with (not a pool's UUID).
    const current = round ?? (state.status === 'signed-in' ? state : undefined);
    const user = current && signInName(this.#auth.service, current);
    return user === undefined ? nothing : this.#steps(user);
  }

  #steps(username: string): TemplateResult {
    const request = this.#request;
    const inSignIn = Boolean(this.#challenge.round);
    const leave = inSignIn ? this.#challenge.cancelButton() : actionButton(request, 'cancel', 'action.cancel', () => !request.busy && (this.step = 'start'));
    if (this.step === 'done') return donePanel(request, 'totp.heading', 'totp.done');
    if (this.step === 'start' || !this.secret) {
      const intro = html`<p>${this.t('totp.intro')}</p>`;
      return formFrame(request, 'totp.heading', () => void this.#associate(), intro, 'totp.start', inSignIn ? leave : nothing);
    }
    const uri = otpauthUri(this.issuer || location.hostname, this.accountLabel || username, this.secret);
    const body = html`<p>${this.t('totp.scan')}</p>
      ${qrSvg(uri, this.t('totp.qr'))}
      <p>${this.t('totp.secret')}</p>
      <code class="cognito-secret" part="secret" dir="ltr">${this.secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
      ${actionButton(request, 'copy', 'totp.copy', () => void this.#copy())} ${hiddenUsername(username)}
      ${codeField(request, this.t('mfa.hint.SOFTWARE_TOKEN_MFA'))}
      ${field(request, { name: 'device_name', label: this.t('totp.deviceName'), hint: this.t('totp.hint.deviceName'), required: false })}`;
    return formFrame(request, 'totp.heading', (form) => void this.#verify(form), body, 'totp.submit', leave);
  }
}
