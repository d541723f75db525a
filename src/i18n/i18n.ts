import { en, type MessageKey, type Translation } from './en.js';

export type { MessageKey, Translation };
export type MessageParams = Record<string, string | number | undefined>;

const tables = new Map<string, Partial<Translation>>([['en', en]]);
const listeners = new Set<() => void>();

/**
 * Adds or extends a language. Missing keys fall back to the base language, then English, so a
 * partial table is safe. Elements already on the page re-render.
 */
export function registerTranslation(lang: string, table: Partial<Translation>): void {
  const code = lang.toLowerCase();
  tables.set(code, { ...tables.get(code), ...table });
  for (const listener of listeners) listener();
}

/** Called whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language an element speaks: the nearest `lang` attribute, then the browser's. */
export function resolveLanguage(el?: Element): string {
  const fromDom = el?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  return (fromDom || navigator.language || 'en').toLowerCase();
}

export function localize(lang: string, key: MessageKey, params: MessageParams = {}): string {
  const base = lang.split('-')[0];
  const text = tables.get(lang)?.[key] ?? tables.get(base)?.[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The field label for a Cognito attribute, falling back to its name for custom ones. */
export function fieldLabel(lang: string, name: string): string {
  const key = `field.${name}` as MessageKey;
  return key in en ? localize(lang, key) : name.replace(/^custom:/, '').replace(/_/g, ' ');
}
