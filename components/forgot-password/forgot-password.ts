import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { NewPasswordRules } from '../base/new-password.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController, formValues } from '../controllers/request.js';
import { codeField, hiddenUsername, newPasswordField } from '../templates/fields.js';
import { usernameField } from '../base/username-field.js';
import { actionButton, donePanel, formFrame } from '../templates/form.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import { isolated } from '../templates/bidi.js';

addEnglish(enRegistration);

type Step = 'request' | 'reset' | 'done';

/**
 * Resets a forgotten password in two steps, one form each: the username (a code is sent), then
 * the code and a new password (the pool's policy listed under it, marked as the user types). It
 * reads the same whether or not the account exists (it never shows where a code went; the
 * `cognito-code-sent` detail has that, for apps). Focus moves to the heading whenever the step changes.
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
  @property({ type: Boolean, attribute: 'send-code', converter: flag }) autoSend = false;
  @state() private step: Step = 'request';
  readonly #auth = new AuthController(this);
  readonly #request: RequestController = new RequestController(this);
  readonly #rules = new NewPasswordRules(this);

  constructor() {
    super();
    this.#request.newPasswordRules = this.#rules;
    this.#request.focus.follow(() => this.step, () => 'heading');
    this.#request.runWhen(
      () => this.autoSend && !!this.#auth.service && !!this.username && this.step === 'request',
      () => void this.#send(this.username),
    );
  }

  async #requestCode(form: HTMLFormElement) {
    if (await this.#request.validate(form)) await this.#send(formValues(form).username);
  }

  async #send(username: string) {
    const service = this.#auth.service;
    if (!service || !(await this.#request.sendCode('forgotPassword', username, () => service.forgotPassword(username)))) return;
    // The same words whether or not the account exists.
    this.#request.say(isolated(this, 'forgotPassword.codeSent', { username }, 'username'));
    this.username = username;
    this.step = 'reset';
  }

  async #reset(form: HTMLFormElement) {
    const service = this.#auth.service;
    if (!(await this.#request.validate(form)) || !service) return;
    const { code, new_password } = formValues(form);
    const { username } = this;
    const done = await this.#request.run('confirmForgotPassword', async () => (await service.confirmForgotPassword(username, code, new_password), true));
    if (!done) return;
    this.step = 'done';
    this.emit('cognito-password-reset', { username });
  }

  async #resend() {
    const service = this.#auth.service;
    const { username } = this;
    if (!service || this.#request.busy) return;
    if (await this.#request.sendCode('forgotPassword', username, () => service.forgotPassword(username))) {
      this.#request.say(this.t('state.codeResentAnywhere'));
    }
  }

  #back() {
    if (this.#request.busy) return;
    this.#request.clear();
    this.#rules.clear();
    this.step = 'request';
  }

  override render() {
    const request = this.#request;
    if (this.step === 'done') return donePanel(request, 'forgotPassword.heading', 'forgotPassword.done');
    if (this.step === 'request') {
      return formFrame(
        request,
        'forgotPassword.heading',
        (form) => void this.#requestCode(form),
        usernameField(request, this.#auth.service, { value: this.username }),
        'forgotPassword.request',
      );
    }
    return formFrame(
      request,
      'forgotPassword.heading',
      (form) => void this.#reset(form),
      html`${hiddenUsername(this.username)} ${codeField(request, this.t('hint.codeAnywhere'))} ${newPasswordField(request)}`,
      'forgotPassword.submit',
      html`${actionButton(request, 'resend', 'action.resend', () => void this.#resend())}
      ${actionButton(request, 'back', 'action.back', () => this.#back())}`,
    );
  }
}
