// The CDN bundle fetches the page's language file from beside itself: written in UTF-8 (esbuild
// `charset: 'utf8'`, half the size of \u escapes for Greek), served and decoded as UTF-8.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import el from '../../src/i18n/locales/el.js';
import ar from '../../src/i18n/locales/ar.js';
import { pageErrors, setup } from './harness.js';

const page = (lang: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
    <script src="/e2e-page.js"></script><script type="module" src="/cdn/cognito-elements.js"></script></head>
    <body><main><cognito-user-pool><cognito-sign-in></cognito-sign-in></cognito-user-pool></main></body></html>`,
});
const ctx = await setup({ serve: () => ({ routes: { '/greek.html': page('el'), '/arabic.html': page('ar') } }) });

test('<html lang="el">: only el.js is fetched, as UTF-8, and the form reads in Greek', { timeout: 30_000 }, async () => {
  const tab = await ctx.openPage('greek.html');
  await tab.waitForFunction((heading) => document.querySelector('cognito-sign-in h2')?.textContent?.trim() === heading, el['signIn.heading'], {
    timeout: 10_000,
  });
  const fetched = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  assert.deepEqual(fetched.filter((path) => path.includes('/locales/')), ['/cdn/locales/el.js']);
  const response = await fetch(`${ctx.server.url}/cdn/locales/el.js`);
  assert.match(response.headers.get('content-type') ?? '', /charset=utf-8/);
  assert.ok((await response.text()).includes(el['signIn.heading']), 'the letters themselves, not \\u escapes');
  assert.deepEqual(pageErrors(tab), []);
  await tab.close();
});

test('<html lang="ar">: Arabic, right to left', { timeout: 30_000 }, async () => {
  const tab = await ctx.openPage('arabic.html');
  await tab.waitForFunction((heading) => document.querySelector('cognito-sign-in h2')?.textContent?.trim() === heading, ar['signIn.heading'], {
    timeout: 10_000,
  });
  assert.equal(await tab.locator('cognito-sign-in').getAttribute('dir'), 'rtl');
  assert.equal(await tab.locator('cognito-sign-in form').evaluate((form) => getComputedStyle(form).direction), 'rtl');
  await tab.close();
});
