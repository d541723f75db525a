/**
 * A tiny app using the installed package, as users write it, and its build by each bundler with
 * that bundler's default configuration (no `define`, no polyfill, no CommonJS plugin). Each build
 * returns its JS and every warning the bundler gave, and leaves a page in its output folder.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { viteBuild } from '../../scripts/consumer-app.mjs';

/** The page: settings from the query string (`lang` for <html>, the rest for the provider). */
const page = (script: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>consumer app</title></head>
  <body>
    <cognito-user-pool>
      <cognito-authenticator>
        <div slot="signed-in" id="welcome"><p>Signed in.</p><cognito-sign-out></cognito-sign-out></div>
      </cognito-authenticator>
    </cognito-user-pool>
    <p id="app-state">signed out</p>
    <script>
      for (const [name, value] of new URLSearchParams(location.search)) {
        if (name === 'lang') document.documentElement.lang = value;
        else document.querySelector('cognito-user-pool').setAttribute(name, value);
      }
    </script>
    ${script}
  </body>
</html>
`;

/** The app's code: the define entry, a class from the main entry, its own state from events. */
const MAIN = `import 'cognito-elements/define.js';
import { CognitoAuthenticator } from 'cognito-elements';

const state = document.querySelector('#app-state');
state.dataset.oneClass = String(customElements.get('cognito-authenticator') === CognitoAuthenticator);
for (const type of ['cognito-signed-in', 'cognito-session-restored']) {
  document.addEventListener(type, (event) => (state.textContent = 'signed in as ' + event.detail.username));
}
document.addEventListener('cognito-signed-out', () => (state.textContent = 'signed out'));
`;

export const APP_FILES = { 'index.html': page('<script type="module" src="/main.js"></script>'), 'main.js': MAIN };

export interface Build {
  outDir: string;
  js: { name: string; code: string }[];
  warnings: string[];
}

const jsIn = (outDir: string) =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(outDir, name), 'utf8') }));

/**
 * `esbuild main.js --bundle --outdir=...` (an IIFE for a classic script), returning its inputs
 * with their module format too (Angular's application builder, on esbuild, warns about every
 * input whose format is CommonJS).
 */
export async function esbuildApp(dir: string): Promise<Build & { inputs: Record<string, string | undefined> }> {
  const { build } = await import('esbuild');
  const outDir = join(dir, 'out-esbuild');
  const result = await build({ absWorkingDir: dir, entryPoints: ['main.js'], bundle: true, outdir: outDir, metafile: true, logLevel: 'silent' });
  writeFileSync(join(outDir, 'index.html'), page('<script src="/main.js"></script>'));
  const warnings = result.warnings.map((w) => `${w.text} (${w.location?.file ?? ''})`);
  const inputs = Object.fromEntries(Object.entries(result.metafile.inputs).map(([path, input]) => [path, input.format]));
  return { outDir, js: jsIn(outDir), warnings, inputs };
}

/** Rollup with the node-resolve plugin (what finds packages), ES output in a folder. */
export async function rollupApp(dir: string): Promise<Build> {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const outDir = join(dir, 'out-rollup');
  const warnings: string[] = [];
  const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [nodeResolve()], onwarn: (w) => void warnings.push(`${w.code}: ${w.message}`) });
  await bundle.write({ dir: outDir, format: 'es' });
  await bundle.close();
  writeFileSync(join(outDir, 'index.html'), page('<script type="module" src="/main.js"></script>'));
  return { outDir, js: jsIn(outDir), warnings };
}

/** webpack 5's defaults: production mode, output in dist/ (here out-webpack/). */
export async function webpackApp(dir: string): Promise<Build> {
  const { default: webpack } = await import('webpack');
  const outDir = join(dir, 'out-webpack');
  const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
    webpack({ mode: 'production', context: dir, entry: './main.js', output: { path: outDir } }, (error, result) =>
      error || !result ? reject(error ?? new Error('webpack gave no stats')) : resolve(result),
    ),
  );
  const { warnings = [], errors = [] } = stats.toJson({ all: false, warnings: true, errors: true });
  if (errors.length) throw new Error(`webpack failed:\n${errors.map((e) => e.message).join('\n')}`);
  writeFileSync(join(outDir, 'index.html'), page('<script src="/main.js"></script>'));
  return { outDir, js: jsIn(outDir), warnings: warnings.map((w) => w.message) };
}

/** `vite build` with no config file; the page is the app's own index.html. */
export async function viteApp(dir: string): Promise<Build> {
  const { outDir, warnings } = await viteBuild(dir);
  return { outDir, js: jsIn(outDir), warnings };
}

/**
 * What a browser bundle must not contain: Node's `require(`, `Buffer`, `global` (as the SDK's
 * dependencies use them). Our own `global` (sign-out's attribute, an event's detail) is a
 * property or a local, never `global.` or `typeof global`.
 */
export function nodeLeftovers(code: string): string[] {
  const found = code.match(/.{0,40}(\brequire\s*\(|\bBuffer\b|(?<![.\w$])global(?=\s*[.[])|\btypeof\s+global\b|\bprocess\.env\b).{0,40}/g);
  return found ?? [];
}
