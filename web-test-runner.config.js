// npm run test:components — component tests in Debian's Chromium (or CHROME_PATH), never a
// downloaded browser. TypeScript is compiled by esbuild (target es2022, so the legacy decorators of
// tsconfig.json are transformed; Chromium does not parse decorators). The Cognito SDK is CommonJS
// underneath (it pulls `buffer`), so it is served pre-bundled as one ES module (DESIGN.md:
// @rollup/plugin-commonjs through fromRollup does not work here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));


/** Serves `amazon-cognito-identity-js` as one ES module bundled by esbuild (built once, cached). */
function cognitoSdkAsEsm() {
  const specifier = 'amazon-cognito-identity-js';
  const virtualPath = '/__prebundled__/amazon-cognito-identity-js.js';
  let bundle;
  const bundleSdk = async () => {
    const { outputFiles } = await build({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: rootDir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: { global: 'globalThis' },
      write: false,
      logLevel: 'silent',
    });
    return outputFiles[0].text;
  };
  return {
    name: 'cognito-sdk-as-esm',
    resolveImport({ source }) {
      if (source === specifier) return virtualPath;
    },
    async serve(context) {
      if (context.path !== virtualPath) return;
      bundle ??= bundleSdk();
      return { body: await bundle, type: 'js' };
    },
  };
}

export default {
  rootDir,
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { browser: true },
  plugins: [
    cognitoSdkAsEsm(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  // Two cores here: one browser, two test files at a time.
  concurrentBrowsers: 1,
  concurrency: 2,
  // axe checks in every state are slower than mocha's 2 s default.
  testFramework: { config: { timeout: 10_000 } },
  browserStartTimeout: 60_000,
  // lit's development build (picked by the `development` export condition) says so in every file.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
};
