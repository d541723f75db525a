import type { ChallengeDetail } from './details.js';

export type CognitoChallengeEvent = CustomEvent<ChallengeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-challenge': CognitoChallengeEvent;
  }
}
