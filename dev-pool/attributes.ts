/** User attribute lists ([{ Name, Value }]) checked against the pool's schema, as Cognito does. */
import type { PoolConfig } from './config.js';
import { invalidParameter } from './errors.js';
import { customAttributes, STANDARD_ATTRIBUTES } from './schema.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from './users.js';

const schemaError = (detail: string) => invalidParameter(`Attributes did not conform to the schema: ${detail}`);

/** The names a [{ Name, Value }] list gives, before any other check. */
export const attributeNames = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.map((item) => (item as { Name?: unknown } | null)?.Name).filter((n): n is string => typeof n === 'string') : [];

export interface ParseOptions {
  /** Public sign-up cannot set *_verified; administrators can. */
  allowVerified: boolean;
}

export function parseAttributes(config: PoolConfig, raw: unknown, options: ParseOptions): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (!Array.isArray(raw)) throw invalidParameter('UserAttributes must be a list of { Name, Value }');
  const custom = customAttributes(config.schemaAttributes);
  const attributes: Record<string, string> = {};
  for (const item of raw as unknown[]) {
    const { Name: name, Value: value } = (item ?? {}) as { Name?: unknown; Value?: unknown };
    if (typeof name !== 'string' || name === '') throw invalidParameter('User attribute names must be non-empty strings');
    if (!STANDARD_ATTRIBUTES.has(name) && !custom.has(name)) {
      throw schemaError(`Type for attribute {${name}} could not be determined`);
    }
    if (name === 'sub') throw schemaError('sub: Attribute cannot be updated. (changing an immutable attribute)');
    if (name.endsWith('_verified') && !options.allowVerified) continue;
    const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    if (name === 'email' && !EMAIL_PATTERN.test(text)) throw invalidParameter('Invalid email address format.');
    if (name === 'phone_number' && !PHONE_PATTERN.test(text)) throw invalidParameter('Invalid phone number format.');
    if (name.endsWith('_verified') && text !== 'true' && text !== 'false') {
      throw invalidParameter(`Invalid value for ${name}: must be true or false.`);
    }
    attributes[name] = text;
  }
  return attributes;
}

export function checkRequired(config: PoolConfig, attributes: Record<string, string>): void {
  for (const attribute of config.schemaAttributes) {
    if (attribute.Required && !attributes[attribute.Name]) {
      throw schemaError(`${attribute.Name}: The attribute is required`);
    }
  }
}
