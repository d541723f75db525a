import type { SessionDetail } from './details.js';

export type CognitoSignedInEvent = CustomEvent<SessionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-signed-in': CognitoSignedInEvent;
  }
}
