// cognito-elements/svelte: defines the tags and types them in Svelte 5 templates, mapping
// dist/elements.d.ts (generated from custom-elements.json) into SvelteHTMLElements.

/** The JS of the framework entries: they define the tags, as define.js does. */
export const defineJs = `// Defines every tag; the template typings are in the .d.ts beside this file.
import './define.js';
`;

export const svelteDts = `import './define.js';
import type { HTMLAttributes } from 'svelte/elements';
import type { CognitoElementTypes } from './elements.js';

export type * from './elements.js';

/** Event attributes as Svelte 5 attaches them: \`on\` + the event's name. */
export type CognitoSvelteEvents<Events> = {
  [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void;
};

/**
 * A tag's own attributes in Svelte. Svelte writes \`{false}\` on an attribute as the text "false",
 * which the elements' boolean attributes read as false (components/base/flag-attribute.ts): so
 * those take a boolean (or \`''\`, or nothing), never other text.
 */
export type CognitoSvelteOwnAttributes<Tag extends keyof CognitoElementTypes> = {
  [Name in keyof CognitoElementTypes[Tag]['attributes']]: Name extends CognitoElementTypes[Tag]['booleanAttributes']
    ? boolean | '' | null | undefined
    : CognitoElementTypes[Tag]['attributes'][Name];
};

/** A tag's attributes in Svelte: its own, its events, and every HTML element's. */
export type CognitoSvelteAttributes<Tag extends keyof CognitoElementTypes> = CognitoSvelteOwnAttributes<Tag> &
  CognitoSvelteEvents<CognitoElementTypes[Tag]['events']> &
  Omit<HTMLAttributes<CognitoElementTypes[Tag]['element']>, keyof CognitoElementTypes[Tag]['attributes']>;

type CognitoSvelteElements = { [Tag in keyof CognitoElementTypes]: CognitoSvelteAttributes<Tag> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CognitoSvelteElements {}
}
`;
