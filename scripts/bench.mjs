// npm run bench [-- --runs 11] [-- --rate 4]: how the sign-in form of the CDN build compares with
// a hand-written HTML form without JavaScript, in headless Chromium at RATE× CPU throttling (CDP
// Emulation.setCPUThrottlingRate), each load in a fresh browser context (cold cache), the pages
// interleaved run by run, medians printed side by side:
//   - form visible: first contentful paint (the pages hold nothing but the form, so it is the form),
//     in a load without tracing;
//     "× no-JS" is the median, over the runs, of each page's time over the no-JS form's in that run;
//   - longest main-thread task and total blocking time (the part of each task over 50 ms), from
//     navigation to the form, read from a Chromium trace (RunTask events on the page's main thread)
//     of a second load;
//   - JS gzip bytes the page had downloaded when the form appeared (files are served gzip -9);
//   - an SRP sign-in against the dev pool (in this process), the password typed key by key:
//     submit → cognito-signed-in, its duration, longest task and total blocking time.
// Pages: no-JS form; for reference (bench-pages.mjs), the same markup styled by the elements'
// sheet without JavaScript (the look's cost) and Lit rendering it with the sheet (the approach's
// floor); dist/cdn/cognito-elements.js (lazy chunks); cognito-elements.bundle.js (one
// file). Needs `npm run build` first. Not part of `npm test`: timings depend on the machine.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';
import { benchServer, INSTRUMENT, PAGES } from './bench-pages.mjs';
import { mainThreadTasks } from './bench-trace.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' }, rate: { type: 'string', default: '4' } } });
const runs = Number(values.runs);
const rate = Number(values.rate);
if (!Number.isInteger(runs) || runs < 1 || !(rate >= 1)) {
  console.error(`--runs must be a positive integer and --rate at least 1 (got "${values.runs}", "${values.rate}")`);
  process.exit(2);
}

const { startDevPool } = await import('../dist/dev-pool/server.js').catch(() => {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
});
const pool = await startDevPool({ port: 0, host: '127.0.0.1', log: () => {} });
const USERNAME = 'bench';
const PASSWORD = 'Bench-Horse-42!';
await seedUser(pool);
const server = await benchServer(pool);
const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });

const TRACE = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading'];
const results = Object.fromEntries(PAGES.map((p) => [p.name, []]));

/**
 * Two cold loads of a page. The first, untraced, gives the time to the form and the JS before it
 * (recording a trace slows a script-heavy page down more than a plain one: at 4x here it added
 * ~60 ms to the CDN entry's form and ~15 ms to Lit's, so a traced load would skew the ratio); for
 * the JS pages an SRP sign-in follows on it. The second, traced, gives the main-thread tasks.
 */
async function measurePage(page) {
  const row = await load(page, async (tab, errors) => {
    const { visible, jsBytes } = await tab.evaluate(() => ({
      visible: window.__formVisible,
      jsBytes: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.responseEnd <= window.__formVisible)
        .reduce((sum, r) => sum + r.encodedBodySize, 0),
    }));
    return { visible, jsBytes, ...(page.signIn ? await signIn(tab, errors) : {}) };
  });
  const tasks = await load(page, async () => mainThreadTasks(await browser.stopTracing(), 'navigationStart', 'firstContentfulPaint'), true);
  return { ...row, longest: tasks.longest, tbt: tasks.tbt };
}

/** Loads `page` in a fresh context (cold cache) at RATE× CPU, waits for the form, then `measure(tab, errors)`. */
async function load(page, measure, traced = false) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(INSTRUMENT);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    if (traced) await browser.startTracing(tab, { categories: TRACE });
    await tab.goto(`${server.url}${page.path}`);
    await tab.waitForFunction(() => window.__formVisible !== undefined, undefined, { timeout: 30_000 }).catch(() => {
      throw new Error(`${page.name}: no form painted within 30 s${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
    return await measure(tab, errors);
  } finally {
    await context.close();
  }
}

async function signIn(tab, errors) {
  await tab.fill('cognito-sign-in [name="username"]', USERNAME);
  // Typed key by key, as a person would (~0.6 s): the page may prepare the sign-in meanwhile.
  await tab.locator('cognito-sign-in [name="password"]').pressSequentially(PASSWORD, { delay: 40 });
  await browser.startTracing(tab, { categories: TRACE });
  await tab.click('cognito-sign-in button[type=submit]');
  await tab.waitForFunction(() => window.__signedIn !== undefined, undefined, { timeout: 60_000 }).catch(() => {
    throw new Error(`no cognito-signed-in within 60 s${errors.length ? `: ${errors.join('; ')}` : ''}`);
  });
  const srp = mainThreadTasks(await browser.stopTracing(), 'bench-submit', 'bench-signed-in');
  const ms = await tab.evaluate(() => window.__signedIn - window.__submitted);
  return { srpMs: ms, srpLongest: srp.longest, srpTbt: srp.tbt };
}

async function seedUser(devPool) {
  const call = async (op, body) => {
    const res = await fetch(devPool.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${op}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${op}: ${await res.text()}`);
  };
  await call('SignUp', { ClientId: devPool.clientId, Username: USERNAME, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'bench@example.com' }] });
  const code = devPool.inbox().findLast((m) => m.username === USERNAME)?.code;
  await call('ConfirmSignUp', { ClientId: devPool.clientId, Username: USERNAME, ConfirmationCode: code });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  for (let i = 0; i <= runs; i++) {
    for (const page of PAGES) {
      const row = await measurePage(page);
      if (i > 0) results[page.name].push(row); // run 0 warms the browser process up
    }
    process.stdout.write(i === 0 ? 'runs: ' : `${i} `);
  }
  console.log('\n');
  // Each page against the no-JS form of the same run (loaded just before it): the machine's
  // state drifts from run to run, and a ratio within a run cancels most of that drift.
  const floorRuns = results[PAGES[0].name].map((r) => r.visible);
  const ratio = (rows) => median(rows.map((r, i) => r.visible / floorRuns[i]));
  const cell = (x, unit = 'ms') => (x === undefined ? '—' : `${Math.round(x)} ${unit}`);
  const lines = [
    [`at ${rate}× CPU, medians of ${runs}`, 'form visible', '× no-JS (same run)', 'longest task', 'TBT', 'JS gzip', 'SRP sign-in', 'longest', 'TBT'],
  ];
  for (const page of PAGES) {
    const rows = results[page.name];
    const m = (key) => median(rows.map((r) => r[key]));
    lines.push([
      page.name,
      cell(m('visible')),
      `${ratio(rows).toFixed(2)}×`,
      cell(m('longest')),
      cell(m('tbt')),
      `${(m('jsBytes') / 1000).toFixed(1)} KB`,
      cell(m('srpMs')),
      cell(m('srpLongest')),
      cell(m('srpTbt')),
    ]);
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  for (const l of lines) console.log(l.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  '));
  const worst = (key) => Math.max(...PAGES.filter((p) => p.signIn).flatMap((p) => results[p.name].map((r) => r[key])));
  console.log(`\nworst run: longest task on load ${cell(worst('longest'))}, during SRP ${cell(worst('srpLongest'))}`);
} finally {
  await browser.close();
  await server.close();
  await pool.close();
}
