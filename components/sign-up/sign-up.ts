import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { acceptAttributeList, attributeInput, attributeNames } from '../base/attribute-fields.js';
import { NewPasswordRules } from '../base/new-password.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController, formValues } from '../controllers/request.js';
import { deliveredTo } from '../templates/delivery.js';
import { field, newPasswordField } from '../templates/fields.js';
import { usernameAttributes, usernameField } from '../base/username-field.js';
import { phoneHint } from '../templates/bidi.js';
import { formFrame } from '../templates/form.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { twinHint, twinOfUsername, twinProblem, twinsOf, type Twin } from './username-twin.js';
import { enRegistration } from '../../src/i18n/en-registration.js';

addEnglish(enRegistration);

/**
 * Creates an account: a username, a new password, and one field per Cognito attribute listed in
 * `attributes`, each with its input type and autocomplete token. The pool's password policy
 * (the provider's `password-policy`) is listed under the password and marked as the user types;
 * phone numbers may be typed with spaces, dashes, dots or parentheses (they are sent in E.164).
 * After a sign-up the status region says where the confirmation code went; the form stays usable.
 * In a pool that signs up with the e-mail or phone (the provider's `username-attributes`), the
 * username field asks for that, and it is not asked for again among the attributes. Where the
 * pool takes either, a listed `email` / `phone_number` field stays (the pool may require the one
 * the user name is not), but the one the typed user name already is is optional and not sent.
 * In a USER_AUTH provider no password is asked for (unless `with-password`), and the user is
 * signed in as soon as the account is confirmed.
 *
 * @summary A sign-up form: username, new password and the attributes the pool needs.
 * @fires cognito-signed-up - The account was created; the detail says whether it is confirmed and where the code went.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoSignUp extends CognitoElement {
  /**
   * Space-separated Cognito attribute names to ask for, e.g. `email phone_number given_name`
   * or `custom:company`. Every one listed is required, except the e-mail or phone field that the
   * typed user name already gives (in a pool whose `username-attributes` are both).
   */
  @property({ attribute: 'attributes' }) userAttributes = 'email';
  /** In a USER_AUTH provider, asks for a password all the same (otherwise the account has none: passkeys and codes sign it in). */
  @property({ type: Boolean, attribute: 'with-password', converter: flag }) withPassword = false;
  static {
    acceptAttributeList(this);
  }
  readonly #auth = new AuthController(this);
  readonly #request: RequestController = new RequestController(this);
  /** What the user name typed so far is, in a pool that takes either: that field is not needed. */
  #typedAs?: Twin;
  constructor() {
    super();
    this.#request.newPasswordRules = new NewPasswordRules(this);
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'username') this.#readUsername(input.value);
    });
  }

  #readUsername(value: string) {
    const typedAs = twinOfUsername(value);
    if (typedAs !== this.#typedAs) this.requestUpdate();
    this.#typedAs = typedAs;
  }

  get #asksPassword(): boolean {
    return this.withPassword || this.#auth.service?.authFlow !== 'USER_AUTH';
  }

  get #names(): string[] {
    // A pool that signs up with the e-mail or the phone (one of them) sets it from the user name.
    const names = usernameAttributes(this.#auth.service);
    const single = names.length === 1 ? names : [];
    return attributeNames(this.userAttributes).filter((name) => name !== 'username' && !single.includes(name));
  }

  get #twins(): Twin[] {
    return twinsOf(this.#names, usernameAttributes(this.#auth.service));
  }

  async #submit(form: HTMLFormElement) {
    const service = this.#auth.service;
    // Autofill may fill the username without an input event.
    this.#readUsername(form.querySelector<HTMLInputElement>('input[name="username"]')?.value ?? '');
    await this.updateComplete;
    if (!(await this.#request.validate(form)) || !service) return;
    const values = formValues(form);
    const twin = this.#twins.find((name) => name === this.#typedAs);
    const problem = twin && twinProblem(twin, values[twin] ?? '', values.username);
    if (twin && problem) return void this.#request.showFieldErrors({ [twin]: this.t(problem) });
    const attributes: Record<string, string> = {};
    for (const name of this.#names) if (values[name] && name !== twin) attributes[name] = values[name];
    const input = { username: values.username, password: this.#asksPassword ? values.new_password : '', attributes };
    const result = await this.#request.run('signUp', () => service.signUp(input));
    if (!result) return;
    const { username, userConfirmed, userSub, codeDelivery } = result;
    this.#request.say(userConfirmed ? this.t('signUp.confirmed') : deliveredTo(this, 'signUp.codeSent', 'signUp.codeSentAnywhere', codeDelivery));
    this.emit('cognito-signed-up', { username, userConfirmed, userSub, codeDelivery });
  }

  override render() {
    const request = this.#request;
    const twins = this.#twins;
    const attributes = this.#names.map((name) => {
      const twin = twins.find((t) => t === name);
      const phone = name === 'phone_number' ? phoneHint(this) : undefined;
      if (!twin) return field(request, { ...attributeInput(name), hint: phone });
      const hint = html`${phone ? html`${phone}<br />` : nothing}${this.t(twinHint(twin))}`;
      return field(request, { ...attributeInput(name), hint, required: this.#typedAs !== twin });
    });
    return formFrame(
      request,
      'signUp.heading',
      (form) => void this.#submit(form),
      html`${usernameField(request, this.#auth.service)}
      ${attributes}
      ${this.#asksPassword ? newPasswordField(request, { label: this.t('field.password') }) : nothing}`,
      'signUp.submit',
    );
  }
}
