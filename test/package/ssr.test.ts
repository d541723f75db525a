/**
 * Lit SSR (@lit-labs/ssr) renders every element without throwing, as its bare tag with its
 * attributes and children: no declarative shadow root (it would hide the children and hold a
 * form no script drives); the forms render in the browser. Then the server's HTML in Chromium,
 * with Lit's hydration support loaded as Lit SSR sites do: before the script runs, styles.css
 * keeps the signed-in content hidden; after, the sign-in form renders. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { root } from '../../scripts/consumer-app.mjs';
import { launchBrowser, startStaticServer } from '../e2e/harness.js';

await import('cognito-elements/define.js');
const { elements } = await import('cognito-elements');

const PROVIDER = 'user-pool-id="us-east-1_DevPool01" client-id="devpoolclient"';
const ssr = (template: ReturnType<typeof staticHtml>) => collectResultSync(render(template));

for (const tag of Object.keys(elements)) {
  test(`Lit SSR renders <${tag}> as its bare tag, attributes and children`, () => {
    const name = unsafeStatic(tag);
    const out = ssr(staticHtml`<cognito-user-pool ${unsafeStatic(PROVIDER)}>
      <${name} lang="de" data-x=${'1'}><p slot="signed-in" id="child">child</p></${name}>
    </cognito-user-pool>`);
    assert.doesNotMatch(out, /<template shadowroot/, 'no declarative shadow root');
    assert.match(out, new RegExp(`<${tag}\\s+lang="de" data-x="1"[^>]*><p slot="signed-in" id="child">child</p></${tag}>`));
    assert.match(out, /<cognito-user-pool\s+user-pool-id="us-east-1_DevPool01" client-id="devpoolclient">/);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'cognito-elements-ssr-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the server-rendered page in Chromium: hidden before upgrade, then the form, with Lit hydration support', { timeout: 30_000 }, async () => {
  const { build } = await import('esbuild');
  await build({
    stdin: {
      // Hydration support first: it patches LitElement as lit-element loads.
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport 'cognito-elements/define.js';",
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'client.js'),
    logLevel: 'silent',
  });
  const body = ssr(staticHtml`<cognito-user-pool ${unsafeStatic(PROVIDER)}>
    <cognito-authenticator><div slot="signed-in" id="welcome">Welcome</div></cognito-authenticator>
  </cognito-user-pool>`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/styles.css"></head>
     <body>${body}<script type="module" src="/client.js"></script></body></html>`,
  );
  const server = await startStaticServer([dir, join(root, 'dist')]);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/client.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
    await page.waitForSelector('#welcome', { state: 'attached' });
    assert.equal(await page.locator('cognito-authenticator:not(:defined)').count(), 1, 'not upgraded yet');
    assert.equal(await page.locator('#welcome').isVisible(), false, 'signed-in content hidden before upgrade');
    release();
    await page.waitForSelector('cognito-authenticator cognito-sign-in form input[name=username]', { timeout: 10_000 });
    assert.equal(await page.locator('#welcome').isVisible(), false, 'and while signed out');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
