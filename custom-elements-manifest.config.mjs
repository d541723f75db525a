// Custom Elements Manifest (custom-elements.json at the package root, package.json
// `customElements`). The analyzer reads the TypeScript sources' JSDoc (@summary, @fires,
// @cssprop, ...); paths are rewritten to the published dist/*.js modules, because the .ts sources
// are not shipped.
const toDist = (value) =>
  typeof value === 'string' && /^(components|src)\/.+\.ts$/.test(value)
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

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', 'components/**/*.test.ts', 'components/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  quiet: true,
  plugins: [
    {
      name: 'dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};
