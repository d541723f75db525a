import type { CognitoAdapter } from './adapter.js';
import type { Tokens } from './types.js';
import type { TabLink, TabMessage } from './tab-sync.js';
import { backoff, localExpiry, minRefreshInterval, refreshDue } from './session-timing.js';
import type { StateStore } from '../state/state.js';
import type { AuthError } from '../errors/auth-error.js';
import { toAuthError } from '../errors/codes.js';

/** Session-wide happenings the provider turns into DOM events. */
export type SessionEvent =
  | { type: 'restored' | 'refreshed'; username: string; tokens: Tokens }
  /** Ended without this tab's signOut(): the refresh token was refused, or another tab signed out. */
  | { type: 'signed-out'; username: string; global: boolean };


const notSignedIn = () => toAuthError({ code: 'NotAuthorizedException' }, 'refreshSession');

/**
 * A message can arrive before this tab's view of the storage has caught up with the write it
 * announces (cookies and localStorage reach other renderers asynchronously): look again after
 * these delays (ms) when nothing seemed to change.
 */
const RECHECKS = [50, 150, 300];

/** After waiting for another tab's refresh: how long to let this tab's view of the storage catch up with it. */
const CATCH_UP_MS = 500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The signed-in session over time: restore on load, refresh before expiry (one at a time, and
 * with `tabs`, one tab at a time), sign-out, and — with `tabs` — the other tabs' sign-ins,
 * sign-outs and refreshes, read from the storage the tabs share.
 */
export class Session {
  #timer?: ReturnType<typeof setTimeout>;
  #recheck?: ReturnType<typeof setTimeout>;
  #refreshing?: Promise<Tokens>;
  /** The stored session being read on load: getTokens() waits for it rather than answer "signed out". */
  #restoring?: Promise<void>;
  /** Local time of the last refresh (here or in another tab), and failures in a row since the last success. */
  #lastRefreshAt = -Infinity;
  #failures = 0;
  #disposed = false;
  /** Bumped whenever the session ends or changes hands: a refresh begun before cannot bring it back. */
  #epoch = 0;
  /** Sign-ins in progress here: what they write to storage is this tab's doing, not news from another. */
  #signingIn = 0;
  /** The access token another tab announced as signed out: never taken up again from a lagging storage view. */
  #endedToken?: string;
  readonly #abort = new AbortController();
  readonly #unlisten?: () => void;
  readonly #store: StateStore;
  readonly #adapter: CognitoAdapter;
  readonly #now: () => number;
  readonly #notify: (event: SessionEvent) => void;
  readonly #tabs?: TabLink;

  constructor(store: StateStore, adapter: CognitoAdapter, now: () => number, notify: (event: SessionEvent) => void, tabs?: TabLink) {
    this.#store = store;
    this.#adapter = adapter;
    this.#now = now;
    this.#notify = notify;
    this.#tabs = tabs;
    this.#unlisten = tabs?.listen((message) => this.#heard(message));
  }

  #heard(message: TabMessage, attempt = 0) {
    clearTimeout(this.#recheck);
    const ended = message.kind === 'signed-out';
    if (this.sync(message.global, ended) || ended || this.#disposed || attempt >= RECHECKS.length) return;
    this.#recheck = setTimeout(() => this.#heard(message, attempt + 1), RECHECKS[attempt]);
  }

  get #state() {
    return this.#store.state;
  }

  /** The session in the storage the tabs share (none when this tab keeps its own). */
  #stored() {
    return (this.#tabs && this.#adapter.storedSession?.()) || null;
  }

  /**
   * Signed out: the state, the refresh timer, the epoch; `here` also the stored session and
   * the other tabs (not when another tab did it); with `username`, the event.
   */
  #out(username: string | undefined, global: boolean, here: boolean) {
    const wasSignedIn = this.#state.status === 'signed-in';
    this.#epoch++;
    clearTimeout(this.#timer);
    if (here) this.#adapter.clearLocalSession();
    this.#store.set({ status: 'signed-out' });
    if (here && wasSignedIn) this.#tabs?.post({ kind: 'signed-out', global });
    if (username) this.#notify({ type: 'signed-out', username, global });
  }

  /** New tokens for the same user (refreshed here or in another tab). */
  #refreshed(username: string, tokens: Tokens) {
    this.#failures = 0;
    this.#set(username, tokens);
    this.#notify({ type: 'refreshed', username, tokens });
  }

  /** Fresh tokens from Cognito: their lifetime starts now on the local clock. */
  received(tokens: Tokens): Tokens {
    return { ...tokens, clockDrift: this.#now() - tokens.issuedAt };
  }

  /** Runs a sign-in step; what it writes to the shared storage is not taken for another tab's news. */
  async signingIn<T>(step: () => Promise<T>): Promise<T> {
    this.#signingIn++;
    try {
      return await step();
    } finally {
      this.#signingIn--;
    }
  }

  /** A sign-in completed in this tab (the adapter has stored it). */
  signedIn(username: string, tokens: Tokens): void {
    this.#epoch++;
    this.#set(username, tokens);
    this.#tabs?.post({ kind: 'changed' });
  }

  /** Looks for a stored session on page load; the adapter refreshes it (under the lock) when it has expired. */
  restore(): Promise<void> {
    return (this.#restoring = this.#restore());
  }

  async #restore(): Promise<void> {
    const epoch = this.#epoch;
    let found: Awaited<ReturnType<CognitoAdapter['restoreSession']>> = null;
    try {
      found = await this.#exclusive(() => this.#adapter.restoreSession());
    } catch (error) {
      if (this.#disposed || epoch !== this.#epoch) return;
      // A network failure on load keeps nothing usable; the user can sign in again.
      if (toAuthError(error, 'restoreSession').code === 'NotAuthorizedException') this.#adapter.clearLocalSession();
    }
    // Removed, re-configured or signed in while the stored session was read: leave it all be.
    if (this.#disposed || this.#state.status !== 'loading') return;
    if (!found) return this.#store.set({ status: 'signed-out' });
    this.#set(found.username, found.tokens);
    this.#notify({ type: 'restored', username: found.username, tokens: found.tokens });
  }

  /** Current tokens, refreshed first when they are about to expire; null when signed out. */
  async getTokens(): Promise<Tokens | null> {
    // An app asking right at page load means the stored session, not "no one is signed in yet".
    if (this.#state.status === 'loading') await this.#restoring;
    this.sync();
    const state = this.#state;
    if (state.status !== 'signed-in') return null;
    const now = this.#now();
    if (now < refreshDue(state.tokens)) return state.tokens;
    if (this.#refreshing) return this.#refreshing;
    // Just refreshed (or failed to): no new request yet while the tokens still hold.
    if (now < localExpiry(state.tokens) && now - this.#lastRefreshAt < minRefreshInterval(state.tokens)) return state.tokens;
    return this.refresh();
  }

  /** One refresh in flight at a time: concurrent callers share it. */
  refresh(): Promise<Tokens> {
    this.#lastRefreshAt = this.#now();
    this.#refreshing ??= this.#refreshOnce().finally(() => (this.#refreshing = undefined));
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<Tokens> {
    const epoch = this.#epoch;
    const start = this.#state;
    const held = start.status === 'signed-in' ? start.tokens.accessToken : undefined;
    const username = start.status === 'signed-in' ? start.username : undefined;
    let tokens: Tokens;
    let fetched = false;
    try {
      tokens = await this.#exclusive(async (contended) => {
        // Another tab refreshed while this one waited for the lock: take its tokens, send nothing.
        const newer = () => {
          const stored = this.#stored();
          return stored && held && stored.username === username && stored.tokens.accessToken !== held ? stored.tokens : undefined;
        };
        let found = newer();
        for (let waited = 0; contended && !found && waited < CATCH_UP_MS && !this.#disposed; waited += 25) {
          await pause(25);
          found = newer();
        }
        if (this.#disposed) throw notSignedIn();
        if (found) return found;
        fetched = true;
        return this.received(await this.#adapter.refreshSession());
      });
    } catch (failure) {
      const error = toAuthError(failure, 'refreshSession');
      this.#refreshFailed(error, epoch, held);
      throw error;
    }
    if (this.#disposed) return tokens;
    const state = this.#state;
    if (epoch !== this.#epoch || state.status !== 'signed-in') {
      // Signed out (here or in another tab) while the request was out: what it stored goes too.
      if (this.#adapter.storedSession?.()?.tokens.accessToken === tokens.accessToken) this.#adapter.clearLocalSession();
      throw notSignedIn();
    }
    this.#refreshed(state.username, tokens);
    if (fetched) this.#tabs?.post({ kind: 'changed' });
    return tokens;
  }

  #refreshFailed(error: AuthError, epoch: number, held?: string) {
    const state = this.#state;
    if (this.#disposed || epoch !== this.#epoch || state.status !== 'signed-in') return;
    if (error.code !== 'NotAuthorizedException') {
      this.#failures++;
      this.#schedule(this.#now() + backoff(this.#failures));
      return;
    }
    // Refused: revoked or expired. Unless another tab already holds a newer session, it is over.
    const stored = this.#stored();
    if (stored && stored.tokens.accessToken !== held) return void this.sync();
    this.#out(state.username, false, true);
  }

  /**
   * Ends the session on this device at once (state, storage, the other tabs); Cognito is told
   * after. `remote` settles when it has been, with the error when it could not be.
   */
  signOut(global = false): { username?: string; remote: Promise<AuthError | undefined> } {
    const state = this.#state;
    const username = state.status === 'signed-in' || state.status === 'challenge' ? state.username : undefined;
    this.clear(global);
    const remote =
      state.status === 'signed-in'
        ? this.#adapter.revokeSession(global, state.tokens).then(
            () => undefined,
            (error: unknown) => toAuthError(error, 'signOut'),
          )
        : Promise.resolve(undefined);
    return { username, remote };
  }

  /** Ends the session on this device (and in the other tabs), without telling Cognito. */
  clear(global = false): void {
    this.#out(undefined, global, true);
  }

  /**
   * Takes the session as the shared storage has it now: another tab signed in, signed out,
   * refreshed or changed user. Synchronous (a storage read), so it is also done before
   * getTokens() answers: a token another tab revoked is never handed out. `ended`: another tab
   * said the session ended, so the tokens this tab holds are over even if storage still shows
   * them. Returns whether anything changed.
   */
  sync(global = false, ended = false): boolean {
    const state = this.#state;
    if (!this.#tabs || this.#disposed || this.#signingIn > 0 || state.status === 'loading') return false;
    let stored = this.#stored();
    if (state.status === 'signed-in') {
      const same = stored?.tokens.accessToken === state.tokens.accessToken && stored.tokens.idToken === state.tokens.idToken;
      if (same && ended) {
        this.#endedToken = state.tokens.accessToken;
        stored = null;
      }
      if (same && !ended) return false;
      if (stored?.username === state.username) {
        this.#lastRefreshAt = this.#now();
        this.#refreshed(state.username, stored.tokens);
        return true;
      }
      this.#out(state.username, !stored && global, false);
    }
    // A session appeared (a stale one, expired or just announced as ended, is not news).
    if (!stored || ended || stored.tokens.accessToken === this.#endedToken || localExpiry(stored.tokens) <= this.#now()) {
      return state.status === 'signed-in';
    }
    this.#epoch++;
    this.#set(stored.username, stored.tokens);
    this.#notify({ type: 'restored', username: stored.username, tokens: stored.tokens });
    return true;
  }

  /** Leaves no timer, listener, lock request or channel behind. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#recheck);
    this.#abort.abort();
    this.#unlisten?.();
    this.#tabs?.close();
  }

  #exclusive<T>(task: (contended: boolean) => Promise<T>): Promise<T> {
    return this.#tabs ? this.#tabs.exclusive(task, this.#abort.signal) : task(false);
  }

  #set(username: string, tokens: Tokens) {
    this.#store.set({ status: 'signed-in', username, tokens });
    this.#schedule(Math.max(refreshDue(tokens), this.#lastRefreshAt + minRefreshInterval(tokens)));
  }

  #schedule(at: number) {
    clearTimeout(this.#timer);
    if (this.#disposed) return;
    this.#timer = setTimeout(() => void this.refresh().catch(() => {}), Math.max(0, at - this.#now()));
  }
}
