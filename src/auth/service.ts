import type { CognitoAdapter } from './adapter.js';
import { AccountService } from './account.js';
import type { AuthConfig, AuthFlow, ChallengeAnswer, CodeDelivery, SignInStep, SignUpInput, SignUpResult, Tokens } from './types.js';
import { StateStore, type AuthState, type Listener } from '../state/state.js';
import { toAuthError } from '../errors/codes.js';
import type { AuthError, Operation } from '../errors/auth-error.js';

/** Session-wide happenings the provider turns into DOM events. */
export type SessionEvent =
  | { type: 'restored' | 'refreshed'; username: string; tokens: Tokens }
  | { type: 'expired'; username: string };

/** After a failed refresh: 30 s, doubling per failure, at most 10 minutes. */
const BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 600_000;

/** The token lifetime (server times only, so the local clock's skew cancels out). */
const lifetimeOf = (tokens: Tokens) => Math.max(0, tokens.expiresAt - tokens.issuedAt);

/** When the tokens expire on the LOCAL clock: issued when received here (clockDrift = local − server). */
export const localExpiry = (tokens: Tokens) => tokens.expiresAt + (tokens.clockDrift ?? 0);

/** Refresh a little before expiry: a minute early, or a quarter of the lifetime for short tokens. */
function refreshDue(tokens: Tokens): number {
  return localExpiry(tokens) - Math.min(60_000, lifetimeOf(tokens) / 4);
}

/** Never two refreshes closer than this, whatever the tokens say: half the lifetime, 5 s to 60 s. */
const minRefreshInterval = (tokens: Tokens) => Math.min(60_000, Math.max(5_000, lifetimeOf(tokens) / 2));

/**
 * The flow state and every auth action, over an adapter. One stable object per provider; the
 * elements call it and re-render from its state snapshots.
 */
export class AuthService {
  readonly #store = new StateStore({ status: 'loading' });
  readonly #sessionListeners = new Set<(event: SessionEvent) => void>();
  /** The signed-in user's self-service calls. */
  readonly account: AccountService = new AccountService(this);
  #refreshing?: Promise<Tokens>;
  #signUpCredentials?: { username: string; password: string };
  #timer?: ReturnType<typeof setTimeout>;
  /** Local time of the last refresh attempt, and failures in a row since the last success. */
  #lastRefreshAt = -Infinity;
  #failures = 0;
  #disposed = false;

  constructor(
    readonly config: AuthConfig,
    readonly adapter: CognitoAdapter,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): AuthState {
    return this.#store.state;
  }

  get authFlow(): AuthFlow {
    return this.config.authFlow ?? 'USER_SRP_AUTH';
  }

  subscribe(listener: Listener): () => void {
    return this.#store.subscribe(listener);
  }

  onSession(listener: (event: SessionEvent) => void): () => void {
    this.#sessionListeners.add(listener);
    return () => this.#sessionListeners.delete(listener);
  }

  #notify(event: SessionEvent) {
    for (const listener of [...this.#sessionListeners]) listener(event);
  }

  /** Runs one adapter call and turns any failure into an AuthError the elements can show. */
  async #run<T>(op: Operation, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw toAuthError(error, op);
    }
  }

  async signUp(input: SignUpInput): Promise<SignUpResult> {
    const result = await this.#run('signUp', () => this.adapter.signUp(input));
    this.#signUpCredentials = { username: result.username, password: input.password };
    return result;
  }

  /**
   * After a sign-up is confirmed on this page, signs in with the password given at sign-up, or
   * at a sign-in refused because the account was not confirmed yet (kept in memory only, and
   * only until used), so the user need not type it again. Resolves to undefined when there is
   * no such password.
   */
  async signInAfterConfirm(username: string): Promise<SignInStep | undefined> {
    const credentials = this.#signUpCredentials;
    if (credentials?.username !== username) return undefined;
    this.#signUpCredentials = undefined;
    return this.signIn(credentials.username, credentials.password);
  }

  confirmSignUp(username: string, code: string): Promise<void> {
    return this.#run('confirmSignUp', () => this.adapter.confirmSignUp(username, code));
  }

  resendSignUpCode(username: string): Promise<CodeDelivery | undefined> {
    return this.#run('resendSignUpCode', () => this.adapter.resendSignUpCode(username));
  }

  async signIn(username: string, password: string): Promise<SignInStep> {
    try {
      return this.#advance(await this.#run('signIn', () => this.adapter.signIn(username, password, this.authFlow)));
    } catch (error) {
      // The user is about to confirm the account: the password was right, or it will be checked again.
      if ((error as AuthError).code === 'UserNotConfirmedException') this.#signUpCredentials = { username, password };
      throw error;
    }
  }

  /** Answers the challenge the state is at; a wrong answer leaves the state where it was. */
  async answerChallenge(answer: ChallengeAnswer): Promise<SignInStep> {
    return this.#advance(await this.#run('respondToChallenge', () => this.adapter.answerChallenge(answer)));
  }

  associateSoftwareToken(): Promise<string> {
    return this.#run('associateSoftwareToken', () => this.adapter.associateSoftwareToken());
  }

  verifySoftwareToken(code: string, deviceName?: string): Promise<void> {
    return this.#run('verifySoftwareToken', () => this.adapter.verifySoftwareToken(code, deviceName));
  }

  rememberDevice(): Promise<void> {
    return this.#run('rememberDevice', () => this.adapter.rememberDevice());
  }

  #advance(step: SignInStep): SignInStep {
    if (step.kind === 'done') {
      step = { ...step, tokens: this.#received(step.tokens) };
      this.#signedIn(step.username, step.tokens);
    }
    else this.#store.set({ status: 'challenge', username: step.username, challenge: step.challenge, parameters: step.parameters });
    return step;
  }

  /**
   * Resolves alike whether or not the user exists (no account probing): `undefined` delivery
   * means Cognito did not say where a code went.
   */
  async forgotPassword(username: string): Promise<CodeDelivery | undefined> {
    try {
      return await this.#run('forgotPassword', () => this.adapter.forgotPassword(username));
    } catch (error) {
      if ((error as AuthError).code === 'UserNotFoundException') return undefined;
      throw error;
    }
  }

  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void> {
    return this.#run('confirmForgotPassword', () => this.adapter.confirmForgotPassword(username, code, newPassword));
  }

  /** Looks for a stored session on page load; refreshes it when it has expired. */
  async restore(): Promise<AuthState> {
    try {
      const found = await this.adapter.restoreSession();
      // Removed or re-configured while the stored session was read: leave nothing behind.
      if (this.#disposed) return this.state;
      if (found) {
        this.#signedIn(found.username, found.tokens);
        this.#notify({ type: 'restored', username: found.username, tokens: found.tokens });
        return this.state;
      }
    } catch (error) {
      // A network failure on load keeps nothing usable; the user can sign in again.
      if (toAuthError(error, 'restoreSession').code === 'NotAuthorizedException') this.adapter.clearLocalSession();
    }
    if (this.state.status === 'loading') this.#store.set({ status: 'signed-out' });
    return this.state;
  }

  /** Current tokens, refreshed first when they are about to expire; null when signed out. */
  async getTokens(): Promise<Tokens | null> {
    const state = this.state;
    if (state.status !== 'signed-in') return null;
    const now = this.now();
    if (now < refreshDue(state.tokens)) return state.tokens;
    if (this.#refreshing) return this.#refreshing;
    // Just refreshed (or failed to): no new request yet while the tokens still hold.
    if (now < localExpiry(state.tokens) && now - this.#lastRefreshAt < minRefreshInterval(state.tokens)) return state.tokens;
    return this.refresh();
  }

  /** Fresh tokens from Cognito: their lifetime starts now on the local clock. */
  #received(tokens: Tokens): Tokens {
    return { ...tokens, clockDrift: this.now() - tokens.issuedAt };
  }

  /** One refresh in flight at a time: concurrent callers share it. */
  refresh(): Promise<Tokens> {
    this.#lastRefreshAt = this.now();
    this.#refreshing ??= this.#run('refreshSession', () => this.adapter.refreshSession())
      .then((received) => {
        const tokens = this.#received(received);
        const { state } = this;
        this.#failures = 0;
        if (this.#disposed) return tokens;
        if (state.status === 'signed-in') {
          this.#signedIn(state.username, tokens);
          this.#notify({ type: 'refreshed', username: state.username, tokens });
        }
        return tokens;
      })
      .catch((error: AuthError) => {
        const { state } = this;
        if (this.#disposed) throw error;
        if (error.code === 'NotAuthorizedException' && state.status === 'signed-in') {
          this.#clear();
          this.#notify({ type: 'expired', username: state.username });
        } else if (state.status === 'signed-in') {
          this.#failures++;
          this.#schedule(this.now() + Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** (this.#failures - 1)));
        }
        throw error;
      })
      .finally(() => (this.#refreshing = undefined));
    return this.#refreshing;
  }

  /**
   * Ends the session on this device at once (state, storage); Cognito is told after. `remote`
   * settles when it has been, with the error when it could not be (the tokens then live until
   * they expire).
   */
  signOut(global = false): { username?: string; remote: Promise<AuthError | undefined> } {
    const state = this.state;
    const username = state.status === 'signed-in' || state.status === 'challenge' ? state.username : undefined;
    this.#clear();
    const remote =
      state.status === 'signed-in'
        ? this.adapter.revokeSession(global, state.tokens).then(
            () => undefined,
            (error: unknown) => toAuthError(error, 'signOut'),
          )
        : Promise.resolve(undefined);
    return { username, remote };
  }

  /** Ends the session on this device only, without telling the server. */
  clearSession(): void {
    this.#clear();
  }

  /** Leaves a challenge part-way (the user pressed back or cancel). */
  cancelChallenge(): void {
    if (this.state.status === 'challenge') this.#clear();
  }

  /** Leaves no timer, listener or request behind, even with a refresh or restore in flight. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#sessionListeners.clear();
    this.adapter.dispose?.();
  }

  #signedIn(username: string, tokens: Tokens) {
    this.#store.set({ status: 'signed-in', username, tokens });
    this.#schedule(Math.max(refreshDue(tokens), this.#lastRefreshAt + minRefreshInterval(tokens)));
  }

  #clear() {
    clearTimeout(this.#timer);
    this.adapter.clearLocalSession();
    this.#store.set({ status: 'signed-out' });
  }

  #schedule(at: number) {
    clearTimeout(this.#timer);
    if (this.#disposed) return;
    this.#timer = setTimeout(() => void this.refresh().catch(() => {}), Math.max(0, at - this.now()));
  }
}
