import type { PasskeyDetail } from './details.js';

export type CognitoPasskeyAddedEvent = CustomEvent<PasskeyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-passkey-added': CognitoPasskeyAddedEvent;
  }
}
