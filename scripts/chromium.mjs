// The one place that decides which Chromium this project's tests, examples and benchmark run,
// and with which flags. Every browser user imports CHROME_PATH and CHROME_ARGS from here.
//
// Order of preference: $CHROME_PATH, then a Chromium or Chrome installed on the system, then a
// Chromium shipped inside an npm package (fetched from the registry on first use, so that
// `npm install && npm test` is the whole set-up on a machine without a browser). Tools never
// download a browser of their own: that fails on offline and locked-down machines.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fetchNpmChromium, NPM_CHROMIUM } from './npm-chromium.mjs';

export const CHROME_ARGS = [
  '--no-sandbox', // Chromium refuses to start as root with its sandbox
  '--headless=new',
  '--disable-gpu',
  // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Pages and test files side by side as tabs: a hidden tab's timers and rendering must not be
  // throttled, or its tests time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS = {
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
  ],
};

/** An executable that answers `--version`: a path that exists but cannot start is no browser. */
export function canStart(path) {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return false;
  }
  const run = spawnSync(path, ['--version'], { timeout: 15_000, encoding: 'utf8' });
  return run.status === 0 && /chrom/i.test(run.stdout);
}

function systemCandidates() {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, process.platform === 'win32' ? `${name}.exe` : name)));
  return [...new Set([...onPath, ...(SYSTEM_PATHS[process.platform] ?? [])])].filter((path) => existsSync(path));
}

function fail(line) {
  console.error(`cognito-elements: ${line}`);
  process.exit(1);
}

async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (canStart(fromEnv)) return fromEnv;
    fail(`CHROME_PATH=${fromEnv} does not start (\`${fromEnv} --version\` failed): point it at a Chromium or Chrome, or unset it.`);
  }
  const system = systemCandidates().find(canStart);
  if (system) return system;
  try {
    const shipped = await fetchNpmChromium();
    if (!canStart(shipped)) throw new Error(`${shipped} --version failed`);
    return shipped;
  } catch (error) {
    fail(
      `no Chromium found and ${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version} from the npm registry could not be used ` +
        `(${error instanceof Error ? error.message : error}): install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.`,
    );
  }
}

export const CHROME_PATH = await findChromium();
