// The stylesheet ships minified (scripts/minify-css.mjs): in the CDN bundle, the single file and
// the package's dist/ it must parse to exactly the rules of the source, as Chromium serializes
// them, so that the minifier can never change the look (test/visual compares the pixels of the
// source's stylesheet: the gallery is built from the sources).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST_DIR, launchBrowser } from './harness.js';

const root = join(DIST_DIR, '..');
const source = readFileSync(join(root, 'components/base/styles.ts'), 'utf8');
const marked = [...source.matchAll(/\/\* css \*\/ `([^`]*)`/g)].map((m) => m[1]);

/** The shipped text of each marked stylesheet, found in a built file by its first characters. */
function shipped(file: string, css: string): string {
  const code = readFileSync(join(DIST_DIR, file), 'utf8');
  const start = css.trim().slice(0, css.search(/[\s{]/));
  const at = code.indexOf(start);
  assert.ok(at > 0, `${file} holds a stylesheet starting ${start}`);
  const quote = code[at - 1];
  return code.slice(at, code.indexOf(quote, at));
}

let browser: Browser;
let page: Page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
after(() => browser?.close());

/**
 * Every rule of `css` as Chromium serializes it (nested rules included). A custom property's
 * fallback (`var(--x, 0.5rem)`) is kept as written, tokens and all, so there `.5rem` and
 * `0.5rem` serialize apart though they are the same number: written the one way here.
 */
const parsed = async (css: string) =>
  (
    await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }, css)
  ).map((rule) => rule.replace(/(?<![\w.])\.(?=\d)/g, '0.'));

test('the source marks two stylesheets', () => assert.equal(marked.length, 2));

for (const file of ['cdn/cognito-elements.js', 'cdn/cognito-elements.bundle.js', 'components/base/styles.js']) {
  test(`dist/${file}: each stylesheet minified, with the rules of the source`, async () => {
    for (const css of marked) {
      const built = shipped(file, css);
      assert.ok(built.length < css.length, 'smaller than the source');
      const expected = await parsed(css);
      assert.ok(expected.length > 0);
      assert.deepEqual(await parsed(built), expected);
    }
  });
}
