/**
 * The gallery page (demo/gallery.html, `npm start` → /gallery.html; screenshots by
 * scripts/gallery.mjs): every element in each of its states, each under its own auth service
 * over a scripted adapter, reached by using the element as a person would (typing, submitting).
 * Query: `lang` (e.g. `he`), `scheme` (`light` / `dark`; default: the system's).
 */
import { ContextProvider } from '@lit/context';
import type { LitElement } from 'lit';
import { authContext } from '../../components/base/context.js';
import { AuthService } from '../../src/auth/service.js';
import { scriptedAdapter, type Script } from './scripted-adapter.js';
import { GALLERY_STATES, type GalleryState } from './states.js';
import { defineElements } from './define.js';
import { PASSKEY_RP } from './scripted-cognito.js';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves once `selector` matches inside `root` (a state's end point), or fails after 5 s. */
async function until(root: Element, selector: string): Promise<void> {
  for (let tries = 0; !root.querySelector(selector); tries++) {
    if (tries > 250) throw new Error(`gallery: "${selector}" never appeared`);
    await wait(20);
  }
}

async function mount(state: GalleryState, stage: HTMLElement) {
  const script: Script = { ...state.script, calls: { ...state.script?.calls } };
  const authFlow = script.userAuth ? 'USER_AUTH' : undefined;
  const service = new AuthService({ userPoolId: 'us-east-1_Gallery', clientId: 'gallery', authFlow }, scriptedAdapter(script));
  await service.restore();
  if (script.challenge) await service.signIn('ana', 'Passw0rd!');
  new ContextProvider(stage, { context: authContext, initialValue: service });
  stage.innerHTML = state.markup;
  const el = stage.firstElementChild as LitElement;
  await el.updateComplete;
  await state.act?.(el, { until: (selector) => until(el, selector) });
  await until(el, state.ready ?? 'h2');
}

// The browser's passkey prompt, scripted like Cognito: the prompt for PASSKEY_RP.waiting stays
// open (the "waiting" state), any other is cancelled as a person would (NotAllowedError).
navigator.credentials.get = (options?: CredentialRequestOptions) =>
  options?.publicKey?.rpId === PASSKEY_RP.waiting
    ? new Promise<never>(() => {})
    : Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));

// Every font face first (all subsets, Hebrew and bold included): a state measured before its
// font arrived would be sized for the fallback font.
await Promise.all([...document.fonts].map((face) => face.load()));
defineElements();
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const scheme = params.get('scheme');
if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.scheme = scheme;

const list = document.querySelector<HTMLElement>('#states')!;
await Promise.all(
  GALLERY_STATES.map((state) => {
    const figure = document.createElement('figure');
    figure.className = 'state';
    figure.id = state.id;
    const caption = document.createElement('figcaption');
    caption.textContent = state.title;
    const stage = document.createElement('div');
    stage.className = 'stage';
    figure.append(caption, stage);
    list.append(figure);
    return mount(state, stage);
  }),
);
await document.fonts.ready;
// Screenshots show no focus ring or caret that depends on which state settled last.
(document.activeElement as HTMLElement | null)?.blur();
// Every state on whole pixels: a state whose height changes moves the others by whole pixels
// only, so their screenshots (text drawn at the same subpixel offset) stay the same.
list.style.marginBlockStart = `${Math.ceil(list.getBoundingClientRect().top) - list.getBoundingClientRect().top}px`;
for (const figure of list.querySelectorAll<HTMLElement>('.state')) figure.style.height = `${Math.ceil(figure.getBoundingClientRect().height)}px`;
document.documentElement.dataset.ready = 'true';
