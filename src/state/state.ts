import type { Challenge, ChallengeName, FirstFactorPrompt, Tokens } from '../auth/types.js';

/** The sign-in state: a snapshot replaced, never mutated, on every transition. */
export type AuthState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out' }
  /**
   * `signInName`: what the user typed to sign in, where Cognito's `username` differs from it (a
   * UUID in pools that sign in with an address or number; the user name behind an alias).
   */
  | ({ readonly status: 'challenge'; readonly username: string; readonly signInName?: string } & Readonly<Challenge>)
  /** A choice-based (USER_AUTH) sign-in at its first factor: `<cognito-sign-in>` asks for it. */
  | { readonly status: 'challenge'; readonly username: string; readonly challenge: 'FIRST_FACTOR'; readonly parameters: FirstFactorPrompt }
  | { readonly status: 'signed-in'; readonly username: string; readonly tokens: Tokens };

export type AuthStatus = AuthState['status'];
/** The state at one of these challenges, its parameters typed for them. */
export type ChallengeState<K extends ChallengeName | 'FIRST_FACTOR' = ChallengeName> = Extract<AuthState, { status: 'challenge'; challenge: K }>;
/** The state of a USER_AUTH sign-in at its first factor. */
export type FirstFactorState = ChallengeState<'FIRST_FACTOR'>;
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
