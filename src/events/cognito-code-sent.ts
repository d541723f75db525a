import type { CodeSentDetail } from './details.js';

export type CognitoCodeSentEvent = CustomEvent<CodeSentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-code-sent': CognitoCodeSentEvent;
  }
}
