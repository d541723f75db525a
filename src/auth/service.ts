import type { CognitoAdapter } from './adapter.js';
import { AccountService } from './account.js';
import { Session, type SessionEvent } from './session.js';
import type { FirstFactorSignIn } from './first-factor.js';
import type { TabLink } from './tab-sync.js';
import type { AuthConfig, AuthFlow, ChallengeAnswer, CodeDelivery, SignInStep, SignUpInput, SignUpResult, Tokens } from './types.js';
import { StateStore, type AuthState, type Listener } from '../state/state.js';
import { toAuthError } from '../errors/codes.js';
import type { AuthError, Operation } from '../errors/auth-error.js';

export type { SessionEvent } from './session.js';

/**
 * What Cognito answers, depending on the account, to a code request (ForgotPassword,
 * ResendConfirmationCode): not found, disabled, "cannot be reset in the current state"
 * (administrator-created), not confirmed, "no registered/verified email or phone_number",
 * "already confirmed". A validation error of the request itself is not among them.
 */
const ACCOUNT_REFUSALS = new Set(['UserNotFoundException', 'NotAuthorizedException', 'UserNotConfirmedException', 'InvalidParameterException']);
export { localExpiry } from './session-timing.js';

/**
 * The flow state and every auth action, over an adapter. One stable object per provider; the
 * elements call it and re-render from its state snapshots.
 */
export class AuthService {
  readonly #store = new StateStore({ status: 'loading' });
  readonly #sessionListeners = new Set<(event: SessionEvent) => void>();
  /** The signed-in user's self-service calls. */
  readonly account: AccountService;
  readonly #session: Session;
  #signUpCredentials?: { username: string; password: string };
  /** What the user typed at the last sign-in: challenge states keep it when Cognito names the user otherwise. */
  #signInName?: string;
  #userAuth?: Promise<FirstFactorSignIn>;
  /** Once loaded: a USER_AUTH sign-in in progress takes the challenge answers. */
  #firstFactor?: FirstFactorSignIn;

  /**
   * `tabs` links the tabs that share this session's storage (`local`, `cookie`): their
   * sign-ins, sign-outs and refreshes reach this one, and one tab at a time refreshes.
   */
  constructor(
    readonly config: AuthConfig,
    readonly adapter: CognitoAdapter,
    now: () => number = Date.now,
    tabs?: TabLink,
  ) {
    this.#session = new Session(this.#store, adapter, now, (event) => this.#notify(event), tabs);
    this.account = new AccountService({
      calls: adapter.account,
      signedInUser: () => (this.state.status === 'signed-in' ? this.state.username : undefined),
      getTokens: () => this.getTokens(),
      refresh: () => this.refresh(),
      checkPassword: (password) => this.#checkPassword(password),
      signOutOtherDevices: (password) => this.#signOutOtherDevices(password),
      clearSession: () => this.clearSession(),
    });
  }

  /**
   * Signs in aside with the provider's flow (SRP when that is CUSTOM_AUTH, whose first challenge
   * may not ask for the password); the adapter leaves the sign-in in progress alone.
   */
  async #checkPassword(password: string): Promise<void> {
    const { state, authFlow } = this;
    if (state.status !== 'signed-in') throw toAuthError({ code: 'NotAuthorizedException' }, 'verifyPassword');
    await this.adapter.verifyPassword(state.username, password, authFlow === 'CUSTOM_AUTH' ? 'USER_SRP_AUTH' : authFlow);
  }

  /** GlobalSignOut (this session ends too), then a sign-in here with the new password. */
  async #signOutOtherDevices(password: string): Promise<SignInStep | undefined> {
    const tokens = await this.#run('signOut', () => this.getTokens());
    const { state } = this;
    if (!tokens || state.status !== 'signed-in') return undefined;
    await this.#run('signOut', () => this.adapter.revokeSession(true, tokens));
    this.clearSession();
    return this.signIn(state.username, password);
  }

  /**
   * Choice-based sign-in (`auth-flow="USER_AUTH"`: passkeys, one-time codes, the password),
   * passwordless sign-up and passkeys; loaded on first use, so a password sign-in page never
   * downloads it.
   */
  userAuth(): Promise<FirstFactorSignIn> {
    this.#userAuth ??= import('./first-factor.js').then(({ FirstFactorSignIn }) => {
      const deps = { config: this.config, adapter: this.adapter, store: this.#store, session: this.#session };
      const signingInAs = (username: string) => (this.#signInName = username);
      return (this.#firstFactor = new FirstFactorSignIn({ ...deps, advance: (step) => this.#advance(step), signingInAs }));
    });
    this.#userAuth.catch(() => (this.#userAuth = undefined));
    return this.#run('signIn', () => this.#userAuth!);
  }

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
    if (this.authFlow === 'USER_AUTH') return (await this.userAuth()).signUp(input);
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
    if (this.authFlow === 'USER_AUTH') return (await this.userAuth()).signInAfterConfirm(username);
    const credentials = this.#signUpCredentials;
    if (credentials?.username !== username) return undefined;
    this.#signUpCredentials = undefined;
    return this.signIn(credentials.username, credentials.password);
  }

  async confirmSignUp(username: string, code: string): Promise<void> {
    if (this.authFlow === 'USER_AUTH') return (await this.userAuth()).confirmSignUp(username, code);
    return this.#run('confirmSignUp', () => this.adapter.confirmSignUp(username, code));
  }

  /**
   * Resolves alike for every account (no probing): one that does not exist, is confirmed
   * already, disabled or administrator-created resolves with `undefined` (no code went out).
   */
  resendSignUpCode(username: string): Promise<CodeDelivery | undefined> {
    return this.#alike('resendSignUpCode', () => this.adapter.resendSignUpCode(username));
  }

  async signIn(username: string, password: string): Promise<SignInStep> {
    this.#firstFactor?.cancel();
    this.#signInName = username;
    try {
      const step = await this.#session.signingIn(() => this.#run('signIn', () => this.adapter.signIn(username, password, this.authFlow)));
      return this.#advance(step);
    } catch (error) {
      // The user is about to confirm the account: the password was right, or it will be checked again.
      if ((error as AuthError).code === 'UserNotConfirmedException') this.#signUpCredentials = { username, password };
      throw error;
    }
  }

  /** Answers the challenge the state is at; a wrong answer leaves the state where it was. */
  async answerChallenge(answer: ChallengeAnswer): Promise<SignInStep> {
    if (this.#firstFactor?.inProgress && this.state.status === 'challenge') return this.#firstFactor.answer(answer);
    return this.#advance(await this.#session.signingIn(() => this.#run('respondToChallenge', () => this.adapter.answerChallenge(answer))));
  }

  associateSoftwareToken(): Promise<string> {
    if (this.#firstFactor?.inProgress && this.state.status === 'challenge') return this.#firstFactor.associateSoftwareToken();
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
      step = { ...step, tokens: this.#session.received(step.tokens) };
      this.#session.signedIn(step.username, step.tokens);
    }
    else {
      const { kind: _kind, ...challenge } = step;
      const typed = this.#signInName;
      this.#store.set({ status: 'challenge', ...challenge, ...(typed && typed !== challenge.username ? { signInName: typed } : {}) });
    }
    return step;
  }

  /**
   * Resolves alike for every account (no probing): unknown, unconfirmed, disabled,
   * administrator-created (FORCE_CHANGE_PASSWORD) and without a verified e-mail or phone all
   * resolve, with `undefined` delivery where no code went out.
   */
  forgotPassword(username: string): Promise<CodeDelivery | undefined> {
    return this.#alike('forgotPassword', () => this.adapter.forgotPassword(username));
  }

  /**
   * Sends a code where the answer would otherwise tell accounts apart: the refusals that depend
   * on the account (which Cognito gives even with existence errors prevented) resolve like a
   * delivery Cognito did not describe. What does not depend on it still fails: the network,
   * throttling, a malformed user name.
   */
  async #alike(op: Operation, send: () => Promise<CodeDelivery | undefined>): Promise<CodeDelivery | undefined> {
    try {
      return await send();
    } catch (error) {
      const { code, message = '' } = (error ?? {}) as { code?: string; message?: string };
      const aboutTheAccount = ACCOUNT_REFUSALS.has(code ?? '') && !/validation error/i.test(message);
      if (aboutTheAccount) return undefined;
      throw toAuthError(error, op);
    }
  }

  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void> {
    return this.#run('confirmForgotPassword', () => this.adapter.confirmForgotPassword(username, code, newPassword));
  }

  /** Looks for a stored session on page load; refreshes it when it has expired. */
  async restore(): Promise<AuthState> {
    await this.#session.restore();
    return this.state;
  }

  /**
   * Current tokens, refreshed first when they are about to expire; null when signed out. With
   * shared storage, what another tab did (signed out, refreshed) counts before it answers.
   */
  getTokens(): Promise<Tokens | null> {
    return this.#session.getTokens();
  }

  /** Fresh tokens from Cognito now; one refresh in flight at a time (and one tab at a time). */
  refresh(): Promise<Tokens> {
    return this.#session.refresh();
  }

  /**
   * Ends the session on this device at once (state, storage, the other tabs); Cognito is told
   * after. `remote` settles when it has been, with the error when it could not be (the tokens
   * then live until they expire).
   */
  signOut(global = false): { username?: string; remote: Promise<AuthError | undefined> } {
    return this.#session.signOut(global);
  }

  /** Ends the session on this device only, without telling the server. */
  clearSession(): void {
    this.#session.clear();
  }

  /** Leaves a challenge part-way (the user pressed back or cancel). */
  cancelChallenge(): void {
    this.#firstFactor?.cancel();
    if (this.state.status === 'challenge') this.#session.clear();
  }

  /** Leaves no timer, listener or request behind, even with a refresh or restore in flight. */
  dispose(): void {
    this.#session.dispose();
    this.#sessionListeners.clear();
    this.#firstFactor?.dispose();
    this.adapter.dispose?.();
  }
}
