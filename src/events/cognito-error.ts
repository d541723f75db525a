import type { ErrorDetail } from './details.js';

export type CognitoErrorEvent = CustomEvent<ErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-error': CognitoErrorEvent;
  }
}
