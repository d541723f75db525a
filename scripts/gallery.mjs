// npm run gallery [-- --update]: screenshots of the gallery page (demo/gallery.html: every
// element in each state) in real Chromium, in light and dark, left to right (en) and right to
// left (he), 360 and 1024 px wide; one PNG per state in docs/gallery/<variant>/<state>.png.
// Without --update it compares them with those references (pixelmatch, with a small tolerance)
// and writes test-results/gallery/<variant>/<state>.{actual,diff}.png for each mismatch; it also
// runs axe-core on the page in each colour scheme and direction. `npm run test:visual` runs the
// same comparison as tests.
//
// Deterministic rendering: fonts from npm (Noto Sans Hebrew for Latin and Hebrew, Noto Sans Mono;
// checked: no text falls back to a system font), no font hinting
// or subpixel text, sRGB, device scale 1, a fixed viewport, reduced motion, no caret or
// transition, the same scripted answers (demo/gallery/scripted-adapter.ts), and focus dropped.
import { mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';
import { fetchNpmChromium, NPM_CHROMIUM } from './npm-chromium.mjs';
import { galleryFiles } from './gallery-page.mjs';
import { staticFiles } from './static-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCES = join(root, 'docs/gallery');
const RESULTS = join(root, 'test-results/gallery');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Pixels that may differ per screenshot (anti-aliasing noise), as a share of its area. */
const TOLERANCE = 0.0005;

export const VARIANTS = ['light', 'dark'].flatMap((scheme) =>
  [['en', 'ltr'], ['he', 'rtl']].flatMap(([lang, dir]) =>
    [360, 1024].map((width) => ({ name: `${scheme}-${dir}-${width}`, scheme, lang, width })),
  ),
);

async function serve() {
  const { mounts, routes } = await galleryFiles();
  const server = createServer(staticFiles(mounts, routes));
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => (server.closeAllConnections(), server.close()) };
}

function crop(png, { x, y, width, height }) {
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}

/** Compares one screenshot with its reference; writes the actual and a diff image when they differ. */
function compare(variant, state, actual) {
  const file = join(REFERENCES, variant, `${state}.png`);
  const failed = (problem, diff) => {
    const dir = join(RESULTS, variant);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${state}.actual.png`), PNG.sync.write(actual));
    if (diff) writeFileSync(join(dir, `${state}.diff.png`), PNG.sync.write(diff));
    return `${variant}/${state}: ${problem} (see test-results/gallery/${variant}/${state}.*.png)`;
  };
  if (!existsSync(file)) return failed('no reference; run `npm run gallery -- --update`');
  const expected = PNG.sync.read(readFileSync(file));
  const { width, height } = actual;
  if (expected.width !== width || expected.height !== height) {
    return failed(`${width}×${height} px, the reference is ${expected.width}×${expected.height}`);
  }
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: 0.1 });
  return differing > TOLERANCE * width * height ? failed(`${differing} pixels differ`, diff) : undefined;
}

/** The system fonts Chromium drew any of the states' text with (a glyph missing from the web fonts falls back to one). */
async function systemFontsUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#states *' });
  const families = new Set();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) if (!font.isCustomFont) families.add(font.familyName);
  }
  await cdp.detach();
  return [...families];
}

async function shootVariant(browser, url, variant, { update, axe }) {
  const context = await browser.newContext({
    viewport: { width: variant.width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: variant.scheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${url}/gallery.html?lang=${variant.lang}`);
  await page.waitForSelector('html[data-ready]', { timeout: 20_000 }).catch(() => {
    throw new Error(`${variant.name}: the gallery did not get ready${errors.length ? `: ${errors.join('; ')}` : ''}`);
  });
  await page.evaluate(() => document.fonts.ready);
  const boxes = await page.$$eval('.state', (figures) =>
    figures.map((figure) => {
      const r = figure.getBoundingClientRect();
      return { id: figure.id, x: Math.round(r.x + scrollX), y: Math.round(r.y + scrollY), width: Math.round(r.width), height: Math.round(r.height) };
    }),
  );
  const full = PNG.sync.read(await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
  const problems = [];
  // A state renamed or dropped leaves no stale reference behind.
  if (update) rmSync(join(REFERENCES, variant.name), { recursive: true, force: true });
  for (const box of boxes) {
    const shot = crop(full, box);
    if (update) {
      mkdirSync(join(REFERENCES, variant.name), { recursive: true });
      // RGB (screenshots are opaque) with zlib's default strategy: a fifth smaller than pngjs's defaults.
      writeFileSync(join(REFERENCES, variant.name, `${box.id}.png`), PNG.sync.write(shot, { colorType: 2, deflateStrategy: 0 }));
    } else {
      const problem = compare(variant.name, box.id, shot);
      if (problem) problems.push(problem);
    }
  }
  let violations = [];
  if (axe) {
    const system = await systemFontsUsed(page);
    if (system.length) problems.push(`${variant.name}: text drawn with the system's ${system.join(', ')}, which differs between machines`);
    await page.addScriptTag({ path: AXE });
    violations = await page.evaluate(async () => {
      // The gallery shows one form several times (three sign-ins); an app's page does not.
      const { violations } = await window.axe.run(document, { rules: { 'landmark-unique': { enabled: false } } });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }
  await context.close();
  return { variant: variant.name, states: boxes.map((b) => b.id), problems, violations: violations.map((v) => `${variant.name}: ${v}`), errors };
}

/**
 * The references' own browser: on Linux x64 always the pinned npm-shipped Chromium (fetched once,
 * as scripts/chromium.mjs does on machines without a browser), even where another is installed,
 * since another build draws text a little differently. Elsewhere the usual one, with a warning.
 */
async function referenceChromium() {
  if (process.platform === 'linux' && process.arch === 'x64') return fetchNpmChromium();
  console.warn(`gallery: the references are drawn by ${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version} on Linux x64; ${CHROME_PATH} may differ`);
  return CHROME_PATH;
}

/** Every variant's screenshots (written as references with `update`), mismatches and axe violations. */
export async function shootGallery({ update = false } = {}) {
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: await referenceChromium(),
    headless: true,
    args: [...CHROME_ARGS, '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb', '--hide-scrollbars'],
  });
  try {
    const results = [];
    // axe once per colour scheme and direction (the width changes no markup).
    for (const variant of VARIANTS) results.push(await shootVariant(browser, server.url, variant, { update, axe: variant.width === 1024 }));
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes('--update');
  const started = Date.now();
  const results = await shootGallery({ update });
  const problems = results.flatMap((r) => [...r.problems, ...r.violations, ...r.errors]);
  const count = results.reduce((n, r) => n + r.states.length, 0);
  for (const line of problems) console.error(`✗ ${line}`);
  console.log(
    `${count} screenshots in ${results.length} variants, ${update ? 'written to docs/gallery/' : 'compared with docs/gallery/'} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)${problems.length ? `: ${problems.length} problems` : ', all as expected, axe-clean'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
