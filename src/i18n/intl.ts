/**
 * The language's own formats from Intl, for what the tables cannot hold: lists and dates. A tag
 * Intl refuses (`en-us@posix` from some systems) falls back to English, and a browser without
 * Intl.ListFormat (Safari before 14.1) to a comma list.
 */

/** `["A", "B", "C"]` → "A, B and C" (en), "A、B、C" (ja), "A وB وC" (ar): a conjunction in the page's language. */
export function formatList(lang: string, items: readonly string[]): string {
  if (typeof Intl.ListFormat !== 'function') return items.join(', ');
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
  }
}

/** The language's medium date format ("Dec 6, 2026", "6 déc. 2026"). */
export function dateFormat(lang: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  }
}
