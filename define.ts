/**
 * Registers every element. Importing it twice, or beside another copy, is harmless; so is
 * importing it where there is no custom element registry (a server without a DOM shim).
 */
import { elements } from './components/registry.js';
// Also a bare import, because declaration emit keeps only that one: define.d.ts then brings the
// registry's HTMLElementTagNameMap and, through the classes, every event's
// GlobalEventHandlersEventMap entry into an app's types.
import './components/registry.js';

for (const [tag, element] of Object.entries(elements)) {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
