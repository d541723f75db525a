import type { UsernameDetail } from './details.js';

export type CognitoPasswordResetEvent = CustomEvent<UsernameDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-password-reset': CognitoPasswordResetEvent;
  }
}
