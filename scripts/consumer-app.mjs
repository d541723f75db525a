// A throw-away app that installs the package as a user would: `npm pack` of the built package,
// then `npm install <tarball>` in a fresh folder outside the repository (so nothing resolves
// from our own node_modules). Used by `npm run size` and test/package/bundlers.test.ts.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The package's version of the things an app imports: run `npm run build` first. */
export async function packPackage(destination) {
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', destination], { cwd: root });
  const [{ filename }] = JSON.parse(stdout);
  return join(destination, filename);
}

/**
 * A new folder with `files` (path → text) and the packed package installed from the registry's
 * cache where it can (`--prefer-offline`: the package's own dependencies, lit and the rest).
 */
export async function createConsumerApp(files, { tarball } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-elements-app-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const packed = tarball ?? (await packPackage(dir));
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', packed], { cwd: dir });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The dependencies the package declares: the only bare imports its files may make. */
export const declaredDependencies = () => Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});

/**
 * Builds the app in `dir` with Vite's defaults (no config file) and returns its output chunks
 * with which of them load with the page (the entry and what it imports statically); the rest
 * (language files) load on demand. `warnings` collects what Vite logs as warnings.
 */
export async function viteBuild(dir) {
  const { build, createLogger } = await import('vite');
  const logger = createLogger('warn', { allowClearScreen: false });
  const warnings = [];
  logger.warn = (msg) => warnings.push(msg);
  logger.warnOnce = (msg) => warnings.push(msg);
  const result = await build({ root: dir, configFile: false, logLevel: 'warn', customLogger: logger });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return { chunks, initial: [...initial], warnings, outDir: join(dir, 'dist') };
}
