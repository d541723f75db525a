import type { FieldOptions } from '../templates/fields.js';

type AttributeInput = Pick<FieldOptions, 'type' | 'autocomplete' | 'inputmode'>;

/**
 * How each standard Cognito attribute is typed: the input type and the autocomplete token that
 * lets browsers and password managers fill it. Anything else (including `custom:*`) is plain
 * text with autofill off.
 */
const inputs: Record<string, AttributeInput> = {
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel' },
  name: { autocomplete: 'name' },
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  middle_name: { autocomplete: 'additional-name' },
  nickname: { autocomplete: 'nickname' },
  birthdate: { type: 'date', autocomplete: 'bday' },
  gender: { autocomplete: 'sex' },
  locale: { autocomplete: 'language' },
  address: { autocomplete: 'street-address' },
  website: { type: 'url', autocomplete: 'url' },
  profile: { type: 'url', autocomplete: 'url' },
  picture: { type: 'url', autocomplete: 'photo' },
};

/** The field options for one Cognito attribute (label and hint come from the i18n table). */
export function attributeInput(name: string): AttributeInput & { name: string } {
  return { name, type: 'text', autocomplete: 'off', ...inputs[name] };
}

/** A space-separated attribute list (`"email phone_number"`) as unique names. */
export function attributeNames(list: string | null | undefined): string[] {
  return [...new Set((list ?? '').split(/\s+/).filter(Boolean))];
}

/**
 * Makes `element.attributes = 'email name'` set the `attributes` attribute, for the elements that
 * have one. React 19 and Vue set a custom element's prop as a property whenever the element has
 * a property of that name, and every element has `attributes` (its read-only NamedNodeMap): React
 * threw a TypeError, Vue dropped the value with a warning. Reading it still gives the NamedNodeMap.
 */
export function acceptAttributeList(element: { prototype: HTMLElement }): void {
  const parent = Object.getPrototypeOf(element.prototype) as object;
  Object.defineProperty(element.prototype, 'attributes', {
    configurable: true,
    get(this: HTMLElement) {
      return Reflect.get(parent, 'attributes', this);
    },
    set(this: HTMLElement, value: unknown) {
      if (value === null || value === undefined) this.removeAttribute('attributes');
      else this.setAttribute('attributes', String(value));
    },
  });
}
