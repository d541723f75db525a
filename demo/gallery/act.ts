/**
 * What a gallery state is, and what a person does to reach it: type, submit, press a button.
 */
import type { LitElement } from 'lit';
import type { Script } from './scripted-adapter.js';

interface Helpers {
  /** Resolves once `selector` matches inside the element. */
  until(selector: string): Promise<void>;
}

export interface GalleryState {
  id: string;
  title: string;
  markup: string;
  script?: Script;
  act?: (el: LitElement, helpers: Helpers) => Promise<void>;
  /** The selector that says the state is reached (default: a heading). */
  ready?: string;
}

export const type = (el: Element, name: string, value: string) => {
  const input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
export const submit = (el: Element) => el.querySelector('form')!.requestSubmit();
/** Presses the button `selector` once it is there. */
export const press = async (el: Element, { until }: Helpers, selector: string) => {
  await until(selector);
  el.querySelector<HTMLButtonElement>(selector)!.click();
};
