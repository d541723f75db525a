import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CognitoElement } from './cognito-element.js';
import { AuthError } from '../../src/errors/auth-error.js';
import type { AuthState } from '../../src/state/state.js';
import type { ChallengeAnswer, ChallengeName, SignInStep } from '../../src/auth/types.js';
import { sessionDetail } from '../../src/events/index.js';

export type ChallengeState = Extract<AuthState, { status: 'challenge' }>;

/**
 * What the challenge elements share: they show themselves only while the shared sign-in state
 * is at one of their challenges; each new challenge state (a new round) clears the form and its
 * messages and moves focus into it; an answer emits `cognito-challenge` or `cognito-signed-in`.
 */
export abstract class ChallengeElement extends CognitoElement {
  /** The Cognito challenges this element answers. */
  protected abstract readonly challenges: readonly ChallengeName[];
  /** Where focus goes when a round starts: the first field, or the heading. */
  protected focusOnRound: 'field' | 'heading' = 'heading';
  #round?: ChallengeState;
  #focusPending = false;

  /** The challenge state, when it is one this element answers. */
  protected get challenge(): ChallengeState | undefined {
    const state = this.authState;
    return state.status === 'challenge' && this.challenges.includes(state.challenge) ? state : undefined;
  }

  /** Hook: a new round of one of this element's challenges began (`previous`: the last one shown). */
  protected roundStarted(_round: ChallengeState, _previous: ChallengeState | undefined): void {}

  /** Runs synchronously when the state changes, so that an answer's caller sees the new round. */
  #sync() {
    const round = this.challenge;
    if (round === this.#round) return;
    const previous = this.#round;
    this.#round = round;
    if (!round) return;
    this.error = undefined;
    this.fieldErrors = {};
    this.status = undefined;
    this.#focusPending = true;
    this.roundStarted(round, previous);
  }

  protected override stateChanged(next: AuthState, previous: AuthState): void {
    super.stateChanged(next, previous);
    this.#sync();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#sync(); // the element may appear while the state is already at its challenge
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focusPending || !this.challenge) return;
    this.#focusPending = false;
    // Back to what the template gave (the hidden username keeps its value, unlike form.reset()).
    for (const input of this.querySelectorAll<HTMLInputElement>('form input:not([hidden])')) {
      if (input.type === 'checkbox' || input.type === 'radio') input.checked = input.defaultChecked;
      else input.value = input.defaultValue;
    }
    this.focusStep(this.focusOnRound);
  }

  /** Moves focus into the step: its first visible field, or its heading. */
  protected focusStep(where: 'field' | 'heading'): void {
    const field = where === 'field' ? this.querySelector<HTMLElement>('input:not([hidden]):not([type="checkbox"])') : null;
    (field ?? this.querySelector<HTMLElement>('h2'))?.focus();
  }

  /**
   * Answers the challenge in the busy cycle and emits where it led; `beforeSignedIn` runs
   * (e.g. remembering the device) before `cognito-signed-in`. Resolves to the step, or undefined.
   */
  protected async answer(answer: ChallengeAnswer, beforeSignedIn?: () => Promise<void>): Promise<SignInStep | undefined> {
    const auth = this.auth;
    if (!auth) return undefined;
    const step = await this.act('respondToChallenge', () => auth.answerChallenge(answer));
    if (!step) return undefined;
    if (step.kind === 'done') {
      await beforeSignedIn?.();
      this.emit('cognito-signed-in', sessionDetail(step.username, step.tokens));
    } else {
      this.emit('cognito-challenge', { username: step.username, challenge: step.challenge });
    }
    return step;
  }

  /** Shows `error` with another message key (same code, field and operation). */
  protected failAs(error: AuthError, key: AuthError['key']): void {
    this.fail(new AuthError(error.code, key, error.operation, error.field, error.params));
  }

  /** Leaves the challenge; reads "Start again" once the sign-in session has run out. */
  protected cancelButton(): TemplateResult {
    const expired = this.error?.key === 'error.sessionExpired' || this.error?.key === 'challenge.failed';
    return this.button('cancel', expired ? 'challenge.startAgain' : 'action.cancel', () => {
      if (!this.busy) this.auth?.cancelChallenge();
    });
  }

  /** The one-time code field (`name="code"`), with where the code went as its hint. */
  protected codeField(hint: string): TemplateResult {
    return this.field({ name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', hint });
  }

  /** A checkbox with its label, e.g. "Remember this device". */
  protected checkbox(name: string, label: string): TemplateResult {
    const id = this.idFor(name);
    return html`<div class="cognito-field cognito-check" part="field">
      <input id=${id} name=${name} type="checkbox" /><label for=${id}>${label}</label>
    </div>`;
  }

  override render() {
    return this.challenge ? this.renderChallenge(this.challenge) : nothing;
  }

  protected abstract renderChallenge(round: ChallengeState): TemplateResult;
}
