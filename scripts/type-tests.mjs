// npm run test:types — the typings of every entry, checked the way each framework checks an
// app, against the built package (dist/, resolved as `cognito-elements` through its exports):
//   test/types/define  tsc: define.js alone types the tags, events and Angular's $event
//   test/types/react   tsc: React 19 TSX (cognito-elements/react) and the @lit/react wrappers
//   test/types/vue     vue-tsc with strictTemplates (cognito-elements/vue)
//   test/types/svelte  svelte-check (cognito-elements/svelte)
//   test/frameworks    tsc: the runtime tests of the React and Vue entries (web-test-runner)
// Fixtures that must compile assert the handlers' detail types (test/types/expect.ts); the
// *misuse* fixtures must not: tsc and vue-tsc fail on an unused @ts-expect-error /
// @vue-expect-error, and for Svelte (whose checker ignores those in markup) this script checks
// that exactly the elements after an `expect-error` comment have errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (pkg, path) => join(dirname(require.resolve(`${pkg}/package.json`)), path);

if (!existsSync(join(root, 'dist/react.d.ts'))) {
  console.error('test:types checks the built package: run `npm run build` first');
  process.exit(1);
}

function run(args) {
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { status, output: `${stdout}${stderr}`.trim(), seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

let failed = false;
function report(name, ok, seconds, detail = '') {
  console.log(`${ok ? '✔' : '✘'} ${name} ${seconds}s`);
  if (!ok) {
    failed = true;
    console.log(detail.replace(/^/gm, '  '));
  }
}

const tsc = bin('typescript', 'bin/tsc');
for (const project of ['test/types/define', 'test/types/react', 'test/frameworks']) {
  const { status, output, seconds } = run([tsc, '-p', project, '--pretty', 'false']);
  report(`tsc ${project}`, status === 0, seconds, output);
}
{
  const { status, output, seconds } = run([bin('vue-tsc', 'bin/vue-tsc.js'), '-p', 'test/types/vue', '--pretty', 'false']);
  report('vue-tsc test/types/vue (strictTemplates)', status === 0, seconds, output);
}
{
  const dir = 'test/types/svelte';
  const { output, seconds } = run([bin('svelte-check', 'bin/svelte-check'), '--workspace', dir, '--output', 'machine']);
  const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (".*")$/gm)].map(
    ([, kind, file, line, message]) => ({ kind, file, line: Number(line), message: JSON.parse(message) }),
  );
  const completed = /COMPLETED (\d+) FILES/.test(output);
  const expected = expectedErrorLines(join(root, dir, 'Misuse.svelte'));
  const wrong = [
    ...problems.filter((p) => p.file !== 'Misuse.svelte' || p.kind !== 'ERROR' || !expected.has(p.line))
      .map((p) => `${p.file}:${p.line}: unexpected ${p.kind}: ${p.message}`),
    ...[...expected].filter((line) => !problems.some((p) => p.file === 'Misuse.svelte' && p.line === line))
      .map((line) => `Misuse.svelte:${line}: compiles, but should not`),
  ];
  report(`svelte-check ${dir} (${expected.size} misuses refused)`, completed && wrong.length === 0, seconds,
    completed ? wrong.join('\n') : output);
}
process.exit(failed ? 1 : 0);

/** The 1-based lines right after each `<!-- expect-error: ... -->` comment. */
function expectedErrorLines(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Set(lines.flatMap((text, i) => (/^\s*<!-- expect-error:/.test(text) ? [i + 2] : [])));
}
