import type { AttributesUpdatedDetail } from './details.js';

export type CognitoAttributesUpdatedEvent = CustomEvent<AttributesUpdatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-attributes-updated': CognitoAttributesUpdatedEvent;
  }
}
