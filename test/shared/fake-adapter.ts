/**
 * The one fake CognitoAdapter of the unit and component tests (no SDK, no network): it records
 * every call and answers, in this order, what the test queued for that method (resolve, reject,
 * defer: one answer each), else the test's handler for it, else a plausible success. The
 * `account` calls answer from one user profile, changed as Cognito would (fake-account.ts).
 */
import type { CognitoAdapter } from '../../src/auth/adapter.js';
import type { AccountCalls } from '../../src/auth/account-calls.js';
import type { ChallengeAnswer, CodeDelivery, Tokens, UserProfile } from '../../src/auth/types.js';
import { defaultProfile, fakeAccount, type AccountMethod } from './fake-account.js';

type AdapterMethod = Exclude<keyof CognitoAdapter, 'account' | 'dispose' | 'storedSession' | 'storage' | 'userAuth'>;
/** The adapter's methods, and its `account` calls by their own names (`getUser`, `deleteUser`, ...). */
export type Method = AdapterMethod | AccountMethod;
export type Result<M extends Method> = Awaited<
  ReturnType<M extends AccountMethod ? AccountCalls[M] : M extends AdapterMethod ? CognitoAdapter[M] : never>
>;
/** What a test may have a method do instead of the plausible success (still recorded). */
export type Handlers = Partial<Pick<CognitoAdapter, AdapterMethod | 'dispose' | 'storedSession'>>;

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
const HOUR = 3_600_000;

/** Tokens issued at `issuedAt` (epoch ms) that live `lifetimeMs`, their strings tagged `tag`. */
export function tokens(issuedAt: number, lifetimeMs = HOUR, tag = 'a', refreshToken = 'refresh'): Tokens {
  return { idToken: `id-${tag}`, accessToken: `access-${tag}`, refreshToken, issuedAt, expiresAt: issuedAt + lifetimeMs };
}

/** An hour's tokens for `username`, issued now. */
export const fakeTokens = (username = 'ana'): Tokens => tokens(Date.now(), HOUR, username, `refresh-${username}`);

export interface Deferred<M extends Method> {
  resolve(value: Result<M>): void;
  reject(error: SdkError): void;
}

export class FakeAdapter implements CognitoAdapter {
  readonly calls: Array<{ method: Method; args: unknown[] }> = [];
  /** The user restoreSession() finds, if any. */
  storedUser?: string;
  /** The user of the sign-in in progress (the last signIn()), who a challenge answer signs in. */
  pendingUser?: string;
  /** The signed-in user as getUser() describes it; the account calls' default answers change it as Cognito would. */
  profile: UserProfile = defaultProfile();
  readonly account: AccountCalls = fakeAccount((method, args, fallback) => this.#answer(method, args, fallback), this);
  storedSession?: CognitoAdapter['storedSession'];
  /** A USER_AUTH client for the test (test/shared/fake-user-auth.ts); none by default. */
  userAuth?: CognitoAdapter['userAuth'];
  dispose?: CognitoAdapter['dispose'];
  readonly #queue = new Map<Method, Array<() => Promise<unknown>>>();
  readonly #handlers: Handlers;

  constructor(handlers: Handlers = {}) {
    const { storedSession, dispose, ...rest } = handlers;
    this.#handlers = rest;
    this.storedSession = storedSession;
    this.dispose = dispose;
  }

  /** From now on, `method` does what `handler` does (calls are still recorded). */
  handle<M extends AdapterMethod>(method: M, handler: CognitoAdapter[M]): this {
    this.#handlers[method] = handler;
    return this;
  }

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

  /** The arguments of every call to `method`, in order. */
  callsTo(method: Method): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  #answer<M extends Method>(method: M, args: unknown[], fallback: () => Result<M>, handle?: () => unknown): Promise<Result<M>> {
    this.calls.push({ method, args });
    const queued = this.#queue.get(method)?.shift();
    if (queued) return queued() as Promise<Result<M>>;
    const handler = this.#handlers[method as AdapterMethod] as ((...a: unknown[]) => unknown) | undefined;
    handle ??= handler && (() => handler(...args));
    // A handler may throw synchronously, as a real adapter's promise would reject.
    if (handle) return new Promise((resolve) => resolve(handle() as Result<M>));
    return Promise.resolve(fallback());
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
  /** Recorded as `[global]`; a handler is given the tokens too. */
  revokeSession(global: boolean, held: Tokens) {
    const handler = this.#handlers.revokeSession;
    return this.#answer('revokeSession', [global], () => undefined, handler && (() => handler(global, held)));
  }
  clearLocalSession() {
    this.calls.push({ method: 'clearLocalSession', args: [] });
    const handler = this.#handlers.clearLocalSession;
    handler?.();
  }
}
