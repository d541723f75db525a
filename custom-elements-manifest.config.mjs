// Custom Elements Manifest (custom-elements.json at the package root, package.json
// `customElements`), from the TypeScript sources' JSDoc (@summary, @fires, @cssprop, ...).
//
// Two things the analyzer cannot see by itself, added by the plugins below (and, in
// scripts/manifest/plugins.mjs, event types, bubbling events, JSON attributes and a fix):
//  - tag names: class modules never define a tag (API.md); components/registry.ts maps tag →
//    class and define.ts registers that map. The plugin reads the map, marks each class as a
//    custom element with its tag (unless JSDoc already gave one) and records the definitions
//    on a `dist/define.js` module, which is where they happen.
//  - published paths: the .ts sources are not shipped, so paths point at dist/*.js.
import { declaredFieldsOnly, eventTypes, jsonAttributes } from './scripts/manifest/plugins.mjs';

const REGISTRY = 'components/registry.ts';

const toDist = (value) =>
  typeof value === 'string' && /^((components|src)\/.+|index|define)\.ts$/.test(value)
    ? `dist/${value.replace(/\.ts$/, '.js')}`
    : value;

function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'path' || key === 'module') node[key] = toDist(value);
    else rewritePaths(value);
  }
}

function registryTags() {
  /** tag → class name, in registration order. */
  const tags = new Map();
  return {
    name: 'registry-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== REGISTRY || !ts.isVariableDeclaration(node) || node.name.getText() !== 'elements') return;
      let init = node.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init) || ts.isParenthesizedExpression(init))) {
        init = init.expression;
      }
      if (!init || !ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        if (ts.isPropertyAssignment(prop) && ts.isStringLiteral(prop.name) && ts.isIdentifier(prop.initializer)) {
          tags.set(prop.name.text, prop.initializer.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const [tag, className] of tags) {
        for (const mod of customElementsManifest.modules) {
          const declaration = mod.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName ??= tag;
          definitions.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: mod.path } });
        }
      }
      if (tags.size === 0) console.warn(`custom-elements.json: no tag map found in ${REGISTRY}; tag names are missing`);
      if (definitions.length > 0) {
        customElementsManifest.modules.push({ kind: 'javascript-module', path: 'define.ts', declarations: [], exports: definitions });
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', 'components/**/*.test.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  quiet: true,
  plugins: [
    registryTags(),
    declaredFieldsOnly(),
    jsonAttributes(),
    eventTypes(),
    {
      name: 'dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};
