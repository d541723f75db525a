/**
 * Every element's answer to Lit SSR's renderer, which takes a class for a LitElement when its
 * static `_$litElement$` is true, then renders `render()` into a declarative shadow root: Lit
 * SSR knows only shadow DOM. Our forms live in the light DOM (password managers), so that shadow
 * root would hide the element's children and hold a form no script drives. Answering "no" makes
 * the server emit the bare tag with its attributes and children; the element renders in the
 * browser when it upgrades. test/package/ssr.test.ts holds Lit to this.
 */
export const LIT_SSR_RENDERS_SHADOW = false;

/**
 * Lit SSR marks a custom element inside another `defer-hydration`, and Lit's hydration support
 * (loaded by Lit SSR sites) keeps such an element idle until a host hydrates it. Ours have no
 * server-rendered content and no host that would: each lets go of the mark as it connects, then
 * connects. (With hydration support, removing the mark connects it too; connecting twice is
 * harmless: Lit's and @lit/context's connect steps are idempotent.)
 */
export function connectWithoutHydration(element: HTMLElement, connect: () => void): void {
  element.removeAttribute('defer-hydration');
  connect();
}
