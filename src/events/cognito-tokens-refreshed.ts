import type { SessionDetail } from './details.js';

export type CognitoTokensRefreshedEvent = CustomEvent<SessionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-tokens-refreshed': CognitoTokensRefreshedEvent;
  }
}
