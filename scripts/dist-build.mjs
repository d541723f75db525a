// The package's dist/ (the CDN bundle and language files are built elsewhere):
// - JS: one ES module per source file, compiled by esbuild exactly as the CDN bundle and the
//   component tests compile it (tsc's decorator helper tests `this` at the top level, which
//   Rollup warns about in every app that bundles it);
// - types: tsc's declarations;
// - the SDK: amazon-cognito-identity-js with the stand-ins of src/shims/ bundled as one ES module
//   over dist/src/auth/sdk.js (rollup.config.js `sdkBuild`), and its types beside it, so dist/
//   refers to the SDK nowhere and an app installs none of it (no CommonJS, Buffer or `global`
//   for the app's bundler to meet);
// - dist/styles.css: the rule that hides an authenticator's signed-in content before upgrade.
import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** tsconfig.json's `include`: index.ts, define.ts, lazy.ts, sdk-adapter.ts, src/ and components/. */
const sources = () => [
  'index.ts',
  'define.ts',
  'lazy.ts',
  'sdk-adapter.ts',
  ...['src', 'components'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => join(dir, name)),
  ),
];

async function compile() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: sources(),
    outdir: join(root, 'dist'),
    outbase: root,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    sourcemap: true,
    logLevel: 'silent',
    // The stylesheet ships minified, as in the CDN bundle (scripts/minify-css.mjs).
    plugins: [(await import('./minify-css.mjs')).minifyCssEsbuild()],
  });
}

const declarations = async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.json', '--emitDeclarationOnly'], { cwd: root });
  return stdout + stderr;
};

/**
 * esbuild writes its decorator helper into each of the 15 modules with decorators; an app's
 * bundler keeps every copy. Here they import one module instead (as the CDN build does,
 * rollup.config.js). The helper's lines become the import and as many empty lines, so each
 * file's source map still points at the right lines.
 */
async function shareDecoratorHelper() {
  const { DECORATOR_HELPER } = await import(pathToFileURL(join(root, 'rollup.config.js')).href);
  const dist = join(root, 'dist');
  const shared = join(dist, 'src/decorate-class.js');
  let text;
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js') || name.startsWith('cdn') || name.startsWith('dev-pool')) continue;
    const file = join(dist, name);
    const code = readFileSync(file, 'utf8');
    const found = code.match(DECORATOR_HELPER);
    if (!found) continue;
    if (found.index !== 0 || (text !== undefined && text !== found[0])) throw new Error(`${name}: esbuild's decorator helper is not the one shared`);
    text = found[0];
    const from = relative(dirname(file), shared).replaceAll('\\', '/');
    const lines = found[0].split('\n').length - 1;
    writeFileSync(file, `import { __decorateClass } from "${from.startsWith('.') ? from : `./${from}`}";${'\n'.repeat(lines)}${code.slice(found[0].length)}`);
  }
  if (text === undefined) throw new Error('no module in dist/ holds esbuild\'s decorator helper: is it still needed?');
  writeFileSync(shared, `// esbuild's decorator helper, once for every element module (scripts/dist-build.mjs).\n${text}export { __decorateClass };\n`);
}

export async function buildDist() {
  const [out] = await Promise.all([declarations(), compile().then(shareDecoratorHelper)]);
  copyFileSync(join(root, 'styles.css'), join(root, 'dist/styles.css'));
  return out + (await buildSdk());
}
const SDK = 'amazon-cognito-identity-js';
const TYPES = './amazon-cognito-identity-js.js';

/**
 * The SDK's index.d.ts wraps everything in `declare module 'amazon-cognito-identity-js' { }`;
 * unwrapped, it is the module dist/src/auth/amazon-cognito-identity-js.d.ts.
 */
function sdkTypes() {
  const text = readFileSync(join(root, 'node_modules', SDK, 'index.d.ts'), 'utf8');
  const open = text.indexOf(`declare module '${SDK}' {`);
  const close = text.lastIndexOf('}');
  if (open < 0 || close < open) throw new Error(`${SDK}/index.d.ts is no longer one \`declare module\` block`);
  const body = text.slice(text.indexOf('{', open) + 1, close).replace(/^\t/gm, '');
  return `// The types of ${SDK} (its index.d.ts, Apache-2.0), for dist/src/auth/sdk.js.\n${body.trim()}\n`;
}

async function buildSdk() {
  const { rollup } = await import('rollup');
  const { sdkBuild } = await import(pathToFileURL(join(root, 'rollup.config.js')).href);
  const warnings = [];
  const bundle = await rollup({ ...sdkBuild, onwarn: (w, warn) => sdkBuild.onwarn(w, () => warnings.push(`(!) ${w.message}`)) });
  try {
    await bundle.write(sdkBuild.output);
  } finally {
    await bundle.close();
  }
  const code = readFileSync(join(root, sdkBuild.output.file), 'utf8');
  const leftover = code.match(/\brequire\s*\(|\bBuffer\b|(?<![.\w$])global(?=\s*[.[])|typeof global\b/);
  if (leftover) throw new Error(`${sdkBuild.output.file} still has \`${leftover[0]}\`: a stand-in is missing`);

  const dir = join(root, 'dist/src/auth');
  writeFileSync(join(dir, 'amazon-cognito-identity-js.d.ts'), sdkTypes());
  // Apache-2.0, section 4: the licence and the NOTICE file travel with the SDK's code.
  for (const file of ['LICENSE.txt', 'NOTICE.txt']) copyFileSync(join(root, 'node_modules', SDK, file), join(dir, `${SDK}.${file}`));
  // tsc's sdk.d.ts re-exports from, and augments, the SDK: point both at the shipped types.
  const declarations = readFileSync(join(dir, 'sdk.d.ts'), 'utf8');
  const pointed = declarations.replaceAll(`'${SDK}'`, `'${TYPES}'`);
  if (pointed === declarations) throw new Error('dist/src/auth/sdk.d.ts does not refer to the SDK');
  writeFileSync(join(dir, 'sdk.d.ts'), pointed);
  return warnings.join('\n');
}
