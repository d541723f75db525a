import type { AttributeVerifiedDetail } from './details.js';

export type CognitoAttributeVerifiedEvent = CustomEvent<AttributeVerifiedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cognito-attribute-verified': CognitoAttributeVerifiedEvent;
  }
}
