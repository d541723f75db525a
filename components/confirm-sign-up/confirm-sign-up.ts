import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';

/**
 * Confirms a new account with the code Cognito sent, and sends a new code on request. The
 * username field is always shown (pre-filled from `username`), so a typo can be corrected.
 *
 * @summary A confirmation form: username and code, with a "send the code again" action.
 * @fires cognito-sign-up-confirmed - The account is confirmed.
 * @fires cognito-code-sent - A new code was sent; the detail says where.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoConfirmSignUp extends CognitoElement {
  /** Pre-fills the username, e.g. from the `cognito-signed-up` event. */
  @property() username = '';
  /** With `username` set: sends a new code at once (e.g. to a user who tried to sign in unconfirmed). */
  @property({ type: Boolean, attribute: 'send-code' }) autoSend = false;
  #autoSent = false;

  async #submit(form: HTMLFormElement) {
    if (!(await this.validate(form)) || !this.auth) return;
    const { username, code } = this.values(form);
    const auth = this.auth;
    const done = await this.act('confirmSignUp', async () => (await auth.confirmSignUp(username, code), true));
    if (!done) return;
    this.status = this.t('confirmSignUp.done');
    this.emit('cognito-sign-up-confirmed', { username });
  }

  async #resend() {
    const { form, auth } = this;
    if (!form || !auth || this.busy || !(await this.validate(form, ['username']))) return;
    await this.#send(this.values(form).username);
  }

  /**
   * The same words for every account, never where the code went (an unknown or confirmed
   * account gets no code, and a made-up destination would tell it apart); the
   * `cognito-code-sent` detail has the delivery, for apps.
   */
  async #send(username: string) {
    const { auth } = this;
    if (auth && (await this.sendCode('resendSignUpCode', username, () => auth.resendSignUpCode(username)))) {
      this.status = this.t('confirmSignUp.codeResent', { username });
    }
  }

  protected override willUpdate() {
    if (!this.autoSend || this.#autoSent || !this.auth || !this.username) return;
    this.#autoSent = true;
    void this.#send(this.username);
  }

  override render() {
    return this.formFrame(
      'confirmSignUp.heading',
      (form) => void this.#submit(form),
      html`${this.field({ name: 'username', autocomplete: 'username', label: this.t('field.username'), value: this.username })}
      ${this.field({
        name: 'code',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        hint: this.t('hint.codeAnywhere'),
      })}`,
      'confirmSignUp.submit',
      this.button('resend', 'action.resend', () => void this.#resend()),
    );
  }
}
