/**
 * End-to-end helpers: the dev pool, a static server for dist/ and test/e2e/pages/, and Debian's
 * Chromium through playwright-core (never a downloaded browser). Tests run with node:test:
 *
 *   const ctx = await setup();                  // starts everything, stops it in after()
 *   const page = await ctx.openPage('flows.html');
 *   await page.fill('#sign-up [name=username]', 'alice'); ...
 *   const code = await ctx.waitForCode('alice', 'CONFIRM_SIGN_UP');
 *   const signedIn = await waitForEvent(page, 'cognito-signed-in');
 *
 * Pages load the CDN bundle (`/cdn/cognito-elements.js`, so run `npm run build` first) and
 * /e2e-page.js, which copies the query string onto <cognito-user-pool> and records every
 * `cognito-*` event into `window.__events`.
 */
import { after, afterEach } from 'node:test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startDevPool } from '../../dev-pool/server.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';
import { staticFiles } from '../../scripts/static-files.mjs';
import { modelViolation } from '../shared/api-model.js';

export type DevPool = Awaited<ReturnType<typeof startDevPool>>;
export type InboxMessage = ReturnType<DevPool['inbox']>[number];
export type MessageKind = InboxMessage['kind'];

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = join(root, 'dist');
export const PAGES_DIR = join(root, 'test/e2e/pages');


// ---------------------------------------------------------------------------------------------
// Static files

export interface StaticServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Responses of the static server beyond its files: generated pages, and headers per path. */
export interface ServeOptions {
  routes?: Record<string, { type: string; body: string }>;
  headers?: (pathname: string) => Record<string, string> | undefined;
}

/**
 * Serves each directory at `/`, first match wins (by default test/e2e/pages/, then dist/, so
 * `/flows.html` and `/cdn/cognito-elements.js` both resolve). GET and HEAD only; no caching.
 */
export async function startStaticServer(dirs: string[] = [PAGES_DIR, DIST_DIR], options: ServeOptions = {}): Promise<StaticServer> {
  const mounts = dirs.map((dir) => ({ prefix: '/', dir }));
  const server = createServer(staticFiles(mounts, options.routes, { headers: options.headers }));
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser and pages

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
}

/**
 * Provider settings for the page's <cognito-user-pool>: camelCase keys become attributes
 * (`userPoolId` → `user-pool-id`, `authFlow` → `auth-flow`); kebab-case keys are used as given.
 * `undefined` leaves the attribute out.
 */
export interface ProviderSettings {
  endpoint?: string;
  userPoolId?: string;
  clientId?: string;
  region?: string;
  identityPoolId?: string;
  identityEndpoint?: string;
  authFlow?: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH';
  storage?: 'local' | 'session' | 'memory' | 'cookie';
  [attribute: string]: string | undefined;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The page URL with the provider settings in its query string. */
export function pageUrl(base: string, pagePath: string, settings: ProviderSettings = {}): string {
  const url = new URL(pagePath.replace(/^\/+/, ''), `${base.replace(/\/+$/, '')}/`);
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) url.searchParams.set(kebab(key), value);
  }
  return url.href;
}

const pageErrorLog = new WeakMap<Page, string[]>();
const refusalLog = new WeakMap<Page, string[]>();

/**
 * Opens `url` in a fresh browser context (its own storage and cookies) and waits for the load
 * event. Uncaught page errors and console errors are kept for `pageErrors(page)`, Cognito's
 * error answers for `cognitoRefusals(page)`. `options` are
 * the context's; `beforeLoad` prepares it first (routes, init scripts).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options?: BrowserContextOptions,
  beforeLoad?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await newContext(browser, options);
  await beforeLoad?.(context);
  const page = await openTab(context, url);
  page.on('close', () => void context.close().catch(() => {}));
  return page;
}

/** A browser context whose every request to Cognito is checked against the API model. */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  checkRequests(context);
  return context;
}

/** Opens `url` in another page (a tab) of `context`, sharing its storage, cookies and channels. */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  const refusals: string[] = [];
  pageErrorLog.set(page, errors);
  refusalLog.set(page, refusals);
  // Where Cognito requests (x-amz-target) went: the browser logs each 4xx answer there as a
  // console error ("Failed to load resource"); those are kept as the refusals they are.
  const cognitoUrls = new Set<string>();
  page.on('request', (request) => void (request.headers()['x-amz-target'] && cognitoUrls.add(request.url())));
  page.on('response', (response) => {
    const target = response.request().headers()['x-amz-target'];
    if (!target || response.status() < 400) return;
    const entry = `${target.split('.').pop()} ${response.status()}`;
    const at = refusals.push(entry) - 1;
    response.json().then(
      (body: { __type?: string }) => (refusals[at] = `${entry} ${String(body.__type ?? '').split('#').pop()}`.trim()),
      () => {},
    );
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) && cognitoUrls.has(where)) return;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`GET ${url} answered ${response?.status()}`);
  return page;
}

/** Uncaught errors and console errors the page has reported so far (Cognito's refusals aside). */
export function pageErrors(page: Page): string[] {
  return [...(pageErrorLog.get(page) ?? [])];
}

/**
 * Cognito's error answers to the page so far, as `Operation status code`, e.g.
 * `RespondToAuthChallenge 400 CodeMismatchException` (the code once the body has been read).
 */
export function cognitoRefusals(page: Page): string[] {
  return [...(refusalLog.get(page) ?? [])];
}

// ---------------------------------------------------------------------------------------------
// Events recorded by /e2e-page.js

export interface RecordedEvent {
  type: string;
  /** The dispatching element's tag name (lower case), or `document` / `window`. */
  target: string;
  /** The event's detail, JSON round-tripped (Dates become ISO strings). */
  detail: Record<string, unknown> | null;
}

/** Every `cognito-*` event so far, oldest first; with `type`, only those. */
export function recordedEvents(page: Page, type?: string): Promise<RecordedEvent[]> {
  return page.evaluate(
    (only) => {
      const all = (window as unknown as { __events: RecordedEvent[] }).__events ?? [];
      return only ? all.filter((e) => e.type === only) : all;
    },
    type,
  );
}

/**
 * Waits until the page has recorded `count` (default 1) events of `type` and returns the latest.
 * Counting lets a test wait for the second sign-in after the first.
 */
export async function waitForEvent(
  page: Page,
  type: string,
  { count = 1, timeout = 15_000 }: { count?: number; timeout?: number } = {},
): Promise<RecordedEvent> {
  await page.waitForFunction(
    ([t, n]) => ((window as unknown as { __events?: { type: string }[] }).__events ?? []).filter((e) => e.type === t).length >= n,
    [type, count] as const,
    { timeout },
  );
  const events = await recordedEvents(page, type);
  return events[events.length - 1];
}

// ---------------------------------------------------------------------------------------------
// Every request to Cognito fits its API model

const violations: string[] = [];

/**
 * Checks every Cognito request a page of `context` sends (any POST with `X-Amz-Target`)
 * against the official model (test/shared/api-model.ts). What does not fit is kept, and
 * `setup()` fails the test that sent it, even when the page swallowed the server's answer.
 */
function checkRequests(context: BrowserContext) {
  context.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (!target || request.method() !== 'POST') return;
    let body: unknown;
    try {
      body = JSON.parse(request.postData() ?? '');
    } catch {
      body = request.postData();
    }
    const violation = modelViolation(target, body);
    if (violation) violations.push(violation);
  });
}

/** The requests outside Cognito's model seen since the last call; forgets them. */
export function takeModelViolations(): string[] {
  return violations.splice(0);
}

// ---------------------------------------------------------------------------------------------
// Inbox

const matches = (m: InboxMessage, username: string, kind: MessageKind) =>
  m.kind === kind && (m.username === username || m.destination === username);

/**
 * The code of the newest `kind` message to `username` (Cognito's user name, or the e-mail /
 * phone it was sent to). Throws when there is none.
 */
export function latestCode(pool: DevPool, username: string, kind: MessageKind): string {
  const found = pool.inbox().filter((m) => matches(m, username, kind));
  if (found.length === 0) {
    throw new Error(`no ${kind} message for ${username} in the dev pool's inbox (${pool.inbox().length} messages)`);
  }
  return found[found.length - 1].code;
}

/** Like latestCode, but waits for a message sent after `since` (default: any time). */
export async function waitForCode(
  pool: DevPool,
  username: string,
  kind: MessageKind,
  { since, timeout = 10_000 }: { since?: Date; timeout?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = pool
      .inbox()
      .filter((m) => matches(m, username, kind) && (!since || new Date(m.sentAt) >= since));
    if (found.length > 0) return found[found.length - 1].code;
    if (Date.now() > deadline) throw new Error(`no ${kind} message for ${username} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// One call per test file

export interface SetupOptions {
  /** The dev pool's configuration, in Cognito's shapes (see API.md, "The dev pool"). */
  config?: unknown;
  /** Persist the pool here; by default it lives in memory. */
  dataDir?: string;
  /** More for the static server to serve, given the running pool (e.g. a page with a CSP naming its endpoint). */
  serve?: (pool: DevPool) => ServeOptions;
}

export interface E2EContext {
  pool: DevPool;
  server: StaticServer;
  browser: Browser;
  /** The dev pool's lines (codes sent, requests); printed as they come when E2E_LOG is set. */
  poolLog: string[];
  /** endpoint, userPoolId and clientId of the dev pool. */
  settings: ProviderSettings;
  /** The absolute URL of a page under test/e2e/pages/ with provider settings in its query. */
  url(pagePath: string, settings?: ProviderSettings): string;
  /** Opens a page in a fresh context with the dev pool's settings, plus (or overriding) `extra`. */
  openPage(pagePath: string, extra?: ProviderSettings): Promise<Page>;
  /** Opens `count` pages (tabs) of one fresh context: same origin, storage and channels. */
  openTabs(count: number, pagePath: string, extra?: ProviderSettings): Promise<Page[]>;
  latestCode(username: string, kind: MessageKind): string;
  waitForCode(username: string, kind: MessageKind, options?: { since?: Date; timeout?: number }): Promise<string>;
}

/**
 * Starts the dev pool (random port), the static server and Chromium, and registers an `after`
 * hook that stops them (also when a later step of the setup fails). Call it once at the top of
 * a test file: `const ctx = await setup();`.
 */
export async function setup(options: SetupOptions = {}): Promise<E2EContext> {
  const cleanups: Array<() => Promise<unknown>> = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  });
  afterEach(() => {
    const found = takeModelViolations();
    if (found.length > 0) throw new Error(`Requests outside Cognito's API model:\n${found.join('\n')}`);
  });

  if (!existsSync(join(DIST_DIR, 'cdn/cognito-elements.js'))) {
    throw new Error('dist/cdn/cognito-elements.js is missing: run `npm run build` before the e2e tests');
  }

  const poolLog: string[] = [];
  const pool = await startDevPool({
    port: 0,
    host: '127.0.0.1',
    config: options.config,
    dataDir: options.dataDir,
    log: (line) => {
      poolLog.push(line);
      if (process.env.E2E_LOG) console.log(`[dev-pool] ${line}`);
    },
  });
  cleanups.push(() => pool.close());

  const server = await startStaticServer(undefined, options.serve?.(pool));
  cleanups.push(() => server.close());

  const browser = await launchBrowser();
  cleanups.push(() => browser.close());

  const settings: ProviderSettings = { endpoint: pool.endpoint, userPoolId: pool.userPoolId, clientId: pool.clientId };
  const url = (pagePath: string, extra: ProviderSettings = {}) => pageUrl(server.url, pagePath, { ...settings, ...extra });
  return {
    pool,
    server,
    browser,
    poolLog,
    settings,
    url,
    openPage: (pagePath, extra) => openPage(browser, url(pagePath, extra)),
    async openTabs(count, pagePath, extra) {
      const context = await newContext(browser);
      const pages: Page[] = [];
      for (let i = 0; i < count; i++) pages.push(await openTab(context, url(pagePath, extra)));
      pages[0]?.on('close', () => void context.close().catch(() => {}));
      return pages;
    },
    latestCode: (username, kind) => latestCode(pool, username, kind),
    waitForCode: (username, kind, opts) => waitForCode(pool, username, kind, opts),
  };
}
