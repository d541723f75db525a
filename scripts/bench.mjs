// npm run bench [-- --runs 20]: the sizes of `npm run size`, then the time from the moment the
// CDN bundle's <script type="module"> is inserted to the first <cognito-sign-in> <form> being
// in the DOM (fetch from localhost + parse + evaluate + define + first render), in headless
// Chromium (CHROME_PATH or /usr/bin/chromium), each run in a fresh browser context (cold cache).
// Needs `npm run build` first. Not part of `npm test`: timings depend on the machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CDN_BUNDLE, measure, table } from './size.mjs';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, not "${values.runs}"`);
  process.exit(2);
}

const rows = await measure().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`${table(rows)}\n`);

const bundle = readFileSync(CDN_BUNDLE);
const page = (origin) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>bench</title></head>
  <body>
    <cognito-user-pool user-pool-id="us-east-1_Bench0001" client-id="benchclient" endpoint="${origin}/" storage="memory">
      <cognito-sign-in></cognito-sign-in>
    </cognito-user-pool>
    <script>
      const observer = new MutationObserver(() => {
        if (document.querySelector('cognito-sign-in form')) {
          window.__rendered = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/cognito-elements.js';
      window.__start = performance.now();
      document.body.append(script);
    </script>
  </body>
</html>`;

const server = createServer((req, res) => {
  const origin = `http://${req.headers.host}`;
  if (req.url === '/cognito-elements.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(bundle);
  } else if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page(origin));
  } else {
    res.writeHead(404).end(); // the provider must not need the network to render
  }
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  const totals = [];
  const fetches = [];
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(url);
    await tab.waitForFunction(() => window.__rendered !== undefined, undefined, { timeout: 15_000 }).catch(() => {
      throw new Error(`no <cognito-sign-in> form within 15 s${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
    const { total, fetch } = await tab.evaluate(() => {
      const [entry] = performance.getEntriesByName(new URL('/cognito-elements.js', location.href).href);
      return { total: window.__rendered - window.__start, fetch: entry ? entry.responseEnd - entry.startTime : NaN };
    });
    await context.close();
    if (i === 0) continue; // warm-up: the browser process's own first-use costs
    totals.push(total);
    fetches.push(fetch);
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`render: script inserted → first <cognito-sign-in> form, ${runs} runs (cold cache each)`);
  console.log(`  median ${ms(median(totals))}   min ${ms(Math.min(...totals))}   max ${ms(Math.max(...totals))}`);
  console.log(`  of which fetching the bundle from localhost: median ${ms(median(fetches))}`);
} finally {
  await browser.close();
  server.close();
}
