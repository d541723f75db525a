// A Chromium from the npm registry for machines with no browser installed. @sparticuz/chromium
// ships a headless Chromium build inside its tarball (brotli-compressed), so it installs from the
// registry alone, where browser tools' own downloads fail. It is fetched with `npm pack` on first
// use, not installed as a dependency: 70 MB that machines with a browser never need.
//
// The tarball is checked against the pinned integrity, unpacked into node_modules/.cache (gone
// with the next clean install), and moved into place only when complete, so a run that is
// interrupted or a second process racing this one never sees half a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

export const NPM_CHROMIUM = {
  name: '@sparticuz/chromium',
  version: '153.0.0', // Chromium 153
  integrity: 'sha512-jiGWqSvPMdu4+P9TilYqAR7yEGPEHINx+lCvE/NqNO/EHYzF/x1hUiI5T6ioVIt7dEy7n88byyT0vk+dnsgQwA==',
};

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'chromium', NPM_CHROMIUM.version);

function integrityOf(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

async function unbrotli(from, to) {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to));
}

/** Libraries the binary needs that this system lacks (Debian without a browser may miss NSS). */
function missingLibraries(binary) {
  const ldd = spawnSync('ldd', [binary], { encoding: 'utf8' });
  return ldd.status === 0 ? ldd.stdout.split('\n').filter((line) => line.includes('not found')) : [];
}

export async function fetchNpmChromium() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`it ships Linux x64 only, this is ${process.platform} ${process.arch}`);
  }
  const launcher = join(cacheDir, 'chromium');
  if (existsSync(launcher)) return launcher;

  const started = Date.now();
  console.error(`cognito-elements: no Chromium on this machine; fetching ${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version} from the npm registry (once)…`);
  const work = `${cacheDir}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version}`, '--json', '--pack-destination', work], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    )[0];
    const tarball = join(work, packed.filename);
    if (integrityOf(tarball) !== NPM_CHROMIUM.integrity) throw new Error(`${packed.filename} does not match the pinned integrity`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/bin']);
    rmSync(tarball);
    const bin = join(work, 'package', 'bin');
    const binary = join(work, 'chromium-bin');
    await unbrotli(join(bin, 'chromium.br'), binary);
    chmodSync(binary, 0o755);

    const missing = missingLibraries(binary);
    if (missing.length) {
      // The package's own copies of NSS and expat, used only where the system has none.
      await unbrotli(join(bin, 'al2023.tar.br'), join(work, 'libs.tar'));
      execFileSync('tar', ['-xf', join(work, 'libs.tar'), '-C', work]);
      rmSync(join(work, 'libs.tar'));
    }
    rmSync(join(work, 'package'), { recursive: true, force: true });
    const libs = missing.length ? `export LD_LIBRARY_PATH="$here/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"\n` : '';
    // A launcher script rather than the binary itself, so the cache can move and libs can be added.
    writeFileSync(join(work, 'chromium'), `#!/bin/sh\nhere="$(dirname "$0")"\n${libs}exec "$here/chromium-bin" "$@"\n`, { mode: 0o755 });

    try {
      renameSync(work, cacheDir);
    } catch (error) {
      if (!existsSync(launcher)) throw error; // else another process finished first: use its copy
      rmSync(work, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  console.error(`cognito-elements: Chromium ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${launcher}`);
  return launcher;
}
