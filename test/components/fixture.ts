/**
 * Component-test fixtures: an element mounted under a wrapper that provides a REAL AuthService
 * over a fake adapter (no SDK, no network), plus small helpers to type, submit and read.
 */
import { ContextProvider } from '@lit/context';
import { aTimeout, expect } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import { authContext, passwordPolicyContext } from '../../components/base/context.js';
import type { PasswordPolicy } from '../../components/base/password-policy.js';
import { AuthService } from '../../src/auth/service.js';
import type { CognitoAdapter } from '../../src/auth/adapter.js';
import type { ChallengeAnswer, ChallengeName, CodeDelivery, Tokens } from '../../src/auth/types.js';
import { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import { CognitoConfirmSignUp } from '../../components/confirm-sign-up/confirm-sign-up.js';
import { CognitoForgotPassword } from '../../components/forgot-password/forgot-password.js';
import { CognitoSignOut } from '../../components/sign-out/sign-out.js';
import { CognitoMfaPrompt } from '../../components/mfa-prompt/mfa-prompt.js';
import { CognitoTotpSetup } from '../../components/totp-setup/totp-setup.js';
import { CognitoNewPassword } from '../../components/new-password/new-password.js';
import { CognitoCustomChallenge } from '../../components/custom-challenge/custom-challenge.js';
import { CognitoUserProfile } from '../../components/user-profile/user-profile.js';
import { CognitoChangePassword } from '../../components/change-password/change-password.js';
import { CognitoMfaSettings } from '../../components/mfa-settings/mfa-settings.js';
import { CognitoDeleteAccount } from '../../components/delete-account/delete-account.js';
import type { UserProfile } from '../../src/auth/types.js';
import type { AccountCalls } from '../../src/auth/account-calls.js';
import { defaultProfile, fakeAccount, type AccountMethod } from './fake-account.js';

// The flow elements only: the provider pulls in the SDK, and these tests do without it.
const tags = {
  'cognito-sign-in': CognitoSignIn,
  'cognito-sign-up': CognitoSignUp,
  'cognito-confirm-sign-up': CognitoConfirmSignUp,
  'cognito-forgot-password': CognitoForgotPassword,
  'cognito-sign-out': CognitoSignOut,
  'cognito-mfa-prompt': CognitoMfaPrompt,
  'cognito-totp-setup': CognitoTotpSetup,
  'cognito-new-password': CognitoNewPassword,
  'cognito-custom-challenge': CognitoCustomChallenge,
  'cognito-user-profile': CognitoUserProfile,
  'cognito-change-password': CognitoChangePassword,
  'cognito-mfa-settings': CognitoMfaSettings,
  'cognito-delete-account': CognitoDeleteAccount,
};
for (const [tag, element] of Object.entries(tags)) if (!customElements.get(tag)) customElements.define(tag, element);

/** The adapter's methods, and its `account` calls by their own names (`getUser`, `deleteUser`, ...). */
type Method = Exclude<keyof CognitoAdapter, 'account' | 'dispose' | 'storedSession'> | AccountMethod;
type Result<M extends Method> = Awaited<
  ReturnType<M extends AccountMethod ? AccountCalls[M] : M extends keyof CognitoAdapter ? Exclude<CognitoAdapter[M], AccountCalls> : never>
>;
/** What the SDK rejects with: a plain object carrying Cognito's code. */
export interface SdkError {
  code: string;
  name: string;
  message: string;
}
export const sdkError = (code: string, message = `${code} (from the service)`): SdkError => ({ code, name: code, message });

/** What associateSoftwareToken() answers by default: a base32 secret, as Cognito's SecretCode. */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const EMAIL_DELIVERY: CodeDelivery = { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' };

export function fakeTokens(username = 'ana'): Tokens {
  const issuedAt = Date.now();
  return {
    idToken: `id-${username}`,
    accessToken: `access-${username}`,
    refreshToken: `refresh-${username}`,
    issuedAt,
    expiresAt: issuedAt + 3_600_000,
    session: {} as Tokens['session'],
  };
}

export interface Deferred<M extends Method> {
  resolve(value: Result<M>): void;
  reject(error: SdkError): void;
}

/**
 * A CognitoAdapter that records every call and answers as the test arranges: queued answers
 * first (resolve / reject / defer), then a plausible success.
 */
export class FakeAdapter implements CognitoAdapter {
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  /** The user restoreSession() finds, if any. */
  storedUser?: string;
  /** The user of the sign-in in progress (the last signIn()), who a challenge answer signs in. */
  pendingUser?: string;
  #queue = new Map<Method, Array<() => Promise<unknown>>>();
  /** The signed-in user as getUser() describes it; the account calls' default answers change it as Cognito would. */
  profile: UserProfile = defaultProfile();
  readonly account: AccountCalls = fakeAccount((method, args, fallback) => this.#answer(method, args, fallback), this);

  #push(method: Method, answer: () => Promise<unknown>) {
    this.#queue.set(method, [...(this.#queue.get(method) ?? []), answer]);
  }

  resolve<M extends Method>(method: M, value: Result<M>): this {
    this.#push(method, () => Promise.resolve(value));
    return this;
  }

  reject(method: Method, code: string, message?: string): this {
    this.#push(method, () => Promise.reject(sdkError(code, message)));
    return this;
  }

  /** The next call to `method` stays pending until the test settles it. */
  defer<M extends Method>(method: M): Deferred<M> {
    let settle!: Deferred<M>;
    const promise = new Promise<Result<M>>((resolve, reject) => (settle = { resolve, reject }));
    this.#push(method, () => promise);
    return settle;
  }

  callsTo(method: Method): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  #answer<M extends Method>(method: M, args: unknown[], fallback: () => Result<M>): Promise<Result<M>> {
    this.calls.push({ method, args });
    const queued = this.#queue.get(method)?.shift();
    return (queued ? queued() : Promise.resolve(fallback())) as Promise<Result<M>>;
  }

  signUp(input: Parameters<CognitoAdapter['signUp']>[0]) {
    const fallback = () => ({ username: input.username, userConfirmed: false, userSub: 'sub-1', codeDelivery: EMAIL_DELIVERY });
    return this.#answer('signUp', [input], fallback);
  }
  confirmSignUp(username: string, code: string) {
    return this.#answer('confirmSignUp', [username, code], () => undefined);
  }
  resendSignUpCode(username: string) {
    return this.#answer('resendSignUpCode', [username], () => EMAIL_DELIVERY);
  }
  signIn(username: string, password: string, flow: Parameters<CognitoAdapter['signIn']>[2]) {
    this.pendingUser = username;
    return this.#answer('signIn', [username, password, flow], () => ({ kind: 'done' as const, username, tokens: fakeTokens(username) }));
  }
  verifyPassword(username: string, password: string, flow: Parameters<CognitoAdapter['verifyPassword']>[2]) {
    return this.#answer('verifyPassword', [username, password, flow], () => undefined);
  }
  answerChallenge(answer: ChallengeAnswer) {
    const username = this.pendingUser ?? 'ana';
    return this.#answer('answerChallenge', [answer], () => ({ kind: 'done' as const, username, tokens: fakeTokens(username) }));
  }
  associateSoftwareToken() {
    return this.#answer('associateSoftwareToken', [], () => TOTP_SECRET);
  }
  verifySoftwareToken(code: string, deviceName?: string) {
    return this.#answer('verifySoftwareToken', [code, deviceName], () => undefined);
  }
  rememberDevice() {
    return this.#answer('rememberDevice', [], () => undefined);
  }
  forgotPassword(username: string) {
    return this.#answer('forgotPassword', [username], () => EMAIL_DELIVERY);
  }
  confirmForgotPassword(username: string, code: string, newPassword: string) {
    return this.#answer('confirmForgotPassword', [username, code, newPassword], () => undefined);
  }
  restoreSession() {
    const user = this.storedUser;
    return this.#answer('restoreSession', [], () => (user ? { username: user, tokens: fakeTokens(user) } : null));
  }
  refreshSession() {
    return this.#answer('refreshSession', [], () => fakeTokens(this.storedUser));
  }
  revokeSession(global: boolean) {
    return this.#answer('revokeSession', [global], () => undefined);
  }
  clearLocalSession() {
    this.calls.push({ method: 'clearLocalSession', args: [] });
  }
}

export interface Mounted<T extends LitElement> {
  el: T;
  adapter: FakeAdapter;
  service: AuthService;
  wrapper: HTMLElement;
}

const mounted: Array<{ service: AuthService; wrapper: HTMLElement }> = [];
afterEach(() => {
  for (const { service, wrapper } of mounted.splice(0)) {
    wrapper.remove();
    service.dispose();
  }
});

/**
 * Renders `template` inside a wrapper `<div>` that provides an AuthService over `adapter` (as
 * `<cognito-user-pool>` would), then waits for the first element to render.
 */
export async function mount<T extends LitElement>(
  template: TemplateResult,
  options: {
    adapter?: FakeAdapter;
    lang?: string;
    signedIn?: string;
    /** The provider's `password-policy`, inherited by every new-password field. */
    passwordPolicy?: PasswordPolicy;
    /** Signs `ana` in first, to this challenge (the sign-in state a challenge element answers). */
    challenge?: { challenge: ChallengeName; parameters?: Record<string, string> };
  } = {},
): Promise<Mounted<T>> {
  const adapter = options.adapter ?? new FakeAdapter();
  if (options.signedIn) adapter.storedUser = options.signedIn;
  const service = new AuthService({ userPoolId: 'us-east-1_Test', clientId: 'client' }, adapter);
  await service.restore();
  if (options.challenge) {
    const { challenge, parameters = {} } = options.challenge;
    adapter.resolve('signIn', { kind: 'challenge', username: 'ana', challenge, parameters });
    await service.signIn('ana', 'Temporary-pass-1');
  }
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  new ContextProvider(wrapper, { context: authContext, initialValue: service });
  if (options.passwordPolicy) new ContextProvider(wrapper, { context: passwordPolicyContext, initialValue: options.passwordPolicy });
  render(template, wrapper);
  // Not open-wc's fixture(): it waits for an animation frame, which never comes in a background
  // tab (the runner opens two test files at a time).
  document.body.append(wrapper);
  mounted.push({ service, wrapper });
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return { el, adapter, service, wrapper };
}

/** Lets pending promises (validation, the fake adapter) run, then waits for the render. */
export async function settle(el: Element): Promise<void> {
  await aTimeout(0);
  await (el as LitElement).updateComplete;
  await aTimeout(0);
}

const hostOf = (node: Element) =>
  node.closest(
    'cognito-sign-in, cognito-sign-up, cognito-confirm-sign-up, cognito-forgot-password, cognito-sign-out, ' +
      'cognito-mfa-prompt, cognito-totp-setup, cognito-new-password, cognito-custom-challenge, ' +
      'cognito-user-profile, cognito-change-password, cognito-mfa-settings, cognito-delete-account',
  ) ?? node;

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
