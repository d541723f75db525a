import type { UsernameDetail } from './details.js';

/** A signed-in user's new authenticator app answered its first code (it is not yet preferred). */
export type CognitoTotpVerifiedEvent = CustomEvent<UsernameDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-totp-verified': CognitoTotpVerifiedEvent;
  }
}
