import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of every boolean attribute, so that frameworks can turn one off. HTML reads any
 * present boolean attribute as true, but Vue, Svelte and Angular write `false` into an attribute
 * as the text "false" (Vue's `:with-password="false"` before the element is upgraded or whenever
 * the binding names the attribute; Angular's `[attr.hide-sign-up]="false"`); it reads as false
 * here, as Stencil does, so a binding means what it says. Any other value (`""`, the name, "true")
 * is true. Used as `@property({ type: Boolean, attribute: '…', converter: flag })`: the literal
 * keeps the attribute visible to the manifest analyzer (custom-elements.json, framework types).
 */
export const flag: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? '' : null),
};
