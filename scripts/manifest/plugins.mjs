// Custom Elements Manifest plugins that make custom-elements.json say what the code does, since
// the framework typings (scripts/framework-types.mjs) are generated from it.
import { existsSync, readFileSync } from 'node:fs';

/** The element that holds every other one: every event bubbles up through it. */
export const PROVIDER = 'cognito-user-pool';

const EVENTS_DIR = 'src/events';

/**
 * The analyzer turns any `x.y = …` statement in a constructor into a field `y` of the class
 * (`flow.slot = 'flow'` became a `slot` field of the authenticator). Keep only the fields the
 * class declares, or assigns on `this` in its constructor.
 */
export function declaredFieldsOnly() {
  const declared = new Map();
  return {
    name: 'declared-fields-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (member.name && !ts.isPrivateIdentifier(member.name)) names.add(member.name.getText());
        if (ts.isConstructorDeclaration(member)) {
          member.body?.forEachChild(function visit(child) {
            if (ts.isBinaryExpression(child) && ts.isPropertyAccessExpression(child.left) &&
              child.left.expression.kind === ts.SyntaxKind.ThisKeyword) names.add(child.left.name.getText());
            child.forEachChild(visit);
          });
        }
      }
      declared.set(node.name.getText(), names);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = declared.get(declaration.name);
        if (!names || !declaration.members) continue;
        declaration.members = declaration.members.filter((m) => m.kind !== 'field' || names.has(m.name));
      }
    },
  };
}

/**
 * A property read through `jsonAttribute()` is written in HTML as JSON text: its attribute's type
 * is `string`, whatever the property's type is.
 */
export function jsonAttributes() {
  /** `Class.field` of every JSON-converted property. */
  const json = new Set();
  return {
    name: 'json-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      const converter = ts.getDecorators?.(node)
        ?.map((d) => d.expression)
        .filter((call) => ts.isCallExpression(call) && call.expression.getText() === 'property')
        .flatMap((call) => call.arguments.filter(ts.isObjectLiteralExpression))
        .flatMap((options) => options.properties)
        .find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'converter');
      if (converter && /^jsonAttribute\b/.test(converter.initializer.getText())) {
        json.add(`${node.parent.name.getText()}.${node.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const attribute of declaration.attributes ?? []) {
          const owner = attribute.inheritedFrom?.name ?? declaration.name;
          if (json.has(`${owner}.${attribute.fieldName}`)) attribute.type = { text: 'string' };
        }
      }
    },
  };
}

/**
 * Every `@fires` gets its event's TypeScript type, read from `src/events/<name>.ts` (one file per
 * event); an event without such a file fails the build. Events that bubble up to an element are
 * listed on it too, since that is where a page listens: the provider receives every element's
 * events, and an element that renders others (the authenticator) receives theirs.
 */
export function eventTypes() {
  /** Class name → the tags of our elements its module renders. */
  const renders = new Map();
  return {
    name: 'event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = new Set();
      node.forEachChild(function visit(child) {
        if (ts.isTaggedTemplateExpression(child) && child.tag.getText() === 'html') {
          for (const [, tag] of child.template.getText().matchAll(/<(cognito-[a-z-]+)/g)) tags.add(tag);
        }
        child.forEachChild(visit);
      });
      renders.set(node.name.getText(), tags);
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = declarationsOf(customElementsManifest).filter((d) => d.customElement && d.tagName);
      for (const element of elements) for (const event of element.events ?? []) typeEvent(event);
      const own = new Map(elements.map((e) => [e.tagName, [...(e.events ?? [])]]));
      for (const element of elements) {
        const inner = element.tagName === PROVIDER
          ? elements.map((e) => e.tagName).filter((tag) => tag !== PROVIDER)
          : [...(renders.get(element.name) ?? [])].filter((tag) => own.has(tag) && tag !== element.tagName);
        addBubbling(element, inner, own);
      }
    },
  };
}

function addBubbling(element, inner, own) {
  const mine = new Set((element.events ?? []).map((e) => e.name));
  const from = new Map();
  for (const tag of inner) {
    for (const event of own.get(tag)) {
      if (mine.has(event.name)) continue;
      if (!from.has(event.name)) from.set(event.name, { type: event.type, tags: [] });
      from.get(event.name).tags.push(tag);
    }
  }
  for (const [name, { type, tags }] of from) {
    const description = `Bubbles up from ${tags.map((t) => `\`<${t}>\``).join(', ')} inside.`;
    (element.events ??= []).push({ name, type, description });
  }
}

function typeEvent(event) {
  const file = `${EVENTS_DIR}/${event.name}.ts`;
  if (!existsSync(file)) throw new Error(`custom-elements.json: @fires ${event.name} has no ${file}`);
  const name = readFileSync(file, 'utf8').match(/export type (\w+Event)\b/)?.[1];
  if (!name) throw new Error(`custom-elements.json: ${file} exports no event type`);
  event.type = { text: name, references: [{ name, module: file }] };
}

function declarationsOf(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []);
}
