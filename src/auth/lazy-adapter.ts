import type { CognitoAdapter } from './adapter.js';
import { deferredMethods } from './deferred-methods.js';
import { createStorage, type TokenStorage } from './storage.js';
import type { AuthConfig, AuthFlow, ChallengeAnswer, SignUpInput, Tokens } from './types.js';

/** An adapter that can also make a plain request (the account calls go through it). */
export type Loaded = CognitoAdapter & { call<T = Record<string, unknown>>(op: string, params: object): Promise<T>; dispose(): void; storedSession(): ReturnType<NonNullable<CognitoAdapter['storedSession']>> };
/** What an adapter's module gives the lazy wrapper: the adapter, and its SRP warm-up. */
export type AdapterModule = { create(config: AuthConfig, storage: TokenStorage): Loaded; prepareSrp(): void };

/**
 * An adapter loaded when it is first needed: the Cognito client and its SRP code are the largest
 * part of the library, and a sign-in form needs them only when it is submitted. So the form
 * renders without them; they load at once when the storage holds a session to restore, on the
 * first request otherwise, and in any case when the browser is idle after the page has rendered;
 * then the first sign-in's SRP value A is computed while the user types.
 */
export abstract class LazyAdapter implements CognitoAdapter {
  readonly #config: AuthConfig;
  /** To see whether there is a session to restore without the adapter's code; then the adapter's storage. */
  readonly #peek: TokenStorage;
  #adapter?: Loaded;
  #loading?: Promise<Loaded>;
  #disposed = false;

  protected abstract module(): Promise<AdapterModule>;

  constructor(config: AuthConfig) {
    this.#config = config;
    this.#peek = createStorage(config.storage);
    whenIdle(() => void this.#load().catch(() => {}));
  }

  #load(): Promise<Loaded> {
    this.#loading ??= this.module().then(({ create, prepareSrp }) => {
      const adapter = create(this.#config, this.#peek);
      if (this.#disposed) adapter.dispose();
      // The password flow sends no A; every other starts with SRP (custom auth with a password).
      else if (this.#config.authFlow !== 'USER_PASSWORD_AUTH') prepareSrp();
      return (this.#adapter = adapter);
    });
    // A failed download (offline) is tried again by the next call, which then reports it.
    this.#loading.catch(() => (this.#loading = undefined));
    return this.#loading;
  }

  #hasStoredUser(): boolean {
    return this.#peek.getItem(`CognitoIdentityServiceProvider.${this.#config.clientId}.LastAuthUser`) !== null;
  }

  /** The storage the loaded adapter is given too: a USER_AUTH sign-in writes its session here (also for `memory`). */
  get storage(): TokenStorage {
    return this.#peek;
  }

  /** The signed-in user's calls: the loaded adapter's (they are only made once signed in, so it is there by then). */
  readonly account = deferredMethods(() => this.#load().then((a) => a.account));

  signUp = (input: SignUpInput) => this.#load().then((a) => a.signUp(input));
  confirmSignUp = (username: string, code: string) => this.#load().then((a) => a.confirmSignUp(username, code));
  resendSignUpCode = (username: string) => this.#load().then((a) => a.resendSignUpCode(username));
  signIn = (username: string, password: string, flow: AuthFlow) => this.#load().then((a) => a.signIn(username, password, flow));
  verifyPassword = (username: string, password: string, flow: AuthFlow) =>
    this.#load().then((a) => a.verifyPassword(username, password, flow));
  answerChallenge = (answer: ChallengeAnswer) => this.#load().then((a) => a.answerChallenge(answer));
  associateSoftwareToken = () => this.#load().then((a) => a.associateSoftwareToken());
  verifySoftwareToken = (code: string, deviceName?: string) => this.#load().then((a) => a.verifySoftwareToken(code, deviceName));
  rememberDevice = () => this.#load().then((a) => a.rememberDevice());
  forgotPassword = (username: string) => this.#load().then((a) => a.forgotPassword(username));
  confirmForgotPassword = (username: string, code: string, newPassword: string) =>
    this.#load().then((a) => a.confirmForgotPassword(username, code, newPassword));
  refreshSession = () => this.#load().then((a) => a.refreshSession());
  revokeSession = (global: boolean, tokens: Tokens) => this.#load().then((a) => a.revokeSession(global, tokens));

  /** No stored user: nothing to restore, and no reason to wait for the adapter. */
  restoreSession() {
    if (!this.#adapter && !this.#hasStoredUser()) return Promise.resolve(null);
    return this.#load().then((a) => a.restoreSession());
  }

  /**
   * Read synchronously (another tab changed the storage). Before the adapter has arrived a stored
   * session cannot be read yet: null, and the load starts; the session checks again shortly.
   */
  storedSession() {
    if (this.#adapter) return this.#adapter.storedSession();
    if (this.#hasStoredUser()) void this.#load().catch(() => {});
    return null;
  }

  clearLocalSession() {
    if (this.#adapter) return this.#adapter.clearLocalSession();
    if (this.#hasStoredUser()) void this.#load().then((a) => a.clearLocalSession(), () => {});
  }

  dispose() {
    this.#disposed = true;
    this.#adapter?.dispose();
  }
}

/** The default: Cognito's API spoken directly (src/auth/direct/), about 8 KB gzip lighter than the SDK. */
export class LazyDirectAdapter extends LazyAdapter {
  protected module() {
    return import('./direct/direct-adapter.js').then(({ DirectAdapter, prepareSrp }) => ({ create: (config: AuthConfig, storage: TokenStorage) => new DirectAdapter(config, storage), prepareSrp }));
  }
}

/** After the page's first render, when the main thread has nothing better to do. */
function whenIdle(run: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
