import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChallengeElement } from '../base/challenge-element.js';
import { AuthError } from '../../src/errors/auth-error.js';
import type { AuthState } from '../../src/state/state.js';
import { otpauthUri, qrSvg } from './qr-svg.js';

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
export class CognitoTotpSetup extends ChallengeElement {
  /** The issuer the app shows beside the account (default: the page's host name). */
  @property() issuer = '';
  /** The account name the app shows (default: the user name). */
  @property({ attribute: 'label' }) accountLabel = '';
  /** After sign-in: skip the "Set up authenticator app" button and show the QR code at once. */
  @property({ type: Boolean, attribute: 'auto-start' }) autoStart = false;
  #autoStarted = false;
  @state() private step: Step = 'start';
  @state() private secret = '';

  protected readonly challenges = ['MFA_SETUP'] as const;

  protected override roundStarted() {
    this.step = 'start';
    this.secret = '';
    void this.#associate();
  }

  protected override stateChanged(next: AuthState, previous: AuthState) {
    // MFA_SETUP answered: the done message stays on show into the sign-in it completed.
    const completed = previous.status === 'challenge' && previous.challenge === 'MFA_SETUP' && next.status === 'signed-in';
    if (next.status !== previous.status) [this.step, this.secret] = [completed ? 'done' : 'start', ''];
    super.stateChanged(next, previous);
  }

  async #associate() {
    const { auth } = this;
    if (!auth) return;
    const inSignIn = Boolean(this.challenge);
    const secret = await this.act('associateSoftwareToken', () =>
      auth.associateSoftwareToken().catch((error: AuthError) => {
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
    if (!(await this.validate(form)) || !this.auth) return;
    const { code, device_name } = this.values(form);
    const deviceName = device_name || undefined;
    const auth = this.auth;
    if (this.challenge) {
      await this.answer({ challenge: 'MFA_SETUP', code, deviceName });
      return;
    }
    const done = await this.act('verifySoftwareToken', async () => (await auth.verifySoftwareToken(code, deviceName), true));
    if (!done) return;
    this.step = 'done';
    const { authState } = this;
    if (authState.status === 'signed-in') this.emit('cognito-totp-verified', { username: authState.username });
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.secret);
      this.status = this.t('totp.copied');
    } catch {
      const text = this.querySelector('.cognito-secret');
      if (text) getSelection()?.selectAllChildren(text);
      this.status = this.t('totp.copyFailed');
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (changed.has('step') && changed.get('step') !== undefined) this.focusStep('heading');
    const signedIn = !this.challenge && this.authState.status === 'signed-in';
    if (this.autoStart && signedIn && this.step === 'start' && !this.#autoStarted) {
      this.#autoStarted = true;
      // After this update, not inside it (the request marks the element busy).
      queueMicrotask(() => void this.#associate());
    }
  }

  override render() {
    const { authState } = this;
    if (this.challenge) return this.renderChallenge();
    return authState.status === 'signed-in' ? this.#steps(authState.username) : nothing;
  }

  protected renderChallenge(): TemplateResult {
    return this.#steps(this.challenge!.username);
  }

  #steps(username: string): TemplateResult {
    const leave = this.challenge ? this.cancelButton() : this.button('cancel', 'action.cancel', () => !this.busy && (this.step = 'start'));
    if (this.step === 'done') {
      return html`<div class="cognito-form" part="form">
        <h2 id=${this.idFor('heading')} tabindex="-1">${this.t('totp.heading')}</h2>
        <p class="cognito-status" part="status" role="status">${this.t('totp.done')}</p>
      </div>`;
    }
    if (this.step === 'start' || !this.secret) {
      const intro = html`<p>${this.t('totp.intro')}</p>`;
      return this.formFrame('totp.heading', () => void this.#associate(), intro, 'totp.start', this.challenge ? leave : nothing);
    }
    const uri = otpauthUri(this.issuer || location.hostname, this.accountLabel || username, this.secret);
    const body = html`<p>${this.t('totp.scan')}</p>
      ${qrSvg(uri, this.t('totp.qr'))}
      <p>${this.t('totp.secret')}</p>
      <code class="cognito-secret" part="secret">${this.secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
      ${this.button('copy', 'totp.copy', () => void this.#copy())} ${this.hiddenUsername(username)}
      ${this.codeField(this.t('mfa.hint.SOFTWARE_TOKEN_MFA'))}
      ${this.field({ name: 'device_name', label: this.t('totp.deviceName'), hint: this.t('totp.hint.deviceName'), required: false })}`;
    return this.formFrame('totp.heading', (form) => void this.#verify(form), body, 'totp.submit', leave);
  }
}
