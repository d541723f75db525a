// Every tag in HTMLElementTagNameMap and every event in GlobalEventHandlersEventMap, with the
// right types (define.js, and every framework entry through it, loads them).
import 'cognito-elements/define.js';
import type { CognitoEventDetails, elements } from 'cognito-elements';
import type { Equal } from './expect.js';

type Tags = typeof elements;
type TagsTyped = { [Tag in keyof Tags]: Equal<HTMLElementTagNameMap[Tag], InstanceType<Tags[Tag]>> };
type EventsTyped = {
  [Name in keyof CognitoEventDetails]: Equal<GlobalEventHandlersEventMap[Name], CustomEvent<CognitoEventDetails[Name]>>;
};

export const tags: Equal<TagsTyped[keyof Tags], true> = true;
export const events: Equal<EventsTyped[keyof CognitoEventDetails], true> = true;
