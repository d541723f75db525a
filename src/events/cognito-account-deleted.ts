import type { UsernameDetail } from './details.js';

export type CognitoAccountDeletedEvent = CustomEvent<UsernameDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-account-deleted': CognitoAccountDeletedEvent;
  }
}
