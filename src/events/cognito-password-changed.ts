import type { UsernameDetail } from './details.js';

export type CognitoPasswordChangedEvent = CustomEvent<UsernameDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-password-changed': CognitoPasswordChangedEvent;
  }
}
