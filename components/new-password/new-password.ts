import { html, type TemplateResult } from 'lit';
import { ChallengeElement, type ChallengeState } from '../base/challenge-element.js';
import { attributeInput } from '../base/attribute-fields.js';
import { NewPasswordRules } from '../base/new-password.js';
import { parseJson } from '../base/safe-json.js';
import { formValues } from '../controllers/request.js';
import { field, hiddenUsername, newPasswordField } from '../templates/fields.js';
import { formFrame } from '../templates/form.js';

/** The SDK strips this prefix from requiredAttributes; Cognito itself sends it. */
const PREFIX = 'userAttributes.';
/** Attributes that are never the user's to give. */
const READ_ONLY = /^(sub|.*_verified)$/;

/** The challenge's attributes: those the user must give, and the values the user already has. */
function attributesOf(parameters: Readonly<Record<string, string>>) {
  const required = parseJson<unknown[]>(parameters.requiredAttributes, [])
    .filter((name): name is string => typeof name === 'string')
    .map((name) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name))
    .filter((name) => !READ_ONLY.test(name));
  const current = parseJson<Record<string, unknown>>(parameters.userAttributes, {});
  return { required: [...new Set(required)], current: (name: string) => (typeof current[name] === 'string' ? current[name] : '') };
}

/**
 * Answers NEW_PASSWORD_REQUIRED, which a user created by an administrator meets at the first
 * sign-in with the temporary password: a new password (the pool's policy listed under it, marked
 * as the user types), plus one field for every attribute the
 * pool requires and the user lacks (typed and autocompleted as sign-up does), pre-filled where
 * the user has a value. Only those required attributes are sent back: never read-only ones such
 * as `email_verified` or `sub`. It shows nothing while the sign-in state is elsewhere.
 *
 * @summary The forced new password of an administrator-created user, with required attributes.
 * @fires cognito-signed-in - The new password is set and the user is signed in.
 * @fires cognito-challenge - Cognito asked for something more (e.g. MFA).
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoNewPassword extends ChallengeElement {
  readonly #rules = new NewPasswordRules(this);

  constructor() {
    super(['NEW_PASSWORD_REQUIRED']);
    this.request.newPasswordRules = this.#rules;
  }

  protected override roundStarted() {
    this.#rules.clear();
  }

  async #submit(form: HTMLFormElement, round: ChallengeState) {
    if (!(await this.request.validate(form))) return;
    const values = formValues(form);
    const { required, current } = attributesOf(round.parameters);
    const attributes: Record<string, string> = {};
    // A value the user already has is not given again (Cognito refuses to modify it).
    for (const name of required) if (values[name] && values[name] !== current(name)) attributes[name] = values[name];
    await this.challenge.answer({ challenge: 'NEW_PASSWORD_REQUIRED', newPassword: values.new_password, attributes });
  }

  protected renderChallenge(round: ChallengeState): TemplateResult {
    const { required, current } = attributesOf(round.parameters);
    const fields = required.map((name) => {
      const hint = name === 'phone_number' ? this.t('hint.phone_number') : undefined;
      return field(this.request, { ...attributeInput(name), hint, value: current(name) });
    });
    return formFrame(
      this.request,
      'newPassword.heading',
      (form) => void this.#submit(form, round),
      html`<p>${this.t('newPassword.intro')}</p>
        ${hiddenUsername(round.username)}
        ${newPasswordField(this.request)}
        ${fields}`,
      'newPassword.submit',
      this.challenge.cancelButton(),
    );
  }
}
