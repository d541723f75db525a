/**
 * One app of examples/ end to end: its production build, served on 127.0.0.1, in Chromium
 * against a dev pool. The apps are written as a developer would write them, pointed at
 * `npx cognito-dev-pool`'s default address; the test's own pool listens on a free port, and the
 * browser's requests to that address are sent to it instead.
 *
 * Run `node scripts/install-examples.mjs` first (`npm run test:examples` does): it packs the
 * package and installs the tarball into examples/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startDevPool } from '../../dev-pool/server.js';
import { launchBrowser, openPage, pageErrors, startStaticServer, type DevPool } from '../e2e/harness.js';
import { confirmedUser, submitForm } from '../e2e/arrange.js';
import { buildApp, startAppServer, type AppServer } from './app-process.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));
/** The package as the apps have it: unpacked from the tarball by npm. */
export const INSTALLED_PACKAGE = join(EXAMPLES_DIR, 'node_modules/cognito-elements');
/** Where every example points its provider: the dev pool's default address. */
const APP_DEV_POOL = 'http://127.0.0.1:9229/';

export interface ExampleApp {
  /** Its folder under examples/. */
  name: string;
  /** Commands run in its folder, in order: the production build (none for a plain page). */
  build?: string[][];
  /** A folder of static output to serve, or the app's own server started on `port`. */
  serve: { dir: string } | { command: (port: number) => string[] };
  /** More routes for the browser (the CDN, for the plain HTML page). */
  routes?: (context: BrowserContext) => Promise<unknown>;
  /** Its HTML holds the elements before any script runs (static or server-rendered). */
  markupFirst?: boolean;
}

const USERNAME = 'ada';
const PASSWORD = 'Examples-Passw0rd!';

/** Registers the build, the servers and the journey test for `app`. */
export function testExample(app: ExampleApp): void {
  const dir = join(EXAMPLES_DIR, app.name);
  let pool: DevPool;
  let browser: Browser;
  let server: AppServer;
  const poolLog: string[] = [];

  before(async () => {
    if (!existsSync(join(INSTALLED_PACKAGE, 'package.json'))) {
      throw new Error('examples/ has no cognito-elements installed: run `node scripts/install-examples.mjs` first');
    }
    for (const command of app.build ?? []) await buildApp(app.name, dir, command);
    server = 'dir' in app.serve ? await startStaticServer([join(dir, app.serve.dir)]) : await startAppServer(dir, app.serve.command);
    pool = await startDevPool({ port: 0, host: '127.0.0.1', log: (line) => poolLog.push(line) });
    browser = await launchBrowser();
    await confirmedUser(pool, USERNAME, PASSWORD);
  }, { timeout: 10 * 60_000 });

  after(async () => {
    await browser?.close();
    await pool?.close();
    await server?.close();
  });

  const open = (options?: BrowserContextOptions) =>
    openPage(browser, `${server.url}/`, options, async (context) => {
      await context.route(
        (url) => url.href.startsWith(APP_DEV_POOL),
        (route) => route.continue({ url: pool.endpoint + route.request().url().slice(APP_DEV_POOL.length) }),
      );
      await app.routes?.(context);
    });

  test(`${app.name}: the app's own state follows sign-in, a reload and sign-out`, { timeout: 90_000 }, async (t) => {
    const page = await open();
    page.setDefaultTimeout(15_000);
    const greeting = (text: string) => page.locator('#greeting', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).waitFor();
    const signInForm = () => page.locator('cognito-authenticator form [name=username]').waitFor();
    const signOutButton = 'cognito-sign-out button[type=submit]';
    // A step fails on any page or console error reported during it (a hydration error, a blank
    // page's ReferenceError): at once when the page throws, and naming them when a wait fails.
    let checked = 0; // errors before this index were blamed on an earlier step
    let failed = false; // the later steps need the earlier ones
    const step = (name: string, run: () => Promise<void>) =>
      t.test(name, { skip: failed && 'an earlier step failed' }, async () => {
        failed = true;
        const from = checked;
        const errors = () => pageErrors(page).slice(from);
        let onThrow = () => {};
        const thrown = new Promise<void>((resolve) => {
          onThrow = () => resolve();
          page.once('pageerror', onThrow);
        });
        try {
          const running = run();
          running.catch(() => {}); // still waiting when the page threw: its failure says nothing new
          if (errors().length === 0) await Promise.race([running, thrown]);
        } catch (error) {
          if (errors().length > 0) (error as Error).message += `\npage or console errors:\n${errors().join('\n')}`;
          throw error;
        } finally {
          page.off('pageerror', onThrow);
          checked = pageErrors(page).length;
        }
        assert.deepEqual(errors(), [], 'page or console errors');
        failed = false;
      });

    await step('signed out at first: the sign-in form and the app saying so', async () => {
      await signInForm();
      await greeting('Not signed in');
      // Vue and Svelte bind hide-sign-up to false, which they write as the text "false".
      await page.locator('cognito-authenticator button[name="sign-up"]').waitFor();
    });

    await step('signing in through the page: the app greets the user (cognito-signed-in)', async () => {
      await submitForm(page, 'cognito-authenticator', { username: USERNAME, password: PASSWORD });
      await greeting(`Hello ${USERNAME}`);
      await page.locator(signOutButton).waitFor();
    });

    await step('after a reload: the greeting comes back (cognito-session-restored)', async () => {
      await reload(page);
      await greeting(`Hello ${USERNAME}`);
      await page.locator(signOutButton).waitFor();
    });

    await step('signing out: the app says so (cognito-signed-out), and a reload keeps it so', async () => {
      await page.click(signOutButton);
      await greeting('Not signed in');
      await signInForm();
      await reload(page);
      await signInForm();
      await greeting('Not signed in');
    });

    await page.close();
  });

  if (app.markupFirst) {
    test(`${app.name}: until the tags are defined, the signed-in content stays hidden (styles.css)`, async () => {
      const page = await open({ javaScriptEnabled: false });
      const slotted = page.locator('cognito-authenticator > [slot=signed-in]');
      assert.equal(await slotted.evaluate((el) => getComputedStyle(el).display), 'none');
      assert.equal(await page.evaluate(() => customElements.get('cognito-authenticator')), undefined, 'no script ran');
      await page.close();
    });
  }
}

async function reload(page: Page) {
  const response = await page.reload();
  assert.ok(response?.ok(), `reload answered ${response?.status()}`);
}
