import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController, formValues } from '../controllers/request.js';
import { passwordField } from '../templates/fields.js';
import { signInName, usernameField } from '../base/username-field.js';
import { formFrame } from '../templates/form.js';
import type { FirstFactorView } from './first-factor-view.js';
import { flag } from '../base/flag-attribute.js';
import { isolated } from '../templates/bidi.js';

/**
 * Signs in with the provider's `auth-flow` (SRP by default). With `auth-flow="USER_AUTH"` it
 * asks for the username alone, then follows Cognito: a choice of first factors
 * (`<button name="challenge" value="PASSWORD|EMAIL_OTP|SMS_OTP|WEB_AUTHN">`), the password, a
 * one-time code, or a passkey (the browser's prompt opens at once). With `auth-flow="CUSTOM_AUTH"` and
 * a pool whose custom challenges do not start with the password (a code by e-mail, a magic
 * link), set `passwordless`: only the username is asked for.
 *
 * @summary A sign-in form: username and password.
 * @fires cognito-signed-in - The user signed in; the detail carries the session and tokens.
 * @fires cognito-challenge - Cognito asked for more (MFA, a new password, ...).
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoSignIn extends CognitoElement {
  /** Pre-fills the username, e.g. after a password reset. */
  @property() username = '';
  /** Asks for the username only (custom auth that does not start with the password). */
  @property({ type: Boolean, converter: flag }) passwordless = false;
  readonly #auth = new AuthController(this).listen((next, previous) => this.#view?.stateChanged(next, previous));
  readonly #request: RequestController = new RequestController(this);
  /** The USER_AUTH form, loaded only for a USER_AUTH provider. */
  #view?: FirstFactorView;
  #viewLoading = false;

  #loadView() {
    if (this.#viewLoading) return;
    this.#viewLoading = true;
    void import('./first-factor-view.js').then(({ FirstFactorView }) => {
      this.#view = new FirstFactorView(this, this.#request, () => this.#auth.service);
      this.requestUpdate();
    }, () => (this.#viewLoading = false));
  }

  async #submit(form: HTMLFormElement) {
    const service = this.#auth.service;
    if (!(await this.#request.validate(form)) || !service) return;
    const { username, password = '' } = formValues(form);
    const step = await this.#request.run('signIn', () => service.signIn(username, password));
    if (step) emitSignInStep(this, step);
  }

  override render() {
    const authState = this.#auth.state;
    if (authState.status === 'signed-in') {
      return html`<p class="cognito-status" role="status">${isolated(this, 'signIn.signedInAs', { username: signInName(this.#auth.service, authState) }, 'username')}</p>`;
    }
    // The challenge elements answer the other challenges (MFA, a new password…).
    if (authState.status === 'challenge' && authState.challenge !== 'FIRST_FACTOR') return nothing;
    if (this.#auth.service?.authFlow === 'USER_AUTH') {
      if (!this.#view) this.#loadView();
      return this.#view?.render(authState) ?? nothing;
    }
    const request = this.#request;
    return formFrame(
      request,
      'signIn.heading',
      (form) => void this.#submit(form),
      html`${usernameField(request, this.#auth.service, { value: this.username })}
      ${this.passwordless ? nothing : passwordField(request, { name: 'password', autocomplete: 'current-password' })}`,
      'signIn.submit',
    );
  }
}
