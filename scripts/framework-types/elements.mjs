// dist/elements.d.ts: every element's attributes, properties and events as TypeScript
// interfaces, the one description the framework entries (react, vue, svelte) map from.
import { jsdoc, key } from './model.mjs';

/** @param {import('./model.mjs').Element[]} elements */
export function elementTypes(elements) {
  const classes = elements.map((e) => e.className);
  const events = [...new Set(elements.flatMap((e) => e.events.map((ev) => ev.type)))].sort();
  const parts = [
    `import type { ${[...classes, ...events].join(', ')} } from './index.js';\n`,
  ];
  for (const e of elements) {
    const members = [...e.attributes, ...e.properties].map((p) => `${jsdoc(p.doc)}  ${key(p.name)}?: ${p.type};\n`);
    parts.push(
      `${jsdoc(`\`<${e.tag}>\`'s attributes as written in HTML, and its properties.`, '')}` +
        `export interface ${e.className}Attributes {\n${members.join('')}}\n`,
      `${jsdoc(`\`<${e.tag}>\`'s events (they bubble, so events of elements inside it are here too).`, '')}` +
        `export interface ${e.className}Events {\n${e.events.map((ev) => `${jsdoc(ev.doc)}  '${ev.name}': ${ev.type};\n`).join('')}}\n`,
    );
  }
  const entries = elements.map((e) => {
    const booleans = e.attributes.filter((a) => a.boolean).map((a) => `'${a.name}'`).join(' | ') || 'never';
    return `${jsdoc(e.summary)}  '${e.tag}': { element: ${e.className}; attributes: ${e.className}Attributes; events: ${e.className}Events; booleanAttributes: ${booleans} };\n`;
  });
  parts.push(
    `${jsdoc('Every element by tag: its class, its attributes and properties, its events, and which attributes are set by their presence.', '')}` +
      `export interface CognitoElementTypes {\n${entries.join('')}}\n`,
  );
  return parts.join('\n');
}
