// cognito-elements/vue: defines the tags and types them in Vue templates (vue-tsc), following
// Vue's recipe for custom elements: \`$props\` for attributes, \`$emit\` for events.
import { jsdoc, key } from './model.mjs';

const camelize = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * vue-tsc checks \`request-timeout="5000"\` against the prop \`requestTimeout\`: it camelizes every
 * attribute name. Vue itself sets the attribute when the element has no property of the name as
 * written, and the property otherwise, so each camelized name takes both types.
 * @param {import('./model.mjs').Element} element
 */
function vueProps(element) {
  const props = new Map();
  for (const p of [...element.attributes, ...element.properties]) {
    const name = camelize(p.name);
    const prop = props.get(name) ?? { types: new Set(), doc: p.doc };
    for (const type of p.type.split(' | ')) prop.types.add(type);
    props.set(name, prop);
  }
  const members = [...props].map(([name, p]) => `${jsdoc(p.doc)}  ${key(name)}?: ${[...p.types].join(' | ')};\n`);
  return `${jsdoc(`\`<${element.tag}>\`'s props in Vue templates: attributes as written in HTML, and properties.`, '')}` +
    `export interface ${element.className}VueProps {\n${members.join('')}}\n`;
}

/** @param {import('./model.mjs').Element[]} elements */
export function vueDts(elements) {
  const classes = elements.map((e) => e.className);
  const components = elements.map((e) => `  '${e.tag}': CognitoVueElement<'${e.tag}', ${e.className}VueProps>;\n`);
  return `import './define.js';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CognitoElementTypes } from './elements.js';
import type { ${classes.join(', ')} } from './index.js';

export type * from './elements.js';

/** A tag as Vue's template type-checking sees it: the element, its props and its events. */
export type CognitoVueElement<Tag extends keyof CognitoElementTypes, Props> = new () => CognitoElementTypes[Tag]['element'] & {
  /** @deprecated For template type-checking only; not on the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated For template type-checking only; not on the element. */
  $emit: EmitFn<{
    [Name in keyof CognitoElementTypes[Tag]['events']]: (event: CognitoElementTypes[Tag]['events'][Name]) => void;
  }>;
};

${elements.map(vueProps).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${components.join('').replace(/^/gm, '  ').trimEnd()}
  }
}
`;
}
