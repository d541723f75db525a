// Which browser the suites run: $CHROME_PATH, then a system Chromium on PATH, then the npm one.
// Each case runs scripts/chromium.mjs in a child process with a controlled PATH and environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/chromium.mjs', import.meta.url));

function resolve(env: Record<string, string>) {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${JSON.stringify(script)}); console.log(m.CHROME_PATH);`],
    { encoding: 'utf8', env: { HOME: process.env.HOME ?? '/tmp', ...env } },
  );
  return { status: run.status, path: run.stdout.trim(), stderr: run.stderr.trim() };
}

function fakeBrowser(dir: string, name: string, output: string, exitCode = 0) {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho "${output}"\nexit ${exitCode}\n`, { mode: 0o755 });
  return path;
}

const nodeDir = dirname(process.execPath);
const systemPath = `/usr/bin:/bin`;

test('CHROME_PATH wins over every other browser', { skip: process.platform === 'win32' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  try {
    const mine = fakeBrowser(dir, 'my-chrome', 'Google Chrome 999.0');
    fakeBrowser(dir, 'chromium', 'Chromium 998.0');
    const result = resolve({ CHROME_PATH: mine, PATH: `${dir}:${nodeDir}:${systemPath}` });
    assert.deepEqual([result.status, result.path], [0, mine], result.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a CHROME_PATH that cannot start fails with one line naming it', { skip: process.platform === 'win32' }, () => {
  const result = resolve({ CHROME_PATH: '/nonexistent/chrome', PATH: `${nodeDir}:${systemPath}` });
  assert.equal(result.status, 1);
  assert.equal(result.stderr.split('\n').length, 1, result.stderr);
  assert.match(result.stderr, /CHROME_PATH=\/nonexistent\/chrome does not start/);
});

test('without CHROME_PATH, a Chromium on PATH is used; one that cannot start is skipped', { skip: process.platform === 'win32' }, () => {
  const broken = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  const working = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  try {
    fakeBrowser(broken, 'chromium', 'error while loading shared libraries', 127);
    const good = fakeBrowser(working, 'google-chrome', 'Google Chrome 999.0');
    const result = resolve({ PATH: `${broken}:${working}:${nodeDir}:${systemPath}` });
    assert.deepEqual([result.status, result.path], [0, good], result.stderr);
  } finally {
    rmSync(broken, { recursive: true, force: true });
    rmSync(working, { recursive: true, force: true });
  }
});

const systemHasBrowser = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'].some((name) =>
  systemPath.split(':').some((dir) => existsSync(join(dir, name))),
);

test('with no browser anywhere, the npm-shipped Chromium is used', { skip: process.platform !== 'linux' || systemHasBrowser }, () => {
  const result = resolve({ PATH: `${nodeDir}:${systemPath}` });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.path, /node_modules\/\.cache\/chromium\/[\d.]+\/chromium$/);
  const version = spawnSync(result.path, ['--version'], { encoding: 'utf8' });
  assert.match(version.stdout, /^Chromium \d+/);
});
