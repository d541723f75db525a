// The CDN build: a minified ES module entry that registers every element, with its chunks (lit,
// @lit/context and amazon-cognito-identity-js bundled in), and the same in one file (API.md,
// "Package and build outputs");
// and `sdkBuild`, the SDK pre-bundled the same way for the npm package's dist/.
// TypeScript is compiled by esbuild (DESIGN.md: tools on the compiler API crash with TS 7); it
// reads tsconfig.json, so experimentalDecorators / useDefineForClassFields: false apply.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cdnLocales } from './scripts/locales-build.mjs';
import { minifyCssRollup } from './scripts/minify-css.mjs';
import { sdkPrune } from './scripts/sdk-prune.mjs';

/**
 * The SDK (and its CommonJS `buffer`) refer to Node's `global`. commonjs() rewrites it in CJS
 * modules; this catches the ES modules (e.g. the SDK's cryptoSecureRandomInt) so the bundle needs
 * no Node polyfill. esbuild's `define` only replaces free references, never properties or locals.
 */
function globalToGlobalThis() {
  return esbuild({
    include: /node_modules[\\/].*\.m?js$/,
    exclude: [],
    loaders: { '.mjs': 'js' },
    target: 'es2022',
    tsconfig: false,
    define: { global: 'globalThis' },
  });
}

/**
 * Stand-ins for what the SDK pulls in but a browser bundle needs smaller or not at all, used in
 * the CDN bundle and in the package's pre-bundled SDK (dist/src/auth/sdk.js, `sdkBuild` below):
 * - `buffer` (about 6 KB gzip): src/shims/buffer.ts, the few Buffer operations the SDK performs;
 * - its jsbn `./BigInteger` (about 2.5 KB gzip, and ~150 ms of main thread per sign-in):
 *   src/shims/big-integer.ts on native BigInt;
 * - `@aws-crypto/sha256-js` with its util packages and tslib (about 2 KB gzip):
 *   src/shims/sha256.ts, synchronous SHA-256 and HMAC;
 * - its `./cryptoSecureRandomInt`, whose fallback `require('crypto')` bundlers flag:
 *   src/shims/random-int.ts, Web Crypto only;
 * - `js-cookie`, only behind the SDK's CookieStorage, which we replace with our own;
 * - `isomorphic-unfetch`, a fetch polyfill for browsers that have had fetch for years.
 * The shims are unit-tested against the originals; every e2e sign-in runs through them.
 */
const SHIMS = {
  buffer: './src/shims/buffer.ts',
  './BigInteger': './src/shims/big-integer.ts',
  '@aws-crypto/sha256-js': './src/shims/sha256.ts',
  './cryptoSecureRandomInt': './src/shims/random-int.ts',
  'js-cookie': '\0empty',
  'isomorphic-unfetch': '\0empty',
};

function sdkShims() {
  return {
    name: 'sdk-shims',
    resolveId(source, importer) {
      const target = SHIMS[source.replace(/\.js$/, '')];
      if (!target || !importer?.includes('node_modules')) return null;
      return target.startsWith('\0') ? target : fileURLToPath(new URL(target, import.meta.url));
    },
    load: (id) => (id === '\0empty' ? 'export default {};' : null),
  };
}

/**
 * Terser keeps template literals as written, so the indentation of every html`` template ships
 * (the stylesheet's CSS is minified before: scripts/minify-css.mjs). In terser's one-line output a real newline only occurs inside template
 * literals (other strings escape it), and there a newline with its indentation means the same
 * as one space in HTML and CSS.
 */
function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    renderChunk(code) {
      const edited = new MagicString(code);
      for (const match of code.matchAll(/\n\s*/g)) edited.overwrite(match.index, match.index + match[0].length, ' ');
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * esbuild writes its decorator helper (`__decorateClass`, with `__defProp` and `__getOwnPropDesc`)
 * into every module that uses decorators: one copy per element module. Here every module imports
 * the one copy of a virtual module instead (the helper's text is esbuild's own, checked).
 */
const HELPER_ID = '\0esbuild-decorate-class';
/** esbuild's decorator helper as it writes it at the top of a module (the npm build shares it too: scripts/dist-build.mjs). */
export const DECORATOR_HELPER = /^var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = \(decorators, target, key, kind\) => \{\n[\s\S]*?\n\};\n/m;
function shareDecoratorHelper() {
  const helper = DECORATOR_HELPER;
  let text;
  return {
    name: 'share-decorator-helper',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) => (id === HELPER_ID ? `${text}export { __decorateClass };\n` : null),
    transform(code, id) {
      if (id === HELPER_ID || !id.endsWith('.ts')) return null;
      const match = code.match(helper);
      if (!match) return null;
      if (text !== undefined && text !== match[0]) throw new Error(`${id}: esbuild's decorator helper differs from the one shared`);
      text = match[0];
      const edited = new MagicString(code);
      edited.overwrite(match.index, match.index + match[0].length, `import { __decorateClass } from '${HELPER_ID}';\n`);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/** Warnings we expect and understand; everything else is shown (and `--failAfterWarnings`-able). */
function onwarn(warning, warn) {
  // CommonJS / UMD files test `this` at the top level (`this && this.__extends`); in an ES module
  // it is undefined, which those helpers handle.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/** TypeScript and the SDK (with its stand-ins, pruned) to browser ES, unminified: shared by every build. */
const compile = () => [
  sdkShims(),
  sdkPrune(),
  nodeResolve({ browser: true, preferBuiltins: false, extensions: ['.ts', '.mjs', '.js', '.json'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  shareDecoratorHelper(),
  globalToGlobalThis(),
  commonjs(),
];

/**
 * The CDN build; `plugins(extra)` lets the size script bundle other entries the same way.
 * `locales` goes to cdnLocales(): `{ none: true }` for the single self-contained file.
 */
export const plugins = (extra = [], locales = {}) => [
  ...extra,
  // Language files: fetched beside the bundle, never inside it (scripts/locales-build.mjs).
  cdnLocales(locales),
  // The stylesheet's CSS without its indentation and comments (scripts/minify-css.mjs).
  minifyCssRollup(),
  ...compile(),
  terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  collapseTemplateWhitespace(),
];

export { onwarn };

/**
 * dist/cdn/cognito-elements.bundle.js: the same elements in ONE file that makes no requests of
 * its own (no language files: a page adds one with registerTranslation), for pages that pin it
 * with Subresource Integrity. The build prints its sha384.
 */
export const singleFile = {
  input: 'cdn-bundle.ts',
  output: { file: 'dist/cdn/cognito-elements.bundle.js', format: 'es', inlineDynamicImports: true, sourcemap: false },
  onwarn,
  plugins: plugins([], { none: true }),
};

/**
 * The CDN build's chunks. Rollup makes one chunk per set of importers, so a module that two
 * dynamic imports share becomes a chunk of its own: one more request, and compressed apart (gzip
 * cannot reuse what the other files hold): ~5 small chunks cost ~1.5 KB gzip in all. Here each
 * group below is one chunk: the modules its roots import statically that the entry does not hold
 * (an earlier group keeps what it already has). Each group's parts load together, or nearly:
 * - the direct adapter with its JSON client and SRP: every page loads it (src/auth/lazy-adapter.ts,
 *   when idle at the latest), so the USER_AUTH code, which shares them, finds them loaded;
 * - USER_AUTH: first-factor.ts and the client it imports at its first step;
 * - the account elements' base with the signed-in user's controller (totp-setup, the one other
 *   user of the controller, loads the base too: 0.3 KB);
 * - the forms' shared parts (password rules, attribute fields, where a code went) that the
 *   registration, challenge and account groups share (the USER_AUTH form needs only the last).
 * The entry's own modules are named too, or rollup would move the shared code that a group
 * imports (lit, the core) into that group's chunk.
 */
const CHUNK_GROUPS = {
  adapter: ['src/auth/direct/direct-adapter.ts'],
  'user-auth': ['src/auth/first-factor.ts', 'src/auth/user-auth/client.ts'],
  'account-element': ['components/base/account-element.ts'],
  'form-parts': ['components/base/new-password.ts', 'components/base/attribute-fields.ts', 'components/templates/delivery.ts'],
};

function chunkLayout() {
  let chunkOf;
  /** @type {import('rollup').GetManualChunk} */
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!chunkOf) {
      chunkOf = new Map();
      const claim = (name, roots) => {
        const stack = [...roots];
        while (stack.length) {
          const module = stack.pop();
          if (chunkOf.has(module)) continue;
          chunkOf.set(module, name);
          stack.push(...getModuleInfo(module).importedIds);
        }
      };
      claim('entry', [...getModuleIds()].filter((module) => getModuleInfo(module).isEntry));
      for (const [name, roots] of Object.entries(CHUNK_GROUPS)) {
        const ids = roots.map((root) => fileURLToPath(new URL(root, import.meta.url)));
        for (const root of ids) if (!getModuleInfo(root)) throw new Error(`rollup.config.js CHUNK_GROUPS: ${root} is not in the build`);
        claim(name, ids);
      }
    }
    return chunkOf.get(id);
  };
}

/**
 * dist/cdn/cognito-elements.js: the lazy entry (cdn.ts); each element's module, the SDK and the
 * shared code are chunks in dist/cdn/chunks/ (chunkLayout()), imported relative to the entry's URL.
 */
export default {
  input: 'cdn.ts',
  // The entry may export more than cdn.ts does: then the code every page needs (lit, the core,
  // the provider's base) stays in the entry rather than in one more chunk to wait for.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'cognito-elements.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: chunkLayout(),
    format: 'es',
    sourcemap: true,
  },
  onwarn,
  plugins: plugins(),
};

const sdkVersion = JSON.parse(readFileSync(new URL('./node_modules/amazon-cognito-identity-js/package.json', import.meta.url), 'utf8')).version;

/** The SDK's notice (Apache-2.0), kept by minifiers: `/*!` marks a legal comment. */
export const SDK_NOTICE = `/*!
 * amazon-cognito-identity-js ${sdkVersion} (https://github.com/aws-amplify/amplify-js),
 * with cognito-elements' stand-ins for buffer, jsbn, @aws-crypto/sha256-js, js-cookie and
 * isomorphic-unfetch. Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0 (amazon-cognito-identity-js.LICENSE.txt and .NOTICE.txt)
 */`;

/**
 * The package's SDK: src/auth/sdk.ts with amazon-cognito-identity-js and the same stand-ins
 * bundled in, as readable ES (the app's bundler minifies). scripts/dist-build.mjs writes it over
 * the compiled dist/src/auth/sdk.js, so the package needs no bundler setting and no SDK dependency.
 */
export const sdkBuild = {
  input: 'src/auth/sdk.ts',
  output: { file: 'dist/src/auth/sdk.js', format: 'es', banner: SDK_NOTICE, sourcemap: true },
  onwarn,
  plugins: compile(),
};
