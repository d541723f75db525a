import type { Challenge, ChallengeName, Tokens } from '../auth/types.js';

/** The sign-in state: a snapshot replaced, never mutated, on every transition. */
export type AuthState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out' }
  | ({ readonly status: 'challenge'; readonly username: string } & Readonly<Challenge>)
  | { readonly status: 'signed-in'; readonly username: string; readonly tokens: Tokens };

export type AuthStatus = AuthState['status'];
/** The state at one of these challenges, its parameters typed for them. */
export type ChallengeState<K extends ChallengeName = ChallengeName> = Extract<AuthState, { status: 'challenge'; challenge: K }>;
export type Listener = (state: AuthState) => void;

export class StateStore {
  #state: AuthState;
  #listeners = new Set<Listener>();

  constructor(initial: AuthState) {
    this.#state = initial;
  }

  get state(): AuthState {
    return this.#state;
  }

  set(next: AuthState): void {
    this.#state = Object.freeze(next);
    for (const listener of [...this.#listeners]) listener(next);
  }

  /** Calls the listener on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
