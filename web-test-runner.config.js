// npm run test:components — component tests in Debian's Chromium (or CHROME_PATH), never a
// downloaded browser. TypeScript is compiled by esbuild (target es2022, so the legacy decorators of
// tsconfig.json are transformed; Chromium does not parse decorators). The Cognito SDK is CommonJS
// underneath (it pulls `buffer`), so it is served pre-bundled as one ES module (DESIGN.md:
// @rollup/plugin-commonjs through fromRollup does not work here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Serves test/frameworks/*.test.ts(x) bundled by esbuild, framework included: they test the
 * built package (dist/, which `npm run build` makes) as React and Vue use it, and React is
 * CommonJS only, which the dev server cannot serve as modules.
 */
function bundledFrameworkTests() {
  return {
    name: 'bundled-framework-tests',
    async serve(context) {
      if (!/^\/test\/frameworks\/[\w-]+\.test\.tsx?$/.test(context.path)) return;
      if (!existsSync(join(rootDir, 'dist/react.js'))) throw new Error('test/frameworks tests the built package: run `npm run build` first');
      const { outputFiles } = await build({
        entryPoints: [join(rootDir, context.path)],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        jsx: 'automatic',
        define: {
          global: 'globalThis',
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        sourcemap: 'inline',
        write: false,
        logLevel: 'silent',
      });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  rootDir,
  files: ['test/components/**/*.test.ts', 'test/frameworks/**/*.test.{ts,tsx}'],
  nodeResolve: { browser: true },
  plugins: [
    bundledFrameworkTests(),
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
