import type { SignedOutDetail } from './details.js';

export type CognitoSignedOutEvent = CustomEvent<SignedOutDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-signed-out': CognitoSignedOutEvent;
  }
}
