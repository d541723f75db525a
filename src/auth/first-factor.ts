import type { CognitoAdapter } from './adapter.js';
import type { Session } from './session.js';
import type { UserAuthClient, UserAuthFlow, UserAuthStep } from './user-auth/client.js';
import type { AuthConfig, ChallengeAnswer, FirstFactor, SignInStep, SignUpInput, SignUpResult } from './types.js';
import { userAuthError } from './user-auth/errors.js';
import { toChallenge } from './challenge-parameters.js';
import { createStorage } from './storage.js';
import type { StateStore } from '../state/state.js';
import { toAuthError } from '../errors/codes.js';

interface Deps {
  config: AuthConfig;
  adapter: CognitoAdapter;
  store: StateStore;
  session: Session;
  /** The service's own path for a finished or challenged sign-in: state, storage timing, tab sync, events. */
  advance(step: SignInStep): SignInStep;
  /** Tells the service what the user typed to sign in, which its challenge states keep beside Cognito's name. */
  signingInAs(username: string): void;
}

/**
 * A choice-based (USER_AUTH) sign-in run through the auth service, so that its state, storage,
 * refresh and tab sync are those of any sign-in: first-factor steps become the FIRST_FACTOR
 * state, a later challenge (MFA, new password) the usual challenge state, and tokens go the
 * session's signingIn → received → signedIn path. The client code (flow, SRP, WebAuthn) is
 * imported on first use only.
 */
export class FirstFactorSignIn {
  #client?: Promise<UserAuthClient>;
  #flow?: UserAuthFlow;
  /** A USER_AUTH sign-in is between its start and its end: challenge answers go to its flow. */
  inProgress = false;
  /** SignUp's session, then ConfirmSignUp's, which signs the new user in without a prompt. */
  #signedUp?: { username: string; session?: string; confirmed: boolean };

  constructor(private readonly deps: Deps) {}

  /** The USER_AUTH client (also <cognito-passkeys>'), loaded once. */
  client(): Promise<UserAuthClient> {
    const { adapter, config } = this.deps;
    this.#client ??= adapter.userAuth
      ? adapter.userAuth()
      : import('./user-auth/client.js').then((m) => m.userAuthClient(config, adapter.storage ?? createStorage(config.storage)));
    this.#client.catch(() => (this.#client = undefined));
    return this.#client;
  }

  /** SignUp over Cognito's API (the password only when one was given), keeping its Session for the sign-in after it. */
  async signUp(input: SignUpInput): Promise<SignUpResult> {
    const { calls } = await this.#load('signUp');
    try {
      const answer = await calls.signUp(input);
      this.#signedUp = { username: input.username, session: answer.session, confirmed: answer.userConfirmed };
      const { userConfirmed, userSub, codeDelivery } = answer;
      return { username: input.username, userConfirmed, userSub, codeDelivery };
    } catch (error) {
      throw userAuthError(error, 'signUp');
    }
  }

  async confirmSignUp(username: string, code: string): Promise<void> {
    const { calls } = await this.#load('confirmSignUp');
    const known = this.#signedUp?.username === username ? this.#signedUp.session : undefined;
    try {
      this.#signedUp = { username, session: await calls.confirmSignUp(username, code, known), confirmed: true };
    } catch (error) {
      throw userAuthError(error, 'confirmSignUp');
    }
  }

  /** Signs the user just confirmed here in with ConfirmSignUp's session; undefined (the form, as usual) when there is none or it is refused. */
  async signInAfterConfirm(username: string): Promise<SignInStep | undefined> {
    const signedUp = this.#signedUp;
    if (!signedUp?.confirmed || signedUp.username !== username || !signedUp.session) return undefined;
    this.#signedUp = undefined;
    return this.start(username, signedUp.session).catch(() => undefined);
  }

  /** Starts with the username; `session`: ConfirmSignUp's, which signs a new user in without asking. */
  start(username: string, session?: string): Promise<SignInStep | undefined> {
    this.deps.signingInAs(username);
    return this.#step('signIn', (flow) => flow.start(username, { preferred: this.deps.config.preferredChallenge, session }), true);
  }

  choose(factor: FirstFactor): Promise<SignInStep | undefined> {
    return this.#step('signIn', (flow) => flow.choose(factor));
  }

  password(password: string): Promise<SignInStep | undefined> {
    return this.#step('signIn', (flow) => flow.password(password));
  }

  code(code: string): Promise<SignInStep | undefined> {
    return this.#step('respondToChallenge', (flow) => flow.code(code));
  }

  resend(): Promise<SignInStep | undefined> {
    return this.#step('signIn', (flow) => flow.resend());
  }

  /** A later challenge (MFA…), answered by the challenge elements through AuthService.answerChallenge. */
  async answer(answer: ChallengeAnswer): Promise<SignInStep> {
    const step = await this.#step('respondToChallenge', (flow) => flow.answer(answer));
    if (!step) throw toAuthError({ code: 'NotAuthorizedException' }, 'respondToChallenge');
    return step;
  }

  associateSoftwareToken(): Promise<string> {
    return this.#flow!.associateSoftwareToken();
  }

  /** No request or passkey prompt left behind. */
  dispose(): void {
    this.cancel();
    this.#client?.then((client) => client.dispose(), () => {});
  }

  cancel(): void {
    this.inProgress = false;
    this.#flow?.cancel();
  }

  async #step(op: 'signIn' | 'respondToChallenge', run: (flow: UserAuthFlow) => Promise<UserAuthStep>, starting = false) {
    let flow = this.#flow;
    if (!flow) {
      const client = await this.#load(op);
      flow = this.#flow ??= client.flow((step) => this.#shown(step));
    }
    if (!starting && !this.inProgress) throw toAuthError({ code: 'NotAuthorizedException' }, op);
    this.inProgress = true;
    try {
      return this.#settle(await this.deps.session.signingIn(() => run(flow)));
    } catch (error) {
      // A refused username or sign-up session: no sign-in is in progress (the form stays as typed).
      if (starting) this.inProgress = false;
      throw error;
    }
  }

  #load(op: 'signIn' | 'respondToChallenge' | 'signUp' | 'confirmSignUp'): Promise<UserAuthClient> {
    return this.client().catch((error: unknown) => Promise.reject(toAuthError(error, op)));
  }

  /** Steps the flow shows as they happen (the passkey prompt before its answer): the first-factor state. */
  #shown(step: UserAuthStep) {
    if (!this.inProgress || step.kind === 'done' || step.kind === 'challenge') return;
    const { username, available } = step;
    const parameters =
      step.kind === 'code'
        ? { step: step.kind, factor: step.challenge, delivery: step.delivery, available }
        : step.kind === 'passkey-failed'
          ? { step: step.kind, error: step.error, available }
          : { step: step.kind, available };
    this.deps.store.set({ status: 'challenge', username, challenge: 'FIRST_FACTOR', parameters });
  }

  #settle(step: UserAuthStep): SignInStep | undefined {
    if (step.kind === 'done') {
      this.inProgress = false;
      return this.deps.advance(step);
    }
    if (step.kind === 'challenge') {
      return this.deps.advance({ kind: 'challenge', username: step.username, ...toChallenge(step.challenge, step.parameters) });
    }
    return undefined;
  }
}
