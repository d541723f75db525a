// npm run size [-- --check]: gzip -9 sizes (1 KB = 1000 bytes), API.md "Sizes".
//   dist/cdn/cognito-elements.js — the CDN bundle, held to BUDGET with --check;
//   each earlier issue's elements bundled the same way, held to that issue's budget (STAGES);
//   the npm package in a Vite app — what it adds to the app's JS (scripts/size-app.mjs), held to
//   the CDN file's size + APP_MARGIN;
//   dist/index.js graph — for information: the package's code reachable from its entry (with the
//   pre-bundled SDK), bundled and minified with esbuild, lit / @lit/context / lean-qr external.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_MARGIN, measureApp } from './size-app.mjs';

// The CDN bundle with every element. Issue 4 set 45 KB; the hardening of issue 8 (tab sync, Web
// Locks, cooldowns, re-authentication, live password policy, strict-CSP styles) costs ~2.7 KB, so
// it is held at 48 KB until issue 13's lazy elements and controllers bring it to its 40 KB target.
export const BUDGET = 48_000;

// Each earlier issue's budget, for a bundle of the elements it had (with today's shared core,
// which only makes the check stricter).
const FOUNDATION = ['user-pool', 'sign-up', 'confirm-sign-up', 'sign-in', 'forgot-password', 'sign-out'];
const CHALLENGES = ['mfa-prompt', 'totp-setup', 'new-password', 'custom-challenge', 'authenticator'];
export const STAGES = [
  { name: 'foundation elements (issue: Foundation)', budget: 38_000, elements: FOUNDATION },
  { name: '+ challenges, authenticator (issue: Every sign-in challenge)', budget: 43_500, elements: [...FOUNDATION, ...CHALLENGES] },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CDN_BUNDLE = join(root, 'dist/cdn/cognito-elements.js');

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** @returns {Promise<{ name: string, bytes: number, gzip: number }[]>} */
export async function measure() {
  if (!existsSync(CDN_BUNDLE)) throw new Error('dist/cdn/cognito-elements.js is missing: run `npm run build` first');
  const cdn = readFileSync(CDN_BUNDLE);
  const rows = [{ name: 'dist/cdn/cognito-elements.js', bytes: cdn.length, gzip: gzip(cdn) }];
  const entry = join(root, 'dist/index.js');
  if (existsSync(entry)) {
    const { build } = await import('esbuild');
    const { outputFiles } = await build({
      entryPoints: [entry],
      bundle: true,
      packages: 'external',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = outputFiles[0].contents;
    rows.push({ name: 'dist/index.js graph (with the SDK, minified, deps external)', bytes: code.length, gzip: gzip(code) });
  }
  return rows;
}

/** A bundle, built like the CDN one, that defines only the given elements (folder names). */
async function stageBundle(folders) {
  const { rollup } = await import('rollup');
  const { plugins, onwarn } = await import('../rollup.config.js');
  const registry = readFileSync(join(root, 'components/registry.ts'), 'utf8');
  const lines = folders.map((folder, i) => {
    const [, name] = registry.match(new RegExp(`import \\{ (\\w+) \\} from './${folder}/${folder}.js'`)) ?? [];
    if (!name) throw new Error(`components/registry.ts does not import ${folder}`);
    return `import { ${name} as E${i} } from './components/${folder}/${folder}.ts';\ncustomElements.define('cognito-${folder}', E${i});`;
  });
  const id = join(root, '__size-stage.ts');
  const entry = { name: 'size-stage', resolveId: (s) => (s === id ? id : null), load: (s) => (s === id ? lines.join('\n') : null) };
  const bundle = await rollup({ input: id, onwarn, plugins: plugins([entry]) });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return Buffer.from(output[0].code);
}

export function table(rows) {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  const lines = [`${'file'.padEnd(width)}  ${'bytes'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'gzip KB'.padStart(8)}`];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(width)}  ${String(r.bytes).padStart(9)}  ${String(r.gzip).padStart(9)}  ${kb(r.gzip).padStart(8)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await measure().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const checks = [{ name: 'dist/cdn/cognito-elements.js (every element)', gzip: rows[0].gzip, budget: BUDGET }];
  for (const stage of STAGES) {
    const code = await stageBundle(stage.elements);
    rows.push({ name: stage.name, bytes: code.length, gzip: gzip(code) });
    checks.push({ name: stage.name, gzip: gzip(code), budget: stage.budget });
  }
  const app = await measureApp();
  rows.push({ name: 'npm package in a Vite app: JS added', bytes: app.addedBytes, gzip: app.added });
  checks.push({ name: 'npm package in a Vite app (CDN file + 2 KB)', gzip: app.added, budget: rows[0].gzip + APP_MARGIN });
  console.log(table(rows));
  console.log(`\nVite app: ${app.withPackage} B with the package, ${app.without} B without; on demand: ${
    app.onDemand.map((c) => `${c.name} ${c.gzip} B`).join(', ')}`);
  // Language files (issue 9): fetched on demand beside the bundle, outside every budget.
  const localesDir = join(root, 'dist/cdn/locales');
  if (existsSync(localesDir)) {
    const locales = readdirSync(localesDir).filter((f) => f.endsWith('.js')).sort().map((f) => {
      const code = readFileSync(join(localesDir, f));
      return { name: `dist/cdn/locales/${f}`, bytes: code.length, gzip: gzip(code) };
    });
    console.log(`\nlanguage files (one per page, on demand; not in any budget):\n${table(locales)}`);
  }
  let over = false;
  for (const { name, gzip: size, budget } of checks) {
    const verdict = `${name}: ${size} B (${kb(size)}) gzip, budget ${budget} B (${kb(budget)})`;
    over ||= size > budget;
    console.log(size > budget ? `${verdict}: OVER by ${size - budget} B` : `${verdict}: ${budget - size} B to spare`);
  }
  if (over && process.argv.includes('--check')) process.exit(1);
}
