// The pages `npm run bench` loads, and the server that sends them: dist/cdn/ gzip -9 encoded
// (so the browser's encodedBodySize is what a CDN would send), nothing cached.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The first page is the floor the others are compared with; `signIn`: also time an SRP sign-in. */
export const PAGES = [
  { name: 'no-JS form', path: '/no-js.html' },
  { name: 'no-JS form + the stylesheet (reference)', path: '/no-js-styled.html' },
  { name: 'Lit + stylesheet, no logic (reference)', path: '/lit-floor.html' },
  { name: 'cognito-elements.js', path: '/cdn.html', signIn: true },
  { name: 'cognito-elements.bundle.js (one file)', path: '/bundle.html', signIn: true },
];

const noJs = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>bench</title></head>
<body>
  <form method="post" action="/sign-in">
    <h2>Sign in</h2>
    <label>Username <input name="username" autocomplete="username" required /></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
    <button type="submit">Sign in</button>
    <a href="#forgot">Forgot your password?</a>
  </form>
</body></html>`;

const elementsPage = (script, pool) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>bench</title>
  <script type="module" src="/cdn/${script}"></script>
</head>
<body>
  <cognito-user-pool user-pool-id="${pool.userPoolId}" client-id="${pool.clientId}" endpoint="${pool.endpoint}" storage="memory">
    <cognito-sign-in></cognito-sign-in>
  </cognito-user-pool>
</body></html>`;

/** The sign-in form's markup as the elements render it (classes, regions, buttons), without ids that vary. */
const FORM_MARKUP = `<form class="cognito-form" novalidate><h2>Sign in</h2>
  <div class="cognito-field"><label for="u">Username</label><input id="u" name="username" autocomplete="username" required></div>
  <div class="cognito-field"><label for="p">Password</label><button type="button" name="show-password" aria-pressed="false">Show</button>
    <input id="p" name="password" type="password" autocomplete="current-password" required></div>
  <div class="cognito-alert" role="alert"></div><div class="cognito-status" role="status"></div>
  <button type="submit">Sign in</button>
  <div class="cognito-links"><button type="button">Forgot your password?</button></div></form>`;

/** The elements' stylesheet as written in components/base/styles.ts (the text the builds ship, before minifying). */
function stylesheetText() {
  const source = readFileSync(join(root, 'components/base/styles.ts'), 'utf8');
  const found = source.match(/const text = \/\* css \*\/ `([^`]*)`;/);
  if (!found) throw new Error('components/base/styles.ts: the stylesheet text was not found');
  return found[1];
}

/**
 * For reference, how much of the gap is the look rather than the script: the same markup, styled
 * by the same sheet in a <style>, no JavaScript.
 */
const noJsStyled = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>bench</title><style>${stylesheetText()}</style></head>
<body>
  <cognito-sign-in>${FORM_MARKUP}</cognito-sign-in>
</body></html>`;

/**
 * The floor of this library's approach, for reference: Lit and the elements' stylesheet, an
 * element that renders the sign-in form's markup and does nothing else (no provider, no strings,
 * no requests). What the real entry adds over it is the library's own cost.
 */
const LIT_FLOOR = `import { LitElement, html } from 'lit';
import { adoptStyles } from './components/base/styles.ts';
class Floor extends LitElement {
  createRenderRoot() { return this; }
  connectedCallback() { super.connectedCallback(); adoptStyles(this); }
  render() {
    return html\`${FORM_MARKUP}\`;
  }
}
customElements.define('cognito-sign-in', Floor);`;

async function litFloor() {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    stdin: { contents: LIT_FLOOR, resolveDir: root, loader: 'ts', sourcefile: 'lit-floor.ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
  });
  return outputFiles[0].contents;
}

/**
 * What every page runs before its own content (the same for all, the no-JS form included): the
 * first contentful paint, and marks around a sign-in for the trace.
 */
export const INSTRUMENT = () => {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__formVisible = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('submit', () => {
    window.__submitted = performance.now();
    performance.mark('bench-submit');
  }, true);
  document.addEventListener('cognito-signed-in', () => {
    window.__signedIn = performance.now();
    performance.mark('bench-signed-in');
  });
};

export async function benchServer(pool) {
  if (!existsSync(join(root, 'dist/cdn/cognito-elements.js'))) throw new Error('run `npm run build` first');
  const html = {
    '/no-js.html': noJs,
    '/no-js-styled.html': noJsStyled(),
    '/cdn.html': elementsPage('cognito-elements.js', pool),
    '/bundle.html': elementsPage('cognito-elements.bundle.js', pool),
    '/lit-floor.html': elementsPage('lit-floor.js', pool),
  };
  const floorScript = await litFloor();
  const gzipped = new Map();
  const body = (path) => {
    if (html[path]) return { type: 'text/html', data: html[path] };
    if (path === '/cdn/lit-floor.js') return { type: 'text/javascript', data: floorScript };
    const file = normalize(join(root, 'dist', path));
    if (!path.startsWith('/cdn/') || !file.startsWith(join(root, 'dist/cdn')) || !existsSync(file)) return null;
    return { type: extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream', data: readFileSync(file) };
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const found = body(path);
    if (!found) return res.writeHead(404).end();
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(found.data, { level: 9 }));
    res.writeHead(200, { 'content-type': `${found.type}; charset=utf-8`, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    res.end(gzipped.get(path));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
