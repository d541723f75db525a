/**
 * Registers every element lazily (the CDN entry does this): each tag's module, and the SDK, load
 * when the tag first appears in the document, so a page downloads only what it shows. Use
 * `define.js` instead to define every element at once. `discover(shadowRoot)` covers elements
 * that live in a shadow root of your own.
 */
import { discover } from './components/autoload.js';

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') void discover(document);

export { discover };
export { loaders } from './components/loaders.js';
