import { en, type MessageKey, type Translation } from './en.js';
import { LOADERS } from './loaders.js';

export type { MessageKey, Translation };
export type MessageParams = Record<string, string | number | undefined>;

/** Shipped tables, loaded on demand (loaders.ts) or provided by `cognito-elements/locales/<lang>.js`. */
const shipped = new Map<string, Partial<Translation>>([['en', en]]);
/** registerTranslation's tables: they win over shipped ones, key by key. */
const overrides = new Map<string, Partial<Translation>>();
const requested = new Map<string, Promise<void>>([['en', Promise.resolve()]]);
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * Adds or extends a language. Missing keys fall back to the shipped table, the base language,
 * then English, so a partial table is safe. Elements already on the page re-render.
 */
export function registerTranslation(lang: string, table: Partial<Translation>): void {
  const code = lang.toLowerCase();
  overrides.set(code, { ...overrides.get(code), ...table });
  notify();
}

/** A shipped language's full table, from a loader or the explicit `locales/<lang>.js` entry. */
export function provideLanguage(lang: string, table: Translation): void {
  const code = lang.toLowerCase();
  if (!requested.has(code)) requested.set(code, Promise.resolve());
  shipped.set(code, table);
  notify();
}

/** Called whenever a translation is registered or arrives; returns the unsubscribe function. */
export function onTranslationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Hebrew's old code, which browsers and pages still send; and Norwegian's macrolanguage code, which
 * pages written in Bokmål (nearly all Norwegian text) often carry.
 */
const ALIASES: Record<string, string> = { iw: 'he', no: 'nb' };

/**
 * Chinese has one table per script: Traditional (`zh-tw`, Taiwan's terms) for zh-Hant, zh-HK and
 * zh-MO; Simplified (`zh-cn`) for zh-Hans, zh-SG and bare zh — the script CLDR implies for the tag.
 */
function chineseTable(code: string): string {
  try {
    return new Intl.Locale(code).maximize().script === 'Hant' ? 'zh-tw' : 'zh-cn';
  } catch {
    return /-(hant|tw|hk|mo)\b/.test(code) ? 'zh-tw' : 'zh-cn'; // not a BCP 47 tag: guess from its subtags
  }
}

const candidatesByTag = new Map<string, string[]>();

/** `pt-BR` → [`pt-br`, `pt`], `zh-HK` → [`zh-hk`, `zh-tw`, `zh`]: the codes tried before English. */
function candidates(lang: string): string[] {
  let codes = candidatesByTag.get(lang);
  if (!codes) {
    const code = lang.toLowerCase();
    const first = code.split('-')[0];
    const base = ALIASES[first] ?? first;
    codes = [...new Set([code, first === 'zh' ? chineseTable(code) : `${base}${code.slice(first.length)}`, base])];
    candidatesByTag.set(lang, codes); // every localize() call asks: work it out once per tag
  }
  return codes;
}

/**
 * Starts downloading the shipped table(s) `lang` needs, once; resolves when they are in.
 * localize() calls it, so a page fetches its own language only, the first time it is shown.
 */
export function loadLanguage(lang: string): Promise<void> {
  return Promise.all(
    candidates(lang).map((code) => {
      const load = LOADERS[code];
      if (!load) return undefined;
      let pending = requested.get(code);
      if (!pending) {
        pending = load().then(
          (module) => provideLanguage(code, module.default),
          () => void requested.delete(code), // offline or a missing chunk: English meanwhile, retried next render
        );
        requested.set(code, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** The languages with a shipped table, lower-case (`pt-br`, `zh-cn`). */
export const shippedLanguages = (): string[] => ['en', ...Object.keys(LOADERS)];

/**
 * The language an element speaks: the nearest `lang` attribute, then the document's, then the
 * browser's. Never throws without a DOM (server rendering, Node).
 */
export function resolveLanguage(el?: Element): string {
  const closest = el && typeof el.closest === 'function' ? el.closest('[lang]')?.getAttribute('lang') : undefined;
  const fromDom = closest || (typeof document === 'undefined' ? '' : document.documentElement?.lang);
  const fromNavigator = typeof navigator === 'undefined' ? '' : navigator.language;
  return (fromDom || fromNavigator || 'en').toLowerCase();
}

/** Languages written right to left (by base code). */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function isRightToLeft(lang: string): boolean {
  return RTL.has(lang.toLowerCase().split('-')[0]);
}

/** English of code that loads on demand (the en-*.ts tables), added by that code. */
const moreEnglish: Partial<Translation> = {};

export function addEnglish(table: Partial<Translation>): void {
  Object.assign(moreEnglish, table);
}

function lookup(lang: string, key: MessageKey): string {
  for (const code of candidates(lang)) {
    const text = overrides.get(code)?.[key] ?? shipped.get(code)?.[key];
    if (text !== undefined) return text;
  }
  return overrides.get('en')?.[key] ?? (en as Partial<Translation>)[key] ?? moreEnglish[key] ?? key;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const cached = <T>(cache: Map<string, T>, lang: string, make: (locale: string) => T): T => {
  let value = cache.get(lang);
  if (!value) {
    let locale = 'en';
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      // not a BCP 47 tag: English number rules
    }
    value = make(locale);
    cache.set(lang, value);
  }
  return value;
};

function formatValue(lang: string, value: string | number | Date): string {
  if (typeof value === 'number') return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l)).format(value);
  if (value instanceof Date) return value.toLocaleString(lang);
  return String(value);
}

// ICU's plural subset: `{count, plural, one {# character} other {# characters}}`; `=0` works too.
const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/**
 * The text for `key` in `lang`, placeholders filled: numbers and dates through Intl, plurals by
 * Intl.PluralRules. Starts loading `lang` if it is shipped and not there yet (elements re-render
 * when it arrives).
 */
export function localize(lang: string, key: MessageKey, params: MessageParams = {}): string {
  void loadLanguage(lang);
  const text = lookup(lang, key).replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2]]));
    const category = cached(pluralRules, lang, (l) => new Intl.PluralRules(l)).select(value);
    const branch = branches.get(`=${value}`) ?? branches.get(category) ?? branches.get('other') ?? '';
    return branch.replace(/#/g, formatValue(lang, value));
  });
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(lang, value);
  });
}

/**
 * Languages whose sentences take a field's label as written: German and Luxembourgish keep a
 * noun's capital mid-sentence; Polish, Russian and Ukrainian quote it as a name (Заполните поле
 * «Фамилия») and Turkish opens the sentence with it, so no case ending has to fit the label.
 */
const LABELS_AS_WRITTEN = new Set(['de', 'lb', 'pl', 'ru', 'uk', 'tr']);

/** A field label as it reads inside a sentence ("Enter your {field}."): lower-case where the language does so. */
export function labelInSentence(lang: string, label: string): string {
  const base = lang.toLowerCase().split('-')[0];
  if (LABELS_AS_WRITTEN.has(base)) return label;
  try {
    return label.toLocaleLowerCase(lang);
  } catch {
    return label.toLowerCase();
  }
}

/**
 * Whether `typed` is `word` (a confirmation word such as deleteAccount's), in any case and by the
 * language's own collation: Turkish "sil" is "SİL", Vietnamese "xoá" is "XÓA", whatever the
 * browser's locale; a letter the language counts as its own (Polish "ń") still has to be typed.
 */
export function sameWord(lang: string, typed: string, word: string): boolean {
  try {
    return typed.localeCompare(word, lang, { sensitivity: 'base' }) === 0;
  } catch {
    return typed.toLowerCase() === word.toLowerCase(); // not a BCP 47 tag
  }
}

/** The field label for a Cognito attribute, falling back to its name for custom ones. */
export function fieldLabel(lang: string, name: string): string {
  const key = `field.${name}` as MessageKey;
  return key in en ? localize(lang, key) : name.replace(/^custom:/, '').replace(/_/g, ' ');
}
