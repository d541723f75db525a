import type { SignedUpDetail } from './details.js';

export type CognitoSignedUpEvent = CustomEvent<SignedUpDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-signed-up': CognitoSignedUpEvent;
  }
}
