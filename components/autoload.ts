import { loaders, nested } from './loaders.js';
import { yieldToMain } from '../src/shims/yield-to-main.js';

/*
 * Lazy elements: every tag is registered at once, but its module loads only when the tag first
 * appears in the document. Elements created before their definition (in HTML, or by a framework
 * with document.createElement) stay undefined until then and upgrade in place; Lit keeps the
 * properties set on them before the upgrade. The provider is always defined before the elements
 * inside it, so they find its context when they connect; an element that renders others (the
 * authenticator its steps) after them (loaders.ts `nested`).
 */
type Tag = keyof typeof loaders;
const PROVIDER: Tag = 'cognito-user-pool';
const defined = new Map<Tag, Promise<void>>();
const TAGS = Object.keys(loaders).length;
const isTag = (name: string): name is Tag => Object.hasOwn(loaders, name);

function define(tag: Tag): Promise<void> {
  let done = defined.get(tag);
  if (!done) {
    const provider = tag === PROVIDER ? undefined : defined.get(PROVIDER);
    const inner = (nested[tag] ?? []).map(define);
    done = Promise.all([loaders[tag](), provider, ...inner]).then(async ([element]) => {
      // The first definitions (the upgrade and first render of the elements on the page) in a
      // task apart from the evaluation of the entry: no long task on a slow phone. The others
      // follow the provider's in that task (a yield each cost the form ~10% at 4× CPU).
      if (tag === PROVIDER) await yieldToMain();
      if (!customElements.get(tag)) customElements.define(tag, element as CustomElementConstructor);
    });
    defined.set(tag, done);
    done.catch((error: unknown) => {
      // A chunk that failed to download (offline): the tag's next appearance tries again.
      defined.delete(tag);
      console.error(`cognito-elements: could not load <${tag}>`, error);
    });
  }
  return done;
}

/**
 * Loads and defines the elements used in `root` (and, once observed, whatever is added to it
 * later). The document is watched from the start; call it for a shadow root of your own that
 * holds cognito-* elements. Resolves when they are defined.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const tags = new Set<Tag>();
  if (root instanceof Element && isTag(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) if (isTag(element.localName)) tags.add(element.localName);
  // The provider first (its promise is the one the others wait for), then in registry order.
  const order = Object.keys(loaders) as Tag[];
  const wanted = [...tags].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  observe(root);
  return Promise.all(wanted.map(define)).then(() => undefined);
}

const observed = new WeakSet<Node>();
/** Watches a document or a shadow root (an element added inside one is covered by it). */
function observe(root: ParentNode) {
  if (!(root instanceof Document || root instanceof ShadowRoot) || observed.has(root)) return;
  observed.add(root);
  new MutationObserver((records) => {
    if (defined.size === TAGS) return; // every module asked for: nothing left to look for
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(root, { childList: true, subtree: true });
}
