// npm run size [-- --check]: gzip -9 sizes (1 KB = 1000 bytes), API.md "Sizes". Checked:
//   - every element together: the CDN entry with all its chunks (dist/cdn/, without the language
//     files), what a page showing every element downloads;
//   - a sign-in page before its form is visible: the entry, its static imports and the sign-in
//     chunk with its own (the Cognito adapter loads after the form: src/auth/lazy-adapter.ts);
//   - the single file (dist/cdn/cognito-elements.bundle.js, for Subresource Integrity);
//   - each earlier issue's elements bundled into one file, held to that issue's budget (STAGES);
//   - the npm package in a Vite app: what it adds to the app's JS (scripts/size-app.mjs), held to
//     the single file's size + APP_MARGIN.
//   dist/index.js graph — for information: the package's code reachable from its entry (with the
//   language tables it imports on demand), bundled and minified with esbuild, lit / @lit/context / lean-qr external.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_MARGIN, measureApp } from './size-app.mjs';

// Issue 13's targets. Every element together is held at ALL_ELEMENTS until it reaches
// ALL_ELEMENTS_TARGET (the report prints the gap). Issue 10's USER_AUTH and passkeys (on-demand
// chunks) took it from 54.4 to 66.2 KB; the direct adapter (src/auth/direct/, no SDK; its SRP
// and JSON client shared with USER_AUTH) brought it to 58.5; the stylesheet minified, the chunk
// layout of rollup.config.js (18 files -> 12), one decorator helper and one challenge-answer
// table to 55.8; the entry's diet (the identity-pool client is a chunk of its own, and the
// English split by element group compresses apart) put 0.6 KB back: 56.5; the look and language
// work (addresses, numbers and codes isolated left to right, lists by Intl.ListFormat, the ways to
// sign in as buttons, the passkey list and main actions styled) +0.6 KB: 57.1; username-attributes
// (pools that sign in with the e-mail address or phone number, showing the address rather than
// the UUID) +0.5 KB: 57.6; sign-up's e-mail and phone fields in pools that take either as the
// user name (the field the user name already is optional, its hint and mismatch in English, a
// required attribute Cognito names said at its field) +0.55 KB: 58.2.
export const ALL_ELEMENTS = 58_300;
export const ALL_ELEMENTS_TARGET = 40_000;
// Issue 13 asked for 30 KB; the entry is 22.2 KB since it carries only what a password sign-in
// form needs (the other elements' English, the identity-pool client and the account calls load
// with the code that uses them), so the budget holds that gain. +0.1 KB for saying a required
// attribute Cognito names at its field (sign-up in pools that take an e-mail or a phone number).
export const SIGN_IN_PAGE = 23_100;
// The single file with every element: issue 4 set 45 KB; the hardening of issue 8 costs ~2.7 KB;
// issue 13's controllers (+0.65 KB), issue 9's look (show/hide password, one message per error,
// where a code went: +0.5 KB) and typed challenge parameters (+0.3 KB) another ~1 KB. Held here
// until the direct adapter (no SDK) takes the whole library under 40 KB; then these come down.
// The single file holds every element, so issue 10's USER_AUTH and <cognito-passkeys> (+7.4 KB)
// are in it; the direct adapter took it from 56.4 to 49.1 KB, the cuts above to 48.8, the look
// and language work above +0.5 KB: 49.3, username-attributes +0.4 KB: 49.7, sign-up's e-mail or
// phone fields +0.4 KB: 50.1.
export const SINGLE_FILE = 50_200;

// Each earlier issue's budget (38 / 43.5 KB), for a bundle of the elements it had (with today's
// shared core, which only makes the check stricter); held just above what they measure (33.2 / 40.0
// with the look and language work: right-to-left isolation, Intl lists, the new styles; and
// username-attributes; and sign-up's e-mail or phone fields; the foundation +26 B for one
// signInName() that the challenge steps share instead of each picking the name).
const FOUNDATION = ['user-pool', 'sign-up', 'confirm-sign-up', 'sign-in', 'forgot-password', 'sign-out'];
const CHALLENGES = ['mfa-prompt', 'totp-setup', 'new-password', 'custom-challenge', 'authenticator'];
export const STAGES = [
  { name: 'foundation elements (issue: Foundation)', budget: 33_300, elements: FOUNDATION },
  { name: '+ challenges, authenticator (issue: Every sign-in challenge)', budget: 40_100, elements: [...FOUNDATION, ...CHALLENGES] },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CDN = join(root, 'dist/cdn');
export const CDN_BUNDLE = join(CDN, 'cognito-elements.js');
export const SINGLE_FILE_PATH = join(CDN, 'cognito-elements.bundle.js');

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The CDN build's JS files (entry and chunks, no language files), with their imports. */
function cdnGraph() {
  const files = ['cognito-elements.js', ...readdirSync(join(CDN, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  const graph = new Map();
  for (const file of files) {
    const code = readFileSync(join(CDN, file));
    const text = code.toString('utf8');
    const resolve = (spec) => relative(CDN, join(CDN, dirname(file), spec)).replaceAll('\\', '/');
    // rollup's minified output: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`, `import("./x.js")`.
    const dynamic = [...text.matchAll(/import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g)].map((m) => resolve(m[1]));
    const imports = [...text.matchAll(/(?:import|export)\s*(?:[^"'();]*?from\s*)?"(\.{1,2}\/[^"]+)"/g)]
      .map((m) => resolve(m[1]))
      .filter((f) => files.includes(f));
    graph.set(file, { bytes: code.length, gzip: gzip(code), imports, dynamic: dynamic.filter((f) => files.includes(f)) });
  }
  return graph;
}

/** `start` and everything it imports statically. */
function closure(graph, start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const next of graph.get(start)?.imports ?? []) closure(graph, next, seen);
  return seen;
}

const sum = (graph, files) => [...files].reduce((total, f) => ({ bytes: total.bytes + graph.get(f).bytes, gzip: total.gzip + graph.get(f).gzip }), { bytes: 0, gzip: 0 });

/** @returns {Promise<{ name: string, bytes: number, gzip: number }[]>} the rows; [0] every element, [1] sign-in page, [2] single file */
export async function measure() {
  if (!existsSync(CDN_BUNDLE) || !existsSync(SINGLE_FILE_PATH)) throw new Error('dist/cdn/ is missing: run `npm run build` first');
  const graph = cdnGraph();
  const entry = 'cognito-elements.js';
  // The sign-in form is in the entry (cdn.ts) or a chunk of its own; its source map says which.
  const signIn = [...graph.keys()].find((file) =>
    JSON.parse(readFileSync(join(CDN, `${file}.map`), 'utf8')).sources.some((source) => source.endsWith('components/sign-in/sign-in.ts')),
  );
  if (!signIn) throw new Error('no file of dist/cdn/ holds components/sign-in/sign-in.ts');
  const beforeForm = closure(graph, signIn, closure(graph, entry));
  const single = readFileSync(SINGLE_FILE_PATH);
  const rows = [
    { name: `every element: dist/cdn/ entry + ${graph.size - 1} chunks`, ...sum(graph, graph.keys()) },
    { name: `sign-in page before its form (${[...beforeForm].join(', ')})`, ...sum(graph, beforeForm) },
    { name: 'single file: dist/cdn/cognito-elements.bundle.js', bytes: single.length, gzip: gzip(single) },
  ];
  for (const [file, { bytes, gzip: size }] of graph) rows.push({ name: `  dist/cdn/${file}`, bytes, gzip: size });
  const index = join(root, 'dist/index.js');
  if (existsSync(index)) {
    const { build } = await import('esbuild');
    const { outputFiles } = await build({
      entryPoints: [index],
      bundle: true,
      packages: 'external',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = outputFiles[0].contents;
    rows.push({ name: 'dist/index.js graph (minified, deps external)', bytes: code.length, gzip: gzip(code) });
  }
  return rows;
}

/**
 * The stages measure password pages, as their issues did: the USER_AUTH code (passkeys, one-time
 * codes), which only a `auth-flow="USER_AUTH"` provider loads, is left out of them (issue 10:
 * "the password sign-in page's budget does not grow"). The single file and every element
 * together still count it.
 */
const USER_AUTH_ONLY = /[/\\](first-factor|first-factor-view)\.js$/;
const passwordPagesOnly = {
  name: 'password-pages-only',
  resolveId: (source) => (USER_AUTH_ONLY.test(source) ? '\0user-auth-only' : null),
  load: (id) => (id === '\0user-auth-only' ? 'export const FirstFactorSignIn = undefined, FirstFactorView = undefined;' : null),
};

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
  const bundle = await rollup({ input: id, onwarn, plugins: plugins([entry, passwordPagesOnly]) });
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
  const checks = [
    { name: 'every element together (entry + chunks)', gzip: rows[0].gzip, budget: ALL_ELEMENTS, target: ALL_ELEMENTS_TARGET },
    { name: 'sign-in page before its form', gzip: rows[1].gzip, budget: SIGN_IN_PAGE },
    { name: 'single file (cognito-elements.bundle.js)', gzip: rows[2].gzip, budget: SINGLE_FILE },
  ];
  for (const stage of STAGES) {
    const code = await stageBundle(stage.elements);
    rows.push({ name: stage.name, bytes: code.length, gzip: gzip(code) });
    checks.push({ name: stage.name, gzip: gzip(code), budget: stage.budget });
  }
  const app = await measureApp();
  rows.push({ name: 'npm package in a Vite app: JS added (with its on-demand chunks)', bytes: app.addedBytes, gzip: app.added });
  checks.push({ name: `npm package in a Vite app (single file + ${(APP_MARGIN / 1000).toFixed(1)} KB)`, gzip: app.added, budget: rows[2].gzip + APP_MARGIN });
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
  for (const { name, gzip: size, budget, target } of checks) {
    const verdict = `${name}: ${size} B (${kb(size)}) gzip, budget ${budget} B (${kb(budget)})`;
    over ||= size > budget;
    console.log(size > budget ? `${verdict}: OVER by ${size - budget} B` : `${verdict}: ${budget - size} B to spare`);
    if (target && size > target) console.log(`  target ${target} B (${kb(target)}): ${size - target} B to go`);
  }
  if (over && process.argv.includes('--check')) process.exit(1);
}
