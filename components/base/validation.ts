import type { MessageKey } from '../../src/i18n/en.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Cognito's length limits, as `maxlength`: user names 128, passwords 256, attribute values 2048
 * (the API refuses more). Codes are six to eight digits; 32 leaves room for pasted separators.
 */
export function maxLengthOf(name: string): number {
  if (name === 'username') return 128;
  if (name === 'password' || name === 'new_password') return 256;
  if (name === 'code') return 32;
  return 2048;
}

const isPassword = (input: HTMLInputElement) => input.name === 'password' || input.name === 'new_password' || input.type === 'password';
/**
 * How a value is checked: by the input's type, except for a username that may be an e-mail
 * address or a phone number (`data-accepts`), read as a number when it has only a number's
 * characters and as an address otherwise.
 */
function kindOf(input: HTMLInputElement, value: string): string {
  if (!input.dataset.accepts) return input.type;
  return readsAsPhone(value) ? 'tel' : 'email';
}

/** Whether an e-mail-or-phone username is read as a phone number: only a number's characters. */
export const readsAsPhone = (value: string): boolean => /^[\d\s\-.()+]+$/.test(value);
const isCode = (input: HTMLInputElement) => input.name === 'code' || input.autocomplete === 'one-time-code';

/**
 * What is sent for an input's text: passwords byte for byte; one-time codes without the spaces
 * and dashes of a pasted "966 124" or "386-483"; phone numbers in E.164 ("+1 (415) 555-0123" →
 * "+14155550123"); anything else without stray spaces at either end.
 */
export function normalizedValue(input: HTMLInputElement, value = input.value): string {
  if (isPassword(input)) return value;
  if (isCode(input)) return value.replace(/[\s-]/g, '');
  if (kindOf(input, value) === 'tel') return value.replace(/[\s\-.()]/g, '');
  return value.trim();
}

/** The first problem with one input's value, checked before anything is sent. */
export function validateField(input: HTMLInputElement): MessageKey | undefined {
  const value = normalizedValue(input).trim();
  if (!value) return input.required ? 'validation.required' : undefined;
  const kind = kindOf(input, value);
  if (kind === 'email' && !EMAIL.test(value)) return 'validation.email';
  if (kind === 'tel' && !E164.test(value)) return 'validation.phone';
  if (input.name === 'code' && !/^\d+$/.test(value)) return 'validation.code';
  return undefined;
}
