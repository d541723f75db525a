/**
 * Component-test fixtures: an element mounted inside the real `<cognito-user-pool>`, given the
 * one fake adapter of the tests (test/shared/fake-adapter.ts: no SDK, no network) through its
 * `adapterFactory`, plus small helpers to type, submit, read and check focus.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { html, nothing, render, type LitElement, type TemplateResult } from 'lit';
import '../../define.js';
import { elements } from '../../components/registry.js';
import type { CognitoUserPool } from '../../components/user-pool/user-pool.js';
import type { PasswordPolicy } from '../../components/base/password-policy.js';
import type { AuthService } from '../../src/auth/service.js';
import type { Challenge, ChallengeName } from '../../src/auth/types.js';
import { FakeAdapter } from '../shared/fake-adapter.js';

export {
  EMAIL_DELIVERY, FakeAdapter, TOTP_SECRET, fakeTokens, sdkError, type Deferred, type SdkError,
} from '../shared/fake-adapter.js';

export interface Mounted<T extends LitElement> {
  el: T;
  adapter: FakeAdapter;
  service: AuthService;
  /** The element around the provider (the whole test page part). */
  wrapper: HTMLElement;
}

const mounted: HTMLElement[] = [];
// Removing the provider disposes of its auth service (no timer or request outlives the test).
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.remove()));

/** Resolves once the provider's service has left `loading` (its restore is done). */
const restored = (service: AuthService) =>
  new Promise<void>((resolve) => {
    if (service.state.status !== 'loading') return resolve();
    const off = service.subscribe(() => (off(), resolve()));
  });

/**
 * Renders `template` inside `<cognito-user-pool>` whose adapter is `adapter`, once the session
 * is restored (and, with `challenge`, a sign-in has reached it), then waits for the first
 * element to render. Not open-wc's fixture(): it waits for an animation frame, which never
 * comes in a background tab (the runner opens two test files at a time).
 */
export async function mount<T extends LitElement>(
  template: TemplateResult,
  options: {
    adapter?: FakeAdapter;
    lang?: string;
    signedIn?: string;
    /** The provider's `password-policy`, inherited by every new-password field. */
    passwordPolicy?: PasswordPolicy;
    /**
     * Signs `ana` in first, to this challenge (the sign-in state a challenge element answers);
     * its parameters as the adapter gives them (src/auth/challenge-parameters.ts), default none.
     */
    challenge?: { challenge: ChallengeName; parameters?: object };
    /** The provider's `auth-flow` (e.g. `USER_AUTH`) and `preferred-challenge`. */
    authFlow?: string;
    preferredChallenge?: string;
    /** The provider's `username-attributes` (the pool's UsernameAttributes). */
    usernameAttributes?: string;
  } = {},
): Promise<Mounted<T>> {
  const adapter = options.adapter ?? new FakeAdapter();
  if (options.signedIn) adapter.storedUser = options.signedIn;
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  // One factory for both renders (a new one would re-configure the provider). The comment ends
  // the content's part: the provider renders (nothing) into its own children too.
  const adapterFactory = () => adapter;
  const page = (content: TemplateResult | typeof nothing) =>
    html`<cognito-user-pool user-pool-id="us-east-1_Test" client-id="client" storage="memory" auth-flow=${options.authFlow ?? 'USER_SRP_AUTH'}
      preferred-challenge=${options.preferredChallenge ?? ''} username-attributes=${options.usernameAttributes ?? ''}
      .adapterFactory=${adapterFactory} .passwordPolicy=${options.passwordPolicy}>${content}<!----></cognito-user-pool>`;
  render(page(nothing), wrapper);
  document.body.append(wrapper);
  mounted.push(wrapper);
  const pool = wrapper.firstElementChild as CognitoUserPool;
  await pool.updateComplete;
  const service = pool.auth!;
  await restored(service);
  if (options.challenge) {
    const { challenge, parameters = {} } = options.challenge;
    adapter.resolve('signIn', { kind: 'challenge', username: 'ana', ...({ challenge, parameters } as Challenge) });
    await service.signIn('ana', 'Temporary-pass-1');
  }
  // The elements arrive in the state the test arranged, as on a page that restores a session.
  render(page(template), wrapper);
  const el = pool.firstElementChild as T;
  await el.updateComplete;
  return { el, adapter, service, wrapper };
}

/** How a node reads in a failure message: `<input name="code">`, `<h2> "Sign in"`, `nothing`. */
function describeNode(node: Element | null): string {
  if (!node || node === document.body) return 'nothing (the page body)';
  const name = node.getAttribute('name');
  const text = node.children.length === 0 ? node.textContent?.trim().slice(0, 40) : '';
  return `<${node.localName}${name ? ` name="${name}"` : ''}${node.id ? ` id="${node.id}"` : ''}>${text ? ` "${text}"` : ''}`;
}

/**
 * Focus is on `target` (`what` names it in the message), checked at once. Never compare
 * document.activeElement with an element in expect(): a failing comparison of two DOM nodes
 * stalls the runner's diff until the file's time limit.
 */
export function expectFocused(target: Element | null | undefined, what: string): void {
  const focused = document.activeElement;
  if (target && focused === target) return;
  const expected = target ? describeNode(target) : 'an element that is not there';
  throw new Error(`expected focus on ${what} (${expected}), but it is on ${describeNode(focused)}`);
}

/** Lets pending promises (validation, the fake adapter) run, then waits for the render. */
export async function settle(el: Element): Promise<void> {
  await aTimeout(0);
  await (el as LitElement).updateComplete;
  await aTimeout(0);
}

const FLOW_TAGS = Object.keys(elements).filter((tag) => tag !== 'cognito-user-pool').join(',');
const hostOf = (node: Element) => node.closest(FLOW_TAGS) ?? node;

/** Resolves to what `found` returns once it is truthy (an element that renders after a lazy chunk, a request's answer). */
export async function waitFor<T>(el: Element, found: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = found();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
  throw new Error('not found in time');
}

export async function submit(form: HTMLFormElement | null): Promise<void> {
  expect(form, 'a form').to.exist;
  form!.requestSubmit();
  await settle(hostOf(form!));
}

export async function click(el: Element, name: string): Promise<void> {
  const button = el.querySelector<HTMLButtonElement>(`button[name="${name}"]`);
  expect(button, `button[name=${name}]`).to.exist;
  button!.click();
  await settle(el);
}

export function input(el: Element, name: string): HTMLInputElement {
  const found = el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  expect(found, `input[name="${name}"]`).to.exist;
  return found!;
}

export function type(el: Element, name: string, value: string): void {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The message shown at a field (through its aria-describedby), or ''. */
export function fieldError(el: Element, name: string): string {
  const field = input(el, name);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

export const alertText = (el: Element) => el.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
export const statusText = (el: Element) => el.querySelector('[role="status"]')?.textContent?.trim() ?? '';
export const submitButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[type="submit"]');

/** Collects the details of one event type dispatched from (or through) `target`. */
export function record<K extends keyof GlobalEventHandlersEventMap>(target: Element, type: K): Array<GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never> {
  const seen: unknown[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent).detail));
  return seen as never;
}

/**
 * The form contract of API.md: one real `<form>` with a submit button, inputs with these names
 * and autocomplete tokens, and a `<label for>` on every visible input.
 */
export function expectForm(el: Element, inputs: Record<string, string>): HTMLFormElement {
  const forms = el.querySelectorAll('form');
  expect(forms.length, 'one form').to.equal(1);
  const form = forms[0];
  expect(form.querySelector('button[type="submit"]'), 'a submit button').to.exist;
  for (const [name, autocomplete] of Object.entries(inputs)) {
    expect(input(form, name).getAttribute('autocomplete'), `autocomplete of ${name}`).to.equal(autocomplete);
  }
  for (const field of form.querySelectorAll<HTMLInputElement>('input:not([hidden])')) {
    expect(field.id, `id of ${field.name}`).to.not.equal('');
    const label = form.querySelector(`label[for="${CSS.escape(field.id)}"]`);
    expect(label?.textContent?.trim(), `label of ${field.name}`).to.be.ok;
  }
  return form;
}

/** No id appears twice under `root` (two instances of one element share a page). */
export function expectUniqueIds(root: Element): void {
  const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
  expect(ids.length).to.be.greaterThan(0);
  expect(new Set(ids).size, `duplicate ids in ${ids.join(', ')}`).to.equal(ids.length);
}

/** A detail never carries the password the user typed. */
export function expectNoSecret(detail: unknown, secret: string): void {
  expect(JSON.stringify(detail)).to.not.include(secret);
}
