import type { ReactiveController } from 'lit';
import type { AuthController } from './auth.js';
import type { RequestController } from './request.js';
import type { FocusTarget } from './focus.js';
import type { ChallengeState } from '../../src/state/state.js';
import type { ChallengeAnswer, ChallengeName, SignInStep } from '../../src/auth/types.js';
import type { TemplateResult } from 'lit';
import type { CognitoElement } from '../base/cognito-element.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { actionButton } from '../templates/form.js';

export type { ChallengeState };

interface Options {
  /** A new round of one of these challenges began (`previous`: the last one shown). */
  roundStarted?(round: ChallengeState, previous: ChallengeState | undefined): void;
  /** Where focus goes when a round starts (default: the heading). */
  focusOnRound?(round: ChallengeState): FocusTarget;
}

/**
 * The sign-in state while it is at one of the host's challenges. Each new round (a new
 * challenge state) clears the messages, puts the form back to what the template gave, and moves
 * focus into it, so every round starts fresh.
 */
export class ChallengeController implements ReactiveController {
  #round?: ChallengeState;
  #focusPending = false;

  constructor(
    private readonly host: CognitoElement,
    private readonly auth: AuthController,
    private readonly request: RequestController,
    private readonly challenges: readonly ChallengeName[],
    private readonly options: Options = {},
  ) {
    host.addController(this);
    // Synchronously on the transition, so that an answer's caller sees the new round.
    auth.listen(() => this.#sync());
  }

  /** The challenge state, when it is one this host answers. */
  get round(): ChallengeState | undefined {
    const { state } = this.auth;
    return state.status === 'challenge' && state.challenge !== 'FIRST_FACTOR' && this.challenges.includes(state.challenge) ? state : undefined;
  }

  #sync() {
    const round = this.round;
    if (round === this.#round) return;
    const previous = this.#round;
    this.#round = round;
    if (!round) return;
    this.request.clear();
    this.#focusPending = true;
    this.options.roundStarted?.(round, previous);
  }

  /** The host may appear while the state is already at its challenge. */
  hostUpdate(): void {
    this.#sync();
  }

  hostUpdated(): void {
    const round = this.round;
    if (!this.#focusPending || !round) return;
    this.#focusPending = false;
    // Back to what the template gave (the hidden username keeps its value, unlike form.reset()).
    for (const input of this.host.querySelectorAll<HTMLInputElement>('form input:not([hidden])')) {
      if (input.type === 'checkbox' || input.type === 'radio') input.checked = input.defaultChecked;
      else input.value = input.defaultValue;
    }
    this.request.focus.now(this.options.focusOnRound?.(round) ?? 'heading');
  }

  /**
   * Answers the challenge as a request and emits where it led; `beforeSignedIn` runs (e.g.
   * remembering the device) before `cognito-signed-in`. Resolves to the step, or undefined.
   */
  async answer(answer: ChallengeAnswer, beforeSignedIn?: () => Promise<void>): Promise<SignInStep | undefined> {
    const service = this.auth.service;
    if (!service) return undefined;
    const step = await this.request.run('respondToChallenge', () => service.answerChallenge(answer));
    if (step?.kind === 'done') await beforeSignedIn?.();
    if (step) emitSignInStep(this.host, step);
    return step;
  }

  /** Leaves the challenge; reads "Start again" once the sign-in session has run out. */
  cancelButton(): TemplateResult {
    const key = this.request.error?.key;
    const expired = key === 'error.sessionExpired' || key === 'challenge.failed';
    return actionButton(this.request, 'cancel', expired ? 'challenge.startAgain' : 'action.cancel', () => {
      if (!this.request.busy) this.auth.service?.cancelChallenge();
    });
  }
}
