import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AccountElement } from '../base/account-element.js';
import { formValues } from '../controllers/request.js';
import { formFrame } from '../templates/form.js';
import { checkbox, hiddenUsername, newPasswordField, passwordField } from '../templates/fields.js';
import { jsonAttribute } from '../base/json-attribute.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { NewPasswordRules } from '../base/new-password.js';
import type { PasswordPolicy } from '../base/password-policy.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enAccount } from '../../src/i18n/en-account.js';

addEnglish(enAccount);

/**
 * Changes the signed-in user's password: the current one (`password`, `current-password`) and
 * a new one (`new_password`, `new-password`), with a hidden `username` field so password
 * managers update the right entry. The pool's password policy is shown under the new password
 * as a list whose items are marked ✓ as the user types (a polite live region), and it is checked
 * again before anything is sent. A wrong current password shows at the `password` field.
 * "Sign out of all other devices" (`sign_out_others`) ends every other session: this device
 * signs in again at once with the new password.
 *
 * While no one is signed in it says "Sign in to manage your account" (or, with
 * `hide-when-signed-out`, renders nothing).
 *
 * @summary Change the password: current and new, with the policy shown as it is met.
 * @fires cognito-password-changed - The password was changed (detail: `username`).
 * @fires cognito-signed-in - With "sign out of all other devices": this device signed in again.
 * @fires cognito-challenge - With "sign out of all other devices": signing in again needs more (MFA).
 * @fires cognito-error - A failure, with the localized message shown.
 * @csspart form - The form.
 * @csspart field - Each field.
 * @csspart policy - The list of password rules under the new password.
 * @csspart submit - The submit button.
 * @csspart alert - The error region.
 * @csspart status - The region that says the password was changed.
 * @csspart signed-out - The "Sign in to manage your account" message.
 */
export class CognitoChangePassword extends AccountElement {
  /**
   * The user pool's password policy, as JSON in Cognito's shape
   * (`{"MinimumLength":10,"RequireSymbols":false}`), when it differs from the provider's
   * `password-policy` (which every new-password field inside the provider follows); missing
   * members take Cognito's defaults (8 characters, upper- and lower-case letters, a number and a
   * symbol). The pool does not tell it to the browser: copy it from `aws cognito-idp describe-user-pool`.
   */
  @property({ attribute: 'password-policy', converter: jsonAttribute<PasswordPolicy>('cognito-change-password', 'password-policy') }) passwordPolicy?: PasswordPolicy;
  readonly #rules = new NewPasswordRules(this, () => this.passwordPolicy);

  constructor() {
    super();
    this.request.newPasswordRules = this.#rules;
  }

  protected override userChanged() {
    if (this.request.busy) return;
    this.request.clear();
    this.#rules.clear();
  }

  async #submit(form: HTMLFormElement) {
    const { service: auth, user } = this;
    if (!auth || !user || !(await this.request.validate(form))) return;
    const { password, new_password } = formValues(form);
    const signOutOthers = form.querySelector<HTMLInputElement>('input[name="sign_out_others"]')!.checked;
    const done = await this.request.run('changePassword', async () => ({
      again: await auth.account.changePassword(password, new_password, signOutOthers),
    }));
    if (!done) return;
    // Not form.reset(): that would empty the hidden username too.
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
    form.querySelector<HTMLInputElement>('input[name="sign_out_others"]')!.checked = false;
    this.#rules.clear();
    this.request.say(this.t(signOutOthers ? 'changePassword.doneSignedOut' : 'changePassword.done'));
    this.emit('cognito-password-changed', { username: user });
    // Signing out everywhere ended this session too; it began again with the new password.
    if (done.again) emitSignInStep(this, done.again);
  }

  protected renderAccount(): TemplateResult {
    const body = html`${hiddenUsername(this.signInName)}
      ${passwordField(this.request, { name: 'password', autocomplete: 'current-password', label: this.t('changePassword.current') })}
      ${newPasswordField(this.request)}
      ${checkbox({ id: this.idFor('sign_out_others'), name: 'sign_out_others', label: this.t('changePassword.signOutOthers') })}`;
    return formFrame(this.request, 'changePassword.heading', (form) => void this.#submit(form), body, 'changePassword.submit');
  }
}
