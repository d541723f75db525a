/** Registers every element. Importing it twice, or beside another copy, is harmless. */
import { elements } from './components/registry.js';

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
