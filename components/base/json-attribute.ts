import type { ComplexAttributeConverter } from 'lit';
import { parseJson } from './safe-json.js';

const NOT_JSON = Symbol('not JSON');

/**
 * Reads a JSON attribute (`labels='{"custom:team":"Team"}'`); JSON that does not parse is
 * reported on the console and read as undefined, so the element keeps its defaults.
 */
export function jsonAttribute<T>(tag: string, attribute: string): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value: string | null): T | undefined {
      const parsed = parseJson<T | typeof NOT_JSON | undefined>(value, value ? NOT_JSON : undefined);
      if (parsed !== NOT_JSON) return parsed;
      console.warn(`<${tag}>: the ${attribute} attribute is not JSON, so it is ignored: ${value}`);
      return undefined;
    },
    toAttribute: (value: T | undefined) => (value === undefined ? null : JSON.stringify(value)),
  };
}
