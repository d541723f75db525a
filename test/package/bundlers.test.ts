/**
 * The npm package in apps built by esbuild, Rollup, webpack 5 and Vite, each with its default
 * configuration: `npm pack`, installed in a fresh app, bundled without a warning and without
 * Node leftovers (`require(`, `Buffer`, `global`), then each build signs in and out in Chromium
 * against the dev pool, the app's own state following the events. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDevPool } from '../../dev-pool/server.js';
import { createConsumerApp } from '../../scripts/consumer-app.mjs';
import { confirmedUser, submitForm } from '../e2e/arrange.js';
import { launchBrowser, openPage, pageErrors, pageUrl, startStaticServer, type DevPool } from '../e2e/harness.js';
import { APP_FILES, esbuildApp, nodeLeftovers, rollupApp, viteApp, webpackApp, type Build } from './bundle.js';

const PASSWORD = 'Correct-Horse-7';
// lit's packages, @lit/context, lean-qr and ours: anything else in a bundle came from elsewhere.
const ALLOWED_PACKAGES = /node_modules\/(cognito-elements|lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|lean-qr)\//;

let app: Awaited<ReturnType<typeof createConsumerApp>>;
let pool: DevPool;
let browser: Browser;

before(async () => {
  [app, pool, browser] = await Promise.all([
    createConsumerApp(APP_FILES),
    startDevPool({ port: 0, host: '127.0.0.1', log: () => {} }),
    launchBrowser(),
  ]);
  await confirmedUser(pool, 'dana', PASSWORD);
}, { timeout: 60_000 });

after(async () => {
  await Promise.all([browser?.close(), pool?.close()]);
  app?.remove();
});

function assertClean(build: Build) {
  assert.deepEqual(build.warnings, [], 'no warning from the bundler');
  assert.ok(build.js.length > 0, 'JS was written');
  for (const { name, code } of build.js) assert.deepEqual(nodeLeftovers(code), [], `no Node leftovers in ${name}`);
}

/** Serves the build, signs in with the form, sees the app's state follow, signs out. */
async function signInAndOut(build: Build) {
  const server = await startStaticServer([build.outDir]);
  const settings = { endpoint: pool.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientId };
  const page = await openPage(browser, pageUrl(server.url, 'index.html', settings));
  try {
    const auth = 'cognito-authenticator';
    await page.waitForSelector(`${auth} cognito-sign-in form`);
    assert.equal(await page.locator('#welcome').isVisible(), false, 'signed-in content hidden while signed out');
    assert.equal(await page.getAttribute('#app-state', 'data-one-class'), 'true', 'one copy of each class');
    await submitForm(page, `${auth} cognito-sign-in`, { username: 'dana', password: PASSWORD });
    await page.waitForFunction(() => document.querySelector('#app-state')?.textContent === 'signed in as dana');
    await page.waitForSelector('#welcome', { state: 'visible' });
    await page.click('#welcome cognito-sign-out button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#app-state')?.textContent === 'signed out');
    await page.waitForSelector(`${auth} cognito-sign-in form`, { state: 'visible' });
    assert.deepEqual(pageErrors(page), []);
  } finally {
    await page.close();
    await server.close();
  }
}

test('esbuild: ES modules only, from the package and its declared dependencies', { timeout: 30_000 }, async () => {
  const build = await esbuildApp(app.dir);
  assertClean(build);
  const paths = Object.keys(build.inputs);
  const foreign = paths.filter((input) => input.includes('node_modules/') && !ALLOWED_PACKAGES.test(input));
  assert.deepEqual(foreign, [], 'nothing from the SDK or its dependencies (buffer, @aws-crypto, ...) is bundled');
  // The default adapter speaks Cognito's API itself; the SDK (pre-bundled in dist/src/auth/sdk.js)
  // is reached only through the opt-in cognito-elements/sdk-adapter.js.
  assert.ok(paths.some((input) => input.includes('cognito-elements/dist/src/auth/direct/direct-adapter.js')), 'the direct adapter is bundled');
  assert.ok(!paths.some((input) => input.includes('cognito-elements/dist/src/auth/sdk.js')), 'the SDK is not');
  const commonJs = paths.filter((input) => build.inputs[input] === 'cjs');
  assert.deepEqual(commonJs, [], 'no CommonJS module (what Angular warns about)');
  await signInAndOut(build);
});

test('Rollup (node-resolve only, no CommonJS plugin)', { timeout: 30_000 }, async () => {
  const build = await rollupApp(app.dir);
  assertClean(build);
  assert.ok(build.js.length > 2, 'the language files are chunks of their own');
  await signInAndOut(build);
});

test('webpack 5', { timeout: 30_000 }, async () => {
  const build = await webpackApp(app.dir);
  assertClean(build);
  await signInAndOut(build);
});

test('Vite: signs in, and loads a language chunk only for a page in that language', { timeout: 30_000 }, async () => {
  const build = await viteApp(app.dir);
  assertClean(build);
  const german = build.js.find(({ code }) => code.includes('Passwort vergessen'));
  assert.ok(german && !/index-/.test(german.name), 'German is a chunk of its own, not in the entry');
  await signInAndOut(build);

  const server = await startStaticServer([build.outDir]);
  const settings = { endpoint: pool.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientId, lang: 'de' };
  const page = await openPage(browser, pageUrl(server.url, 'index.html', settings));
  try {
    await page.waitForFunction(() => document.querySelector('cognito-sign-in button[type=submit]')?.textContent?.trim() === 'Anmelden');
  } finally {
    await page.close();
    await server.close();
  }
});

test('the leftover check finds what the SDK dependencies leave and passes our own `global`', () => {
  for (const code of ['x=require("crypto")', 'Buffer.from(s)', 'typeof global<"u"', 'global.crypto', 'process.env.NODE_ENV']) {
    assert.equal(nodeLeftovers(code).length, 1, code);
  }
  for (const code of ['this.global=!1', '{global:t}', 'signOut(global)', 'e.detail.global', 'globalThis.crypto', 'ByteBuffer.from(s)']) {
    assert.deepEqual(nodeLeftovers(code), [], code);
  }
});

test('Vite dev server (its dependency optimizer): the elements upgrade, German loads on demand', { timeout: 30_000 }, async () => {
  const { createServer } = await import('vite');
  const server = await createServer({ root: app.dir, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  try {
    const settings = { endpoint: pool.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientId, lang: 'de' };
    const page = await openPage(browser, pageUrl(server.resolvedUrls!.local[0], 'index.html', settings));
    await page.waitForFunction(() => document.querySelector('cognito-sign-in button[type=submit]')?.textContent?.trim() === 'Anmelden');
    assert.equal(await page.getAttribute('#app-state', 'data-one-class'), 'true', 'one copy of each class');
    assert.deepEqual(pageErrors(page), []);
    await page.close();
  } finally {
    await server.close();
  }
});
