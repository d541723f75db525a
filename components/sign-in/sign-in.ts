import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { sessionDetail } from '../../src/events/index.js';

/**
 * Signs in with the provider's `auth-flow` (SRP by default). With `auth-flow="CUSTOM_AUTH"` and
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
  @property({ type: Boolean }) passwordless = false;

  async #submit(form: HTMLFormElement) {
    if (!(await this.validate(form)) || !this.auth) return;
    const { username, password = '' } = this.values(form);
    const auth = this.auth;
    const step = await this.act('signIn', () => auth.signIn(username, password));
    if (!step) return;
    if (step.kind === 'done') this.emit('cognito-signed-in', sessionDetail(step.username, step.tokens));
    else this.emit('cognito-challenge', { username: step.username, challenge: step.challenge });
  }

  override render() {
    const { authState } = this;
    if (authState.status === 'signed-in') {
      return html`<p class="cognito-status" role="status">${this.t('signIn.signedInAs', { username: authState.username })}</p>`;
    }
    if (authState.status === 'challenge') return nothing;
    return this.formFrame(
      'signIn.heading',
      (form) => void this.#submit(form),
      html`${this.field({ name: 'username', autocomplete: 'username', label: this.t('field.username'), value: this.username })}
      ${this.passwordless ? nothing : this.field({ name: 'password', type: 'password', autocomplete: 'current-password' })}`,
      'signIn.submit',
    );
  }
}
