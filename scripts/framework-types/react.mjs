// cognito-elements/react (React 19, Next.js): defines the tags and types them in TSX, with
// `on<event-name>` props as React 19 attaches them to custom elements (addEventListener).
// cognito-elements/react-wrappers (React 18 and up): components made with @lit/react.
import { pascal } from './model.mjs';

export const reactJs = `// Defines every tag; the TSX typings are in react.d.ts.
import './define.js';
`;

export const reactDts = `import './define.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CognitoElementTypes } from './elements.js';

export type * from './elements.js';

/** Event props as React 19 attaches them to a custom element: \`on\` + the event's name. */
export type CognitoEventProps<Events> = {
  [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void;
};

/**
 * A tag's props in TSX: its attributes and properties, its events, and what every element takes
 * (\`ref\` to the element's class, \`key\`, \`children\`, \`slot\`, \`class\`, \`style\`, \`id\`, ...).
 */
export type CognitoElementProps<Tag extends keyof CognitoElementTypes> = CognitoElementTypes[Tag]['attributes'] &
  CognitoEventProps<CognitoElementTypes[Tag]['events']> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<CognitoElementTypes[Tag]['element']>, CognitoElementTypes[Tag]['element']>,
    keyof CognitoElementTypes[Tag]['attributes']
  > & { class?: string };

type CognitoIntrinsicElements = { [Tag in keyof CognitoElementTypes]: CognitoElementProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CognitoIntrinsicElements {}
  }
}
`;

/** @param {import('./model.mjs').Element[]} elements */
export function wrappersJs(elements) {
  const lines = elements.map((e) => {
    const events = e.events.map((ev) => `on${pascal(ev.name)}: '${ev.name}'`).join(', ');
    return `export const ${e.className} = createComponent({ react: React, tagName: '${e.tag}', elementClass: classes.${e.className}, events: { ${events} }, displayName: '${e.className}' });`;
  });
  return `// React components for every element, made with @lit/react (React 18 and up): properties are
// set as properties, and on<EventName> props listen to the element's events.
import * as React from 'react';
import { createComponent } from '@lit/react';
import * as classes from './index.js';
import './define.js';

${lines.join('\n')}
`;
}

/** @param {import('./model.mjs').Element[]} elements */
export function wrappersDts(elements) {
  const classes = elements.map((e) => `${e.className} as ${e.className}Element`);
  const events = [...new Set(elements.flatMap((e) => e.events.map((ev) => ev.type)))].sort();
  const lines = elements.map((e) => {
    const map = e.events.map((ev) => `on${pascal(ev.name)}: EventName<${ev.type}>`).join('; ');
    return `/** \`<${e.tag}>\`${e.summary ? `: ${e.summary}` : ''} */\nexport declare const ${e.className}: ReactWebComponent<${e.className}Element, { ${map} }>;`;
  });
  return `import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${[...classes, ...events].join(', ')} } from './index.js';

${lines.join('\n')}
`;
}
