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

// `--timeout=<seconds>`: each test's own limit (TEST_TIMEOUT_MS overrides it; default 30 s).
const args = process.argv.slice(2);
const timeoutArg = args.find((arg) => arg.startsWith('--timeout='));
const seconds = Number(timeoutArg?.slice('--timeout='.length));
if (timeoutArg && !(seconds > 0)) {
  console.error(`node-tests: ${timeoutArg} is not a number of seconds`);
  process.exit(1);
}
const env = { ...process.env };
if (seconds > 0 && !env.TEST_TIMEOUT_MS) env.TEST_TIMEOUT_MS = String(seconds * 1000);
const files = args.filter((arg) => arg !== timeoutArg).flatMap((dir) => find(dir)).sort();
if (files.length === 0) {
  console.error('no test files found under', args.join(' '));
  process.exit(1);
}
// A bug that makes a test wait (a promise never settled, a real timer left armed) must fail
// that test within seconds and name it, not hang the suite: every test gets a timeout
// (scripts/test-timeout/), and each file's process exits when its tests are done even if
// something still holds the event loop.
const timeoutHook = new URL('./test-timeout/register.mjs', import.meta.url).href;
const nodeArgs = ['--import', 'tsx', '--import', timeoutHook, '--test', '--test-concurrency=1', '--test-force-exit'];
const { status } = spawnSync(process.execPath, [...nodeArgs, ...files], { stdio: 'inherit', env });
process.exit(status ?? 1);
