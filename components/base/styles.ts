/**
 * One stylesheet for every element, in a cascade layer so any page CSS wins without !important.
 * Light DOM (for password managers) means the sheet is adopted by the element's root node.
 * The alert and status regions are always rendered (a live region must exist before its text
 * does to be announced); while empty they are taken out of the grid flow (absolute, 0 by 0) so
 * they add no gap, yet stay in the accessibility tree, unlike `display: none`. Only logical
 * properties (inline/block), so right-to-left languages mirror the layout; the TOTP key reads
 * left to right (dir) with its lines at the form's start either way. `.cognito-primary`: a
 * panel's main action outside a form (add a passkey, confirm a deletion), drawn as a submit.
 * `.cognito-passkeys`: one bordered row per passkey, Delete at its end.
 * The builds minify the CSS of the templates marked with a `css` comment (scripts/minify-css.mjs).
 */
const text = /* css */ `@layer cognito-elements {
:where(.cognito-form, .cognito-card) {
  display: grid; gap: var(--cognito-gap, 1rem); max-inline-size: var(--cognito-max-width, 24rem);
  font: var(--cognito-font, 1rem/1.5 system-ui, sans-serif); color: var(--cognito-color, inherit);
  padding: var(--cognito-padding, 1.5rem); border-radius: var(--cognito-radius, 0.75rem);
  background: var(--cognito-surface, Canvas);
  border: 1px solid var(--cognito-border-color, color-mix(in srgb, currentColor 18%, transparent));
  box-shadow: var(--cognito-shadow, 0 1px 3px rgb(0 0 0 / 0.08));
}
:where(.cognito-form.cognito-inline) { display: inline-grid; }
:where(.cognito-form.cognito-inline, .cognito-card .cognito-form) { padding: 0; border: 0; box-shadow: none; background: none; }
:where(.cognito-card > :empty) { display: none; }
:where(.cognito-form h2) { margin: 0; font-size: var(--cognito-heading-size, 1.25rem); font-weight: 600; }
:where(.cognito-form p, .cognito-card p) { margin: 0; }
:where(.cognito-field) { display: grid; gap: 0.35rem; }
:where(.cognito-field label) { font-weight: 500; font-size: 0.925rem; }
:where(.cognito-field input) {
  font: inherit; padding: 0.6rem 0.75rem; border-radius: var(--cognito-input-radius, 0.5rem);
  border: 1px solid var(--cognito-input-border-color, color-mix(in srgb, currentColor 35%, transparent));
  background: var(--cognito-input-background, Field); color: var(--cognito-input-color, FieldText);
}
:where(.cognito-field input:focus-visible, .cognito-card button:focus-visible, .cognito-form button:focus-visible) {
  outline: 2px solid var(--cognito-focus-color, var(--cognito-primary, #2563eb)); outline-offset: 2px;
}
:where(.cognito-field input[aria-invalid="true"]) { border-color: var(--cognito-danger, light-dark(#b91c1c, #f87171)); }
:where(.cognito-hint) { font-size: 0.85rem; opacity: 0.8; }
:where(.cognito-field-error) { font-size: 0.85rem; color: var(--cognito-danger, light-dark(#b91c1c, #f87171)); }
:where(.cognito-alert:empty, .cognito-status:empty) { position: absolute; }
:where(.cognito-alert:not(:empty), .cognito-status:not(:empty)) { padding: 0.6rem 0.75rem; border-radius: var(--cognito-input-radius, 0.5rem); }
:where(.cognito-alert:not(:empty)) {
  color: var(--cognito-danger, light-dark(#b91c1c, #f87171));
  background: var(--cognito-danger-surface, color-mix(in srgb, var(--cognito-danger, light-dark(#b91c1c, #f87171)) 10%, transparent));
}
:where(.cognito-status:not(:empty)) {
  background: var(--cognito-success-surface, color-mix(in srgb, var(--cognito-success, #15803d) 12%, transparent));
}
:where(.cognito-form button, .cognito-card button) {
  font: inherit; cursor: pointer; padding: 0.6rem 1rem; border-radius: var(--cognito-button-radius, 0.5rem);
  border: 1px solid transparent;
}
:where(.cognito-form button:is([type="submit"], .cognito-primary)) {
  background: var(--cognito-primary, #2563eb); color: var(--cognito-on-primary, #fff); font-weight: 600;
}
:where(.cognito-form button[type="button"]:not(.cognito-primary), .cognito-card button[type="button"]) {
  background: none; color: var(--cognito-link-color, var(--cognito-primary, light-dark(#2563eb, #60a5fa)));
  justify-self: start; padding: 0.25rem 0; border: 0; text-decoration: underline;
}
/* The ways to sign in: full-width outlined buttons, not links. */
:where(.cognito-choices > button) { justify-self: stretch; padding: 0.6rem 1rem; text-decoration: none; border: 1px solid color-mix(in srgb, currentColor 40%, transparent); }
/* Show/hide sits at the end of the label's row, as sign-in forms usually place it. */
:where(.cognito-field > label, .cognito-field > [name="show-password"]) { grid-area: 1 / 1; }
:where(.cognito-field > [name="show-password"]) { justify-self: end; padding: 0; font-size: 0.85rem; }
:where(.cognito-form button:disabled) { opacity: 0.6; cursor: progress; }
:where(.cognito-links, .cognito-actions) { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
:where(.cognito-check) { display: flex; align-items: center; gap: 0.5rem; }
:where(.cognito-choices) { display: grid; gap: 0.5rem; margin: 0; padding: 0; border: 0; }
:where(.cognito-choices legend) { font-weight: 500; font-size: 0.925rem; margin-block-end: 0.35rem; padding: 0; }
:where(.cognito-qr) {
  width: var(--cognito-qr-size, 12rem); height: auto; justify-self: center; border-radius: 0.25rem;
  color: var(--cognito-qr-color, #000); background: var(--cognito-qr-background, #fff);
}
:where(.cognito-secret) { justify-self: start; font-size: 1rem; letter-spacing: 0.05em; word-spacing: 0.3em; overflow-wrap: anywhere; text-wrap: balance; user-select: all; }
:where(:dir(rtl) > .cognito-secret) { text-align: end; }
:where(.cognito-check:has(.cognito-hint)) { flex-wrap: wrap; }
:where(.cognito-check .cognito-hint) { flex-basis: 100%; }
:where(.cognito-rules) { list-style: none; margin: 0.25rem 0 0; padding: 0; display: grid; gap: 0.15rem; }
:where(.cognito-rules [data-met="true"]) { color: var(--cognito-success-text, light-dark(#14532d, #4ade80)); }
:where(.cognito-passkeys) { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
:where(.cognito-passkeys > li) {
  display: grid; grid-template-columns: 1fr auto; column-gap: 1rem; align-items: center; padding: 0.5rem 0.75rem;
  border: 1px solid var(--cognito-border-color, color-mix(in srgb, currentColor 18%, transparent)); border-radius: var(--cognito-input-radius, 0.5rem);
}
:where(.cognito-passkeys button) { grid-area: 1 / 2 / span 3; }
:where(.cognito-passkey-name) { font-weight: 500; overflow-wrap: anywhere; }
:where(.cognito-readonly) { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; margin: 0; }
:where(.cognito-readonly dt) { font-weight: 500; }
:where(.cognito-readonly dd) { margin: 0; overflow-wrap: anywhere; }
:where(.cognito-visually-hidden) {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
}`;

let sheet: CSSStyleSheet | undefined;
let hostSheet: CSSStyleSheet | undefined;
const adopted = new WeakSet<Document | ShadowRoot>();

/** Adopts the shared sheet once into the document or shadow root that holds the element. */
export function adoptStyles(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(text);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

/**
 * For an element's own shadow root (the authenticator's, which holds only slots): a block that
 * `hidden` hides. A constructed sheet rather than a `<style>`, which a strict Content Security
 * Policy (`style-src 'self'`) blocks; constructed sheets are not subject to it.
 */
export function adoptHostStyles(root: ShadowRoot): void {
  if (!('adoptedStyleSheets' in root)) return;
  hostSheet ??= new CSSStyleSheet();
  if (!hostSheet.cssRules.length) hostSheet.replaceSync(/* css */ `:host { display: block; } :host([hidden]) { display: none; }`);
  root.adoptedStyleSheets = [hostSheet];
}
