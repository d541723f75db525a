// Runs every *.test.ts under the given folders with Node's test runner (Node 20's --test
// does not expand globs nor find .ts files by itself).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const find = (dir) =>
  !statSync(dir).isDirectory() ? [dir] : readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });

const files = process.argv.slice(2).flatMap((dir) => find(dir)).sort();
if (files.length === 0) {
  console.error('no test files found under', process.argv.slice(2).join(' '));
  process.exit(1);
}
const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(status ?? 1);
