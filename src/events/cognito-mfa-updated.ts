import type { MfaUpdatedDetail } from './details.js';

export type CognitoMfaUpdatedEvent = CustomEvent<MfaUpdatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-mfa-updated': CognitoMfaUpdatedEvent;
  }
}
