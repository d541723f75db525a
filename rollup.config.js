// The CDN bundle: ONE self-contained, minified ES module that defines every element, with lit,
// @lit/context and amazon-cognito-identity-js bundled in (API.md, "Package and build outputs").
// TypeScript is compiled by esbuild (DESIGN.md: tools on the compiler API crash with TS 7); it
// reads tsconfig.json, so experimentalDecorators / useDefineForClassFields: false apply.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

/** Warnings we expect and understand; everything else is shown (and `--failAfterWarnings`-able). */
function onwarn(warning, warn) {
  // CommonJS / UMD files test `this` at the top level (`this && this.__extends`); in an ES module
  // it is undefined, which those helpers handle.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default {
  input: 'define.ts',
  output: {
    file: 'dist/cdn/cognito-elements.js',
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: true,
  },
  onwarn,
  plugins: [
    nodeResolve({ browser: true, preferBuiltins: false, extensions: ['.ts', '.mjs', '.js', '.json'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
    globalToGlobalThis(),
    commonjs(),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
