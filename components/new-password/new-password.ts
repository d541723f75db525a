import { html, type TemplateResult } from 'lit';
import { ChallengeElement } from '../base/challenge-element.js';
import type { ChallengeState as StateAt } from '../../src/state/state.js';
import { attributeInput } from '../base/attribute-fields.js';
import { NewPasswordRules } from '../base/new-password.js';
import { formValues } from '../controllers/request.js';
import { field, hiddenUsername, newPasswordField } from '../templates/fields.js';
import { signInName } from '../base/username-field.js';
import { phoneHint } from '../templates/bidi.js';
import { formFrame } from '../templates/form.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';

addEnglish(enChallenges);

/** Attributes that are never the user's to give. */
const READ_ONLY = /^(sub|.*_verified)$/;

/** The challenge's attributes: those the user must give, and the values the user already has. */
function attributesOf({ requiredAttributes, userAttributes }: StateAt<'NEW_PASSWORD_REQUIRED'>['parameters']) {
  const required = requiredAttributes.filter((name) => !READ_ONLY.test(name));
  return { required, current: (name: string) => userAttributes[name] ?? '' };
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

  async #submit(form: HTMLFormElement, round: StateAt<'NEW_PASSWORD_REQUIRED'>) {
    if (!(await this.request.validate(form))) return;
    const values = formValues(form);
    const { required, current } = attributesOf(round.parameters);
    const attributes: Record<string, string> = {};
    // A value the user already has is not given again (Cognito refuses to modify it).
    for (const name of required) if (values[name] && values[name] !== current(name)) attributes[name] = values[name];
    await this.challenge.answer({ challenge: 'NEW_PASSWORD_REQUIRED', newPassword: values.new_password, attributes });
  }

  protected renderChallenge(round: StateAt<'NEW_PASSWORD_REQUIRED'>): TemplateResult {
    const { required, current } = attributesOf(round.parameters);
    const fields = required.map((name) => {
      const hint = name === 'phone_number' ? phoneHint(this) : undefined;
      return field(this.request, { ...attributeInput(name), hint, value: current(name) });
    });
    return formFrame(
      this.request,
      'newPassword.heading',
      (form) => void this.#submit(form, round),
      html`<p>${this.t('newPassword.intro')}</p>
        ${hiddenUsername(signInName(this.auth.service, round))}
        ${newPasswordField(this.request)}
        ${fields}`,
      'newPassword.submit',
      this.challenge.cancelButton(),
    );
  }
}
