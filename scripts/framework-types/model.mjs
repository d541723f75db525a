// custom-elements.json → what the framework typings need of each element: its class, its
// attributes as written in HTML, its settable properties and its events, each with its type.

/**
 * @typedef {{ name: string, type: string, doc?: string, boolean?: boolean }} Prop
 * @typedef {{ tag: string, className: string, summary?: string, attributes: Prop[], properties: Prop[], events: Prop[] }} Element
 */

const PRIMITIVES = new Set(['string', 'boolean', 'number']);

/** @returns {Element[]} every custom element of the manifest, in tag order. */
export function elementsOf(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  return declarations
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: d.summary,
      attributes: (d.attributes ?? []).map((a) => attribute(d, a)),
      properties: properties(d),
      events: (d.events ?? []).map((e) => {
        if (!e.type?.text) throw new Error(`custom-elements.json: <${d.tagName}>'s event ${e.name} has no type`);
        return { name: e.name, type: e.type.text, doc: e.description };
      }),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * An attribute's value in a template. Frameworks set a property instead of the attribute when
 * the element has one of that name (React 19, Vue, Svelte: `name in element`), so such a name
 * takes the property's type (`labels` is an object there); any other name is written as the
 * attribute: text, a boolean (\`boolean\`: present, absent, or the text "false" that Vue, Svelte
 * and Angular write for false, which reads as false), or a number (also as its text, as in HTML).
 */
function attribute(declaration, a) {
  const field = a.fieldName;
  const text = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
  let type;
  if (field && a.name === field) type = propertyType(declaration, field);
  else if (text === 'number') type = 'number | `${number}`';
  else if (text === 'boolean') return { name: a.name, type: text, doc: a.description, boolean: true };
  else if (PRIMITIVES.has(text)) type = text;
  else if (field) type = propertyType(declaration, field);
  else throw new Error(`custom-elements.json: <${declaration.tagName}>'s attribute ${a.name} has type ${text} and no property`);
  return { name: a.name, type, doc: a.description };
}

/** The public, writable fields under their own names (when that differs from the attribute's). */
function properties(declaration) {
  const attributes = new Set((declaration.attributes ?? []).map((a) => a.name));
  return (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
    .filter((m) => !attributes.has(m.name))
    .map((m) => ({
      name: m.name,
      type: propertyType(declaration, m.name),
      doc: m.attribute ? `The \`${m.attribute}\` attribute, as a property.` : m.description,
    }));
}

const propertyType = (declaration, field) => `${declaration.name}['${field}']`;

/** A JSDoc comment, indented; nothing without text. */
export function jsdoc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A property key, quoted when it is not an identifier. */
export const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** `cognito-signed-in` → `CognitoSignedIn`. */
export const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
