// npm run build: dist/ (ES modules + .d.ts, the SDK pre-bundled: scripts/dist-build.mjs),
// dist/dev-pool/ (tsc), dist/cdn/ (rollup) and custom-elements.json (analyzer, then the
// framework entries generated from it). The steps are
// independent (rollup and the analyzer read the sources), so they run in parallel; any failure
// fails the build with its output.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const cem = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');

/** Runs a Node script, collecting its output; rejects with that output on a non-zero exit. */
function node(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`${out}\nexited with ${signal ?? code}`)),
    );
  });
}

async function bundle(name = 'default') {
  const { rollup } = await import('rollup');
  const config = (await import(pathToFileURL(join(root, 'rollup.config.js')).href))[name];
  const warnings = [];
  const build = await rollup({
    ...config,
    onwarn: (warning, defaultHandler) =>
      (config.onwarn ?? ((w, warn) => warn(w)))(warning, (w) =>
        warnings.push(typeof w === 'string' ? w : `(!) ${w.message}`),
      ),
  });
  try {
    await build.write(config.output);
  } finally {
    await build.close();
  }
  return warnings.join('\n');
}

const steps = {
  'dist/ (esbuild, tsc declarations, the SDK, styles.css)': async () => (await import('./dist-build.mjs')).buildDist(),
  'tsc (dist/dev-pool/)': async () => {
    const out = await node([tsc, '-p', 'dev-pool/tsconfig.json']);
    const cli = join(root, 'dist/dev-pool/cli.js');
    if (!existsSync(cli)) throw new Error('dist/dev-pool/cli.js was not emitted');
    chmodSync(cli, 0o755);
    return out;
  },
  'rollup (dist/cdn/cognito-elements.js)': () => bundle(),
  'rollup (dist/cdn/cognito-elements.bundle.js)': async () => {
    const warnings = await bundle('singleFile');
    return [warnings, integrityLine()].filter(Boolean).join('\n');
  },
  // Language files (issue 9): dist/cdn/locales/*.js and the dist/locales/*.js entries.
  'locales (dist/cdn/locales/, dist/locales/)': async () => (await import('./locales-build.mjs')).buildLocales(),
  'custom-elements.json, dist/{react,vue,svelte}.*': async () => {
    const out = await node([cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
    if (!existsSync(join(root, 'custom-elements.json'))) throw new Error(`${out}\nno custom-elements.json written`);
    // The framework entries' typings are generated from it (scripts/framework-types/).
    const { writeFrameworkTypes } = await import('./framework-types/index.mjs');
    return `${out}\n${writeFrameworkTypes(root).length} framework entry files in dist/`.trim();
  },
};

/** The single file's Subresource Integrity hash, as the README's script tag needs it. */
function integrityLine() {
  const file = join(root, 'dist/cdn/cognito-elements.bundle.js');
  const sha384 = createHash('sha384').update(readFileSync(file)).digest('base64');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return `integrity sha384-${sha384}\n<script type="module" src="https://cdn.jsdelivr.net/npm/cognito-elements@${version}/dist/cdn/cognito-elements.bundle.js" integrity="sha384-${sha384}" crossorigin="anonymous"></script>`;
}

const started = performance.now();
rmSync(join(root, 'dist'), { recursive: true, force: true });
const results = await Promise.allSettled(
  Object.entries(steps).map(async ([name, run]) => {
    const t0 = performance.now();
    try {
      const output = await run();
      return { name, ms: performance.now() - t0, output };
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { step: name });
    }
  }),
);

let failed = false;
for (const r of results) {
  if (r.status === 'fulfilled') {
    console.log(`✔ ${r.value.name} ${(r.value.ms / 1000).toFixed(1)}s`);
    if (r.value.output.trim()) console.log(r.value.output.trim().replace(/^/gm, '  '));
  } else {
    failed = true;
    console.error(`✘ ${r.reason.step ?? 'build'} failed:`);
    console.error(String(r.reason.stack ?? r.reason).trim().replace(/^/gm, '  '));
  }
}
if (failed) {
  console.error('build failed');
  process.exit(1);
}
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)}s`);
