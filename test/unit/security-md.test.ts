/**
 * SECURITY.md points each checklist row to its test as `file › test name`: every such test must
 * exist, so a renamed or deleted test cannot leave the page pointing at nothing. Rows still
 * "in progress" may name a file that does not exist yet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const page = readFileSync(`${root}SECURITY.md`, 'utf8');
const rows = page.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| #') && !line.startsWith('| ASVS'));

/** The titles of a test file's tests, as patterns: a template's `${...}` matches anything. */
function titles(file: string): RegExp[] {
  const source = readFileSync(`${root}${file}`, 'utf8');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...source.matchAll(/\b(?:test|it)\(\s*(['`])((?:\\.|(?!\1)[^\\])*)\1/g)].map(([, quote, title]) =>
    new RegExp(`^${quote === '`' ? title.split(/\$\{[^}]*\}/).map(escape).join('.+') : escape(title.replace(/\\'/g, "'"))}$`),
  );
}

test('SECURITY.md: every `file › test name` it cites is a test in that file', () => {
  let cited = 0;
  for (const row of rows) {
    // `file › name`, then `› name` for more tests of the same file.
    let file = '';
    for (const [, named, name] of row.matchAll(/`(test\/[\w/.-]+\.ts)? ?› ([^`]+)`/g)) {
      file = named ?? file;
      assert.ok(file, `a test cited without its file: ${name}`);
      assert.ok(titles(file).some((title) => title.test(name)), `${file} has no test "${name}"`);
      cited++;
    }
  }
  assert.ok(cited >= 30, `only ${cited} tests cited`);
});

test('SECURITY.md: every test file a row names exists, unless the row is in progress', () => {
  for (const row of rows) {
    for (const [, file] of row.matchAll(/`(test\/[\w/.-]+\.ts)/g)) {
      if (row.includes('| in progress |')) continue;
      assert.ok(existsSync(`${root}${file}`), `${file} (${row.slice(0, 40)}…) does not exist`);
    }
  }
});

test('SECURITY.md: the 13 items of issue 8 are all there', () => {
  const items = rows.map((row) => /^\| (\d+) \|/.exec(row)?.[1]).filter(Boolean).map(Number);
  assert.deepEqual(items, Array.from({ length: 13 }, (_, i) => i + 1));
});
