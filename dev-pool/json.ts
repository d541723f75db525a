/**
 * Lenient readers for configuration JSON: real describe-* output has many keys we do not
 * model and the odd null, so a wrong-typed or missing value falls back instead of throwing.
 */
export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
export const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
export const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
export const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
export const strings = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
/** A JSON object whose string values are kept (challenge parameters, for instance). */
export const stringRecord = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(obj(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

export class ConfigError extends Error {}
