// npm run size [-- --check]: gzip -9 sizes (1 KB = 1000 bytes), API.md "Sizes".
//   dist/cdn/cognito-elements.js — the CDN bundle, held to BUDGET with --check;
//   dist/index.js graph — for information: the library's own code reachable from the package
//   entry, bundled and minified with esbuild, lit / @lit/context / the SDK left external.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// From the issue "Foundation: CDN bundle ≤ 38 KB gzip".
export const BUDGET = 38_000;

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
    rows.push({ name: 'dist/index.js graph (own code, minified, deps external)', bytes: code.length, gzip: gzip(code) });
  }
  return rows;
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
  console.log(table(rows));
  const cdn = rows[0].gzip;
  const verdict = `CDN bundle ${cdn} B (${kb(cdn)}) gzip, budget ${BUDGET} B (${kb(BUDGET)})`;
  if (cdn > BUDGET) {
    console.log(`${verdict}: OVER by ${cdn - BUDGET} B`);
    if (process.argv.includes('--check')) process.exit(1);
  } else {
    console.log(`${verdict}: ${BUDGET - cdn} B to spare`);
  }
}
