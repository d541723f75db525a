import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChallengeElement, type ChallengeState } from '../base/challenge-element.js';
import type { ChallengeState as StateAt } from '../../src/state/state.js';
import type { MfaType } from '../../src/auth/types.js';
import type { MessageKey } from '../../src/i18n/en.js';
import { formValues } from '../controllers/request.js';
import { deliveredTo } from '../templates/delivery.js';
import { checkbox, codeField, hiddenUsername, radio } from '../templates/fields.js';
import { signInName } from '../base/username-field.js';
import { formFrame } from '../templates/form.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';

addEnglish(enChallenges);

const CODE_CHALLENGES = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const;

/**
 * Answers the multi-factor challenges of a sign-in: a code sent by text message (SMS_MFA) or
 * e-mail (EMAIL_OTP), or shown by an authenticator app (SOFTWARE_TOKEN_MFA), saying where a
 * sent code went; and, when the user has several factors (SELECT_MFA_TYPE), the choice of one,
 * after which the code step follows in the same element. It shows nothing while the sign-in
 * state is elsewhere. A pasted code may contain spaces or dashes (they are dropped).
 *
 * @summary The multi-factor step of sign-in: pick a factor, then enter its code.
 * @fires cognito-signed-in - The code was right and the user is signed in.
 * @fires cognito-challenge - Cognito asked for something more (e.g. the code of the chosen factor).
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoMfaPrompt extends ChallengeElement {
  /**
   * Offers "Remember this device" (set it when the pool tracks devices); when ticked, the
   * device is remembered after a successful code, so the pool may skip MFA on it next time.
   */
  @property({ type: Boolean, attribute: 'remember-device', converter: flag }) rememberDevice = false;

  constructor() {
    super([...CODE_CHALLENGES, 'SELECT_MFA_TYPE']);
  }

  protected override focusOnRound(round: ChallengeState) {
    return round.challenge === 'SELECT_MFA_TYPE' ? 'heading' : 'field';
  }

  async #select(form: HTMLFormElement) {
    const mfaType = formValues(form).mfa_type as MfaType | undefined;
    if (mfaType) await this.challenge.answer({ challenge: 'SELECT_MFA_TYPE', mfaType });
  }

  async #verify(form: HTMLFormElement, challenge: MfaType) {
    const auth = this.auth.service;
    if (!(await this.request.validate(form)) || !auth) return;
    const values = formValues(form);
    const remember = this.rememberDevice && values.remember_device === 'on';
    await this.challenge.answer({ challenge, code: values.code }, async () => {
      if (!remember) return;
      // Signed in either way; a device that could not be remembered asks for MFA next time.
      await auth.rememberDevice().catch((error) => this.request.show(error));
    });
  }

  #hint(round: StateAt<MfaType>): string | TemplateResult {
    if (round.challenge === 'SOFTWARE_TOKEN_MFA') return this.t('mfa.hint.SOFTWARE_TOKEN_MFA');
    return deliveredTo(this, 'hint.code', 'hint.codeAnywhere', round.parameters.codeDelivery);
  }

  #selectStep(round: StateAt<'SELECT_MFA_TYPE'>): TemplateResult {
    const options = round.parameters.mfaTypes.map((type, index) => {
      const key = `mfa.type.${type}` as MessageKey;
      const label = CODE_CHALLENGES.includes(type as MfaType) ? this.t(key) : type;
      return radio({ id: this.idFor(`mfa_type-${type}`), name: 'mfa_type', value: type, label, checked: index === 0, part: false });
    });
    return formFrame(
      this.request,
      'mfa.select.heading',
      (form) => void this.#select(form),
      html`<fieldset class="cognito-choices" part="choices">
        <legend>${this.t('mfa.select.legend')}</legend>
        ${options}
      </fieldset>`,
      'mfa.select.submit',
      this.challenge.cancelButton(),
    );
  }

  protected renderChallenge(round: StateAt<MfaType | 'SELECT_MFA_TYPE'>): TemplateResult {
    if (round.challenge === 'SELECT_MFA_TYPE') return this.#selectStep(round);
    const { challenge } = round;
    const remember = { id: this.idFor('remember_device'), name: 'remember_device', label: this.t('mfa.rememberDevice') };
    return formFrame(
      this.request,
      'mfa.heading',
      (form) => void this.#verify(form, challenge),
      html`${hiddenUsername(signInName(this.auth.service, round))} ${codeField(this.request, this.#hint(round))}
      ${this.rememberDevice ? checkbox(remember) : nothing}`,
      'mfa.submit',
      this.challenge.cancelButton(),
    );
  }
}
