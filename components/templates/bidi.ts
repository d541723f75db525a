import { html, type TemplateResult } from 'lit';
import type { CognitoElement } from '../base/cognito-element.js';
import type { MessageKey, MessageParams } from '../../src/i18n/i18n.js';

const SLOT = '\u{E000}';

/**
 * Input types whose content is written left to right in every language (addresses, numbers,
 * links): their inputs get `dir="ltr"`, as right-to-left forms do, so `+972…` keeps its "+"
 * in front and `name@example.com` its order while the label and hint stay right to left.
 */
const LTR_TYPES = new Set(['email', 'tel', 'url']);

/**
 * The `dir` of a field's input: `ltr` for addresses, numbers and one-time codes; `auto` for a
 * username, which may be Hebrew or an address or phone number (its first strong letter decides,
 * and a number with none reads left to right); undefined (the page's) otherwise.
 */
export function inputDirection(type: string | undefined, autocomplete: string | undefined): 'ltr' | 'auto' | undefined {
  if (LTR_TYPES.has(type ?? '') || autocomplete === 'one-time-code') return 'ltr';
  return autocomplete?.split(' ')[0] === 'username' ? 'auto' : undefined;
}

/** A phone number in a sentence ("+", then digits and the spaces that group them), captured for split(). */
export const PHONE_NUMBER = /(\+\d[\d ]*\d)/;

/**
 * `text` with each phone number in it isolated left to right: in an Arabic or Hebrew sentence a
 * bare `+14155550123` is drawn with its "+" on the right (the bidi algorithm gives a neutral
 * sign the sentence's direction). Done here, not with marks in the tables, so every language
 * (a page's own registerTranslation() included) gets it the same way.
 */
export function isolateNumbers(text: string): TemplateResult {
  // Split by a captured pattern: the numbers at the odd places.
  const parts = text.split(PHONE_NUMBER);
  return html`${parts.map((part, i) => (i % 2 ? html`<bdi dir="ltr">${part}</bdi>` : part))}`;
}

/** The phone-number field's hint ("International format, e.g. +1 415 555 0123"), its example isolated. */
export const phoneHint = (host: CognitoElement): TemplateResult => isolateNumbers(host.t('hint.phone_number'));

/**
 * A message with one parameter (a username, a masked destination, a passkey's name) in a
 * `<bdi>`: the value keeps its own direction inside the sentence, so `+14155550123` or
 * `a***@e***.com` reads left to right in an Arabic or Hebrew sentence and a Hebrew name right
 * to left in an English one.
 */
export function isolated(host: CognitoElement, key: MessageKey, params: MessageParams, name: string): TemplateResult {
  const [before, after = ''] = host.t(key, { ...params, [name]: SLOT }).split(SLOT);
  return html`${before}<bdi>${params[name]}</bdi>${after}`;
}
