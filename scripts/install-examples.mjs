// Installs the package into examples/ as users get it: `npm pack` of the built repository, then
// one `npm install` for every app (an npm workspace: shared packages are downloaded and
// unpacked once). The apps depend on "file:../cognito-elements.tgz".
//
// Versions: no lockfile is kept (it would be ~500 KB for five stacks); examples/.npmrc sets
// `before=<date>`, so every install resolves the same versions until that date is moved on
// purpose. Run `npm run build` first (`npm run test:examples` does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

function run(command, args, cwd) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout);
    console.error(`install-examples: \`${command} ${args.join(' ')}\` exited with ${result.status}`);
    process.exit(1);
  }
  console.log(`install-examples: \`${command} ${args.join(' ')}\` took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.stdout;
}

if (!existsSync(join(root, 'dist/define.js'))) {
  console.error('install-examples: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const packDir = mkdtempSync(join(tmpdir(), 'cognito-elements-pack-'));
const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
renameSync(join(packDir, filename), join(examples, 'cognito-elements.tgz'));
rmSync(packDir, { recursive: true, force: true });

// npm keeps an installed file: dependency whose version did not change, even when the tarball
// did: take the old copy out so that the new one goes in.
rmSync(join(examples, 'node_modules/cognito-elements'), { recursive: true, force: true });
run('npm', ['install', '--no-audit', '--no-fund'], examples);
