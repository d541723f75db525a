/**
 * Registers every element. Importing it twice, or beside another copy, is harmless; so is
 * importing it where there is no custom element registry (a server without a DOM shim).
 */
import { elements } from './components/registry.js';

for (const [tag, element] of Object.entries(elements)) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
