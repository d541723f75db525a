import type { PasskeyDetail } from './details.js';

export type CognitoPasskeyDeletedEvent = CustomEvent<PasskeyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-passkey-deleted': CognitoPasskeyDeletedEvent;
  }
}
