import type { MessageKey } from '../../src/i18n/en.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** The first problem with one input's value, checked before anything is sent. */
export function validateField(input: HTMLInputElement): MessageKey | undefined {
  const value = input.value.trim();
  if (!value) return input.required ? 'validation.required' : undefined;
  if (input.type === 'email' && !EMAIL.test(value)) return 'validation.email';
  if (input.type === 'tel' && !E164.test(value)) return 'validation.phone';
  if (input.name === 'code' && !/^\d+$/.test(value)) return 'validation.code';
  return undefined;
}
