/**
 * Server-side rendering starts with importing: every JS entry of package.json's `exports`
 * (wildcards expanded to the files they match) is imported in a fresh Node process with no DOM,
 * through the package's own name, and must load without throwing, printing or keeping the
 * process alive. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { root } from '../../scripts/consumer-app.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
// A browser script, not a module for servers: it bundles Lit's browser build (HTMLElement).
const BROWSER_ONLY = new Set(['./cdn/cognito-elements.js']);

const target = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? target((value as Record<string, unknown>).default) : undefined;

/** Each export as the specifiers an app can import: `cognito-elements/define.js`, ... */
function entries(): { name: string; specifiers: string[] }[] {
  const groups: { name: string; specifiers: string[] }[] = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const file = target(value);
    if (!file?.endsWith('.js') && !file?.endsWith('/*')) continue;
    if (BROWSER_ONLY.has(key)) continue;
    const base = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    if (!key.endsWith('*')) {
      groups.push({ name: base, specifiers: [base] });
      continue;
    }
    const dir = join(root, file.slice(0, -1));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    groups.push({ name: `${base} (${files.length} modules)`, specifiers: files.map((name) => base.slice(0, -1) + name) });
  }
  return groups;
}

const run = promisify(execFile);
const IMPORT_ALL = 'for (const specifier of process.argv.slice(1)) await import(specifier);';

const groups = entries();

test('the exports name the entries apps import', () => {
  const names = groups.map((g) => g.name);
  for (const expected of [pkg.name, `${pkg.name}/define.js`]) assert.ok(names.includes(expected), expected);
  assert.ok(names.some((name) => name.startsWith(`${pkg.name}/locales/`)), 'the language entries');
});

for (const { name, specifiers } of groups) {
  test(`import ${name} in plain Node`, { timeout: 20_000 }, async () => {
    assert.ok(specifiers.length > 0, 'the export matches files');
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', IMPORT_ALL, ...specifiers], {
      cwd: root,
      timeout: 15_000,
    });
    assert.equal(stdout + stderr, '', 'nothing printed');
  });
}
