import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { NewPasswordRules } from '../base/new-password.js';

type Step = 'request' | 'reset' | 'done';

/**
 * Resets a forgotten password in two steps, one form each: the username (a code is sent), then
 * the code and a new password (the pool's policy listed under it, marked as the user types). It reads the same whether or not the account exists (it never
 * shows where a code went; the `cognito-code-sent` detail has that, for apps). Focus moves
 * to the heading whenever the step changes.
 *
 * @summary A password reset: request a code, then set a new password with it.
 * @fires cognito-code-sent - A reset code was requested (or requested again).
 * @fires cognito-password-reset - The new password is set.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoForgotPassword extends CognitoElement {
  /** Pre-fills the username of the first step; afterwards, the account being reset. */
  @property() username = '';
  /** With `username` set: requests the code at once and starts at the second step (e.g. when Cognito requires a reset). */
  @property({ type: Boolean, attribute: 'send-code' }) autoSend = false;
  @state() private step: Step = 'request';
  protected override newPasswordRules = new NewPasswordRules(this);
  #autoSent = false;

  async #request(form: HTMLFormElement) {
    if (await this.validate(form)) await this.#send(this.values(form).username);
  }

  async #send(username: string) {
    const auth = this.auth;
    if (!auth) return;
    if (!(await this.sendCode('forgotPassword', username, () => auth.forgotPassword(username)))) return;
    // The same words whether or not the account exists.
    this.status = this.t('forgotPassword.codeSent', { username });
    this.username = username;
    this.step = 'reset';
  }

  async #reset(form: HTMLFormElement) {
    if (!(await this.validate(form)) || !this.auth) return;
    const { code, new_password } = this.values(form);
    const { auth, username } = this;
    const done = await this.act('confirmForgotPassword', async () => {
      await auth.confirmForgotPassword(username, code, new_password);
      return true;
    });
    if (!done) return;
    this.step = 'done';
    this.emit('cognito-password-reset', { username });
  }

  async #resend() {
    const { auth, username } = this;
    if (!auth || this.busy || !(await this.sendCode('forgotPassword', username, () => auth.forgotPassword(username)))) return;
    this.status = this.t('state.codeResentAnywhere');
  }

  #back() {
    if (this.busy) return;
    this.error = undefined;
    this.fieldErrors = {};
    this.status = undefined;
    this.newPasswordRules.clear();
    this.step = 'request';
  }

  protected override willUpdate() {
    if (!this.autoSend || this.#autoSent || !this.auth || !this.username || this.step !== 'request') return;
    this.#autoSent = true;
    void this.#send(this.username);
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('step') && changed.get('step') !== undefined) this.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    if (this.step === 'done') {
      return html`<div class="cognito-form" part="form">
        <h2 id=${this.idFor('heading')} tabindex="-1">${this.t('forgotPassword.heading')}</h2>
        <p class="cognito-status" part="status" role="status">${this.t('forgotPassword.done')}</p>
      </div>`;
    }
    if (this.step === 'request') {
      return this.formFrame(
        'forgotPassword.heading',
        (form) => void this.#request(form),
        this.field({ name: 'username', autocomplete: 'username', label: this.t('field.username'), value: this.username }),
        'forgotPassword.request',
      );
    }
    return this.formFrame(
      'forgotPassword.heading',
      (form) => void this.#reset(form),
      html`${this.hiddenUsername(this.username)}
      ${this.field({ name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', hint: this.t('hint.codeAnywhere') })}
      ${this.newPasswordField()}`,
      'forgotPassword.submit',
      html`${this.button('resend', 'action.resend', () => void this.#resend())}
      ${this.button('back', 'action.back', () => this.#back())}`,
    );
  }
}
