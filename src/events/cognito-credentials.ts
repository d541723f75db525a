import type { CredentialsDetail } from './details.js';

export type CognitoCredentialsEvent = CustomEvent<CredentialsDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-credentials': CognitoCredentialsEvent;
  }
}
