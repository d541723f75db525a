import { html, type TemplateResult } from 'lit';
import { ChallengeElement } from '../base/challenge-element.js';
import type { ChallengeState as StateAt } from '../../src/state/state.js';
import { AuthError } from '../../src/errors/auth-error.js';
import { formValues } from '../controllers/request.js';
import { field, hiddenUsername } from '../templates/fields.js';
import { signInName } from '../base/username-field.js';
import { formFrame } from '../templates/form.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';

addEnglish(enChallenges);

type Parameters = Readonly<Record<string, string>>;

/** `type` values (from the CreateAuthChallenge trigger) that ask for a one-time code. */
const CODE_TYPES = /^(code|otp|one-time-code|numeric|number|digits)$/i;

/** Parameters a trigger may set to say the last answer was wrong. */
const saysWrong = (p: Parameters) =>
  p.answerCorrect === 'false' || ['wrongAnswer', 'incorrect', 'retry'].some((name) => p[name] === 'true');

/** The round's public parameters less USERNAME, which Cognito adds to every round. */
const asked = ({ USERNAME: _username, ...rest }: Parameters) => JSON.stringify(Object.entries(rest).sort());

/**
 * Answers CUSTOM_CHALLENGE rounds (`auth-flow="CUSTOM_AUTH"` on the provider), one form per
 * round. The prompt is the challenge parameter `prompt` (or `question`), else a generic one;
 * `type="code"` (or `otp`) makes the answer a one-time code field. Each round clears the
 * answer and focuses it. When a round follows an answer and asks the very same thing again (or
 * its parameters say `wrongAnswer: "true"` / `answerCorrect: "false"`), the element says the
 * answer was not right. It shows nothing while the sign-in state is elsewhere.
 *
 * @summary The custom challenge step of sign-in: a prompt and an answer, round after round.
 * @fires cognito-signed-in - The last answer was right and the user is signed in.
 * @fires cognito-challenge - Another round (or another challenge) follows an answer.
 * @fires cognito-error - A failure, with the localized message shown.
 */
export class CognitoCustomChallenge extends ChallengeElement {
  constructor() {
    super(['CUSTOM_CHALLENGE']);
  }

  protected override focusOnRound() {
    return 'field' as const;
  }

  #isCode = (p: Parameters) => CODE_TYPES.test(p.type ?? '');

  async #submit(form: HTMLFormElement, round: StateAt<'CUSTOM_CHALLENGE'>) {
    if (!(await this.request.validate(form))) return;
    const { answer } = formValues(form);
    const step = await this.challenge.answer({ challenge: 'CUSTOM_CHALLENGE', answer });
    if (step?.kind !== 'challenge' || step.challenge !== 'CUSTOM_CHALLENGE') return;
    if (saysWrong(step.parameters) || asked(step.parameters) === asked(round.parameters)) {
      // Not a failure to Cognito (no cognito-error), but the user must hear it.
      this.request.show(new AuthError('WrongAnswer', 'customChallenge.wrong', 'respondToChallenge', 'answer'), { report: false });
    }
  }

  /** A refused answer session means the triggers ended the sign-in (too many wrong answers, or too late). */
  protected override reword(error: AuthError) {
    return error.code === 'NotAuthorizedException' && error.operation === 'respondToChallenge' ? ('challenge.failed' as const) : undefined;
  }

  protected renderChallenge(round: StateAt<'CUSTOM_CHALLENGE'>): TemplateResult {
    const { parameters } = round;
    const code = this.#isCode(parameters);
    const prompt = parameters.prompt || parameters.question || this.t('customChallenge.prompt');
    return formFrame(
      this.request,
      'customChallenge.heading',
      (form) => void this.#submit(form, round),
      html`${hiddenUsername(signInName(this.auth.service, round))}
      ${field(this.request, {
        name: 'answer',
        label: this.t('customChallenge.answer'),
        // The pool's own words, in whatever language its Lambda writes them: isolated, as is the answer.
        hint: html`<bdi>${prompt}</bdi>`,
        dir: code ? 'ltr' : 'auto',
        autocomplete: code ? 'one-time-code' : 'off',
        inputmode: code ? 'numeric' : undefined,
      })}`,
      'customChallenge.submit',
      this.challenge.cancelButton(),
    );
  }
}
