import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { acceptAttributeList, attributeInput, attributeNames } from '../base/attribute-fields.js';
import { NewPasswordRules } from '../base/new-password.js';

/**
 * Creates an account: a username, a new password, and one field per Cognito attribute listed in
 * `attributes`, each with its input type and autocomplete token. The pool's password policy
 * (the provider's `password-policy`) is listed under the password and marked as the user types;
 * phone numbers may be typed with spaces, dashes, dots or parentheses (they are sent in E.164).
 * After a sign-up the status region says where the confirmation code went; the form stays usable.
 *
 * @summary A sign-up form: username, new password and the attributes the pool needs.
 * @fires cognito-signed-up - The account was created; the detail says whether it is confirmed and where the code went.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoSignUp extends CognitoElement {
  /**
   * Space-separated Cognito attribute names to ask for, e.g. `email phone_number given_name`
   * or `custom:company`. Every one listed is required.
   */
  @property({ attribute: 'attributes' }) userAttributes = 'email';
  static {
    acceptAttributeList(this);
  }
  protected override newPasswordRules = new NewPasswordRules(this);

  get #names(): string[] {
    return attributeNames(this.userAttributes).filter((name) => name !== 'username');
  }

  async #submit(form: HTMLFormElement) {
    if (!(await this.validate(form)) || !this.auth) return;
    const values = this.values(form);
    const attributes: Record<string, string> = {};
    for (const name of this.#names) if (values[name]) attributes[name] = values[name];
    const input = { username: values.username, password: values.new_password, attributes };
    const auth = this.auth;
    const result = await this.act('signUp', () => auth.signUp(input));
    if (!result) return;
    const { username, userConfirmed, userSub, codeDelivery } = result;
    this.status = userConfirmed
      ? this.t('signUp.confirmed')
      : this.delivered(codeDelivery, 'signUp.codeSent', 'signUp.codeSentAnywhere');
    this.emit('cognito-signed-up', { username, userConfirmed, userSub, codeDelivery });
  }

  override render() {
    const attributes = this.#names.map((name) => {
      const hint = name === 'phone_number' ? this.t('hint.phone_number') : undefined;
      return this.field({ ...attributeInput(name), hint });
    });
    return this.formFrame(
      'signUp.heading',
      (form) => void this.#submit(form),
      html`${this.field({ name: 'username', autocomplete: 'username', label: this.t('field.username') })}
      ${attributes}
      ${this.newPasswordField({ label: this.t('field.password') })}`,
      'signUp.submit',
    );
  }
}
