import type { SessionDetail } from './details.js';

export type CognitoSessionRestoredEvent = CustomEvent<SessionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-session-restored': CognitoSessionRestoredEvent;
  }
}
