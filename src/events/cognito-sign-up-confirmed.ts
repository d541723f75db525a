import type { UsernameDetail } from './details.js';

export type CognitoSignUpConfirmedEvent = CustomEvent<UsernameDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-sign-up-confirmed': CognitoSignUpConfirmedEvent;
  }
}
