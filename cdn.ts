/**
 * The CDN entry: registers every element lazily (lazy.ts: each element's module, in a chunk
 * beside this file, loads when its tag first appears), and exports the core (registerTranslation
 * and the rest of src/index.ts) for pages without a bundler. An element's class is
 * `await customElements.whenDefined(tag)`.
 */
// What every page needs (lit, the base class, the provider) and the sign-in form (0.7 KB) are in
// this file rather than in chunks: no round trip after it before the first form.
import './components/base/cognito-element.js';
import './components/user-pool/user-pool.js';
import './components/sign-in/sign-in.js';

export * from './lazy.js';
export * from './src/index.js';
