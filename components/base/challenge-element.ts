import { nothing, type TemplateResult } from 'lit';
import { CognitoElement } from './cognito-element.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController } from '../controllers/request.js';
import { ChallengeController, type ChallengeState } from '../controllers/challenge.js';
import type { FocusTarget } from '../controllers/focus.js';
import type { AuthError } from '../../src/errors/auth-error.js';
import type { ChallengeName } from '../../src/auth/types.js';
import type { MessageKey } from '../../src/i18n/i18n.js';

export type { ChallengeState };

/**
 * A sign-in step that answers some of Cognito's challenges: it shows itself only while the
 * shared sign-in state is at one of them (see ChallengeController for the rounds).
 */
export abstract class ChallengeElement extends CognitoElement {
  protected readonly auth = new AuthController(this);
  protected readonly request: RequestController = new RequestController(this, { reword: (error) => this.reword(error) });
  protected readonly challenge: ChallengeController;

  constructor(challenges: readonly ChallengeName[]) {
    super();
    this.challenge = new ChallengeController(this, this.auth, this.request, challenges, {
      roundStarted: (round, previous) => this.roundStarted(round, previous),
      focusOnRound: (round) => this.focusOnRound(round),
    });
  }

  /** Hook: a new round of one of this element's challenges began. */
  protected roundStarted(_round: ChallengeState, _previous: ChallengeState | undefined): void {}

  /** Where focus goes when a round starts. */
  protected focusOnRound(_round: ChallengeState): FocusTarget {
    return 'heading';
  }

  /** Hook: another message for a failure of this element's. */
  protected reword(_error: AuthError): MessageKey | undefined {
    return undefined;
  }

  override render() {
    const round = this.challenge.round;
    return round ? this.renderChallenge(round) : nothing;
  }

  protected abstract renderChallenge(round: ChallengeState): TemplateResult;
}
