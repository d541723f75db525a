import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController, formValues } from '../controllers/request.js';
import { codeField } from '../templates/fields.js';
import { usernameField } from '../base/username-field.js';
import { deliveredTo } from '../templates/delivery.js';
import type { CodeDelivery } from '../../src/auth/types.js';
import { actionButton, formFrame } from '../templates/form.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import { isolated } from '../templates/bidi.js';

addEnglish(enRegistration);

/**
 * Confirms a new account with the code Cognito sent, and sends a new code on request. The
 * username field is always shown (pre-filled from `username`), so a typo can be corrected.
 * In a USER_AUTH provider, the user who signed up on this page is then signed in with the
 * session Cognito gives for it, without a second prompt.
 *
 * @summary A confirmation form: username and code, with a "send the code again" action.
 * @fires cognito-sign-up-confirmed - The account is confirmed.
 * @fires cognito-signed-in - In a USER_AUTH provider: the new user was signed in.
 * @fires cognito-challenge - In a USER_AUTH provider: signing the new user in asks for more.
 * @fires cognito-code-sent - A new code was sent; the detail says where.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoConfirmSignUp extends CognitoElement {
  /** Pre-fills the username, e.g. from the `cognito-signed-up` event. */
  @property() username = '';
  /** With `username` set: sends a new code at once (e.g. to a user who tried to sign in unconfirmed). */
  @property({ type: Boolean, attribute: 'send-code', converter: flag }) autoSend = false;
  /**
   * Where SignUp sent the code (`cognito-signed-up`'s `codeDelivery`): the code field then says
   * so. Only a real sign-up's answer gives it, so it tells nothing about other accounts.
   */
  @property({ attribute: false }) codeDelivery?: CodeDelivery;
  readonly #auth = new AuthController(this);
  readonly #request: RequestController = new RequestController(this);

  constructor() {
    super();
    this.#request.runWhen(() => this.autoSend && !!this.#auth.service && !!this.username, () => void this.#send(this.username));
  }

  async #submit(form: HTMLFormElement) {
    const service = this.#auth.service;
    if (!(await this.#request.validate(form)) || !service) return;
    const { username, code } = formValues(form);
    const done = await this.#request.run('confirmSignUp', async () => (await service.confirmSignUp(username, code), true));
    if (!done) return;
    this.#request.say(this.t('confirmSignUp.done'));
    if (service.authFlow === 'USER_AUTH') {
      // Cognito's sign-in after sign-up; refused or expired, the user signs in as usual.
      const step = await service.signInAfterConfirm(username).catch(() => undefined);
      if (step) emitSignInStep(this, step);
    }
    this.emit('cognito-sign-up-confirmed', { username });
  }

  async #resend() {
    const form = this.querySelector('form');
    if (!form || this.#request.busy || !(await this.#request.validate(form, ['username']))) return;
    await this.#send(formValues(form).username);
  }

  /**
   * The same words for every account, never where the code went (an unknown or confirmed
   * account gets no code, and a made-up destination would tell it apart); the
   * `cognito-code-sent` detail has the delivery, for apps.
   */
  async #send(username: string) {
    const service = this.#auth.service;
    if (service && (await this.#request.sendCode('resendSignUpCode', username, () => service.resendSignUpCode(username)))) {
      this.#request.say(isolated(this, 'confirmSignUp.codeResent', { username }, 'username'));
    }
  }

  override render() {
    const request = this.#request;
    return formFrame(
      request,
      'confirmSignUp.heading',
      (form) => void this.#submit(form),
      html`${usernameField(request, this.#auth.service, { value: this.username })}
      ${codeField(request, deliveredTo(this, 'hint.code', 'hint.codeAnywhere', this.codeDelivery))}`,
      'confirmSignUp.submit',
      actionButton(request, 'resend', 'action.resend', () => void this.#resend()),
    );
  }
}
