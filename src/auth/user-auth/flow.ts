import type { AuthError } from '../../errors/auth-error.js';
import type { Operation } from '../../errors/auth-error.js';
import type { TokenStorage } from '../storage.js';
import type { ChallengeAnswer, ChallengeName, CodeDelivery, Tokens } from '../types.js';
import { CODE_KEYS, factorsOf, responsesFor, type Factor } from './answers.js';
import type { AuthResponse, UserAuthCalls } from './calls.js';
import { userAuthError } from './errors.js';
import { storeSession } from './session-store.js';
import { SrpSession } from './srp.js';
import { getPasskey } from './webauthn.js';

/**
 * Where a choice-based (USER_AUTH) sign-in stands. `username` is what the user typed at the
 * first-factor steps (the form shows it back), Cognito's user name once the first factor is
 * passed (`challenge`, `done`), as the other flows' steps name the user: a UUID in pools that
 * sign in with an address, where the auth service keeps the typed name beside it.
 */
export type UserAuthStep =
  /** SELECT_CHALLENGE: offer these as buttons; choose() one. */
  | { kind: 'select'; username: string; available: Factor[] }
  /** Ask for the password; password() sends it (by SRP when Cognito offers it). */
  | { kind: 'password'; username: string; available: Factor[] }
  /** A one-time code as first factor went to `delivery`; code() answers, resend() sends another. */
  | { kind: 'code'; username: string; challenge: 'EMAIL_OTP' | 'SMS_OTP'; delivery: CodeDelivery; available: Factor[] }
  /** The browser's passkey prompt is open. */
  | { kind: 'passkey'; username: string; available: Factor[] }
  /** The ceremony or its check failed; choose('WEB_AUTHN') tries again, or another factor. */
  | { kind: 'passkey-failed'; username: string; error: AuthError; available: Factor[] }
  /** Any later challenge (MFA, new password…), answered with answer(), as the SDK path's challenges. */
  | { kind: 'challenge'; username: string; challenge: ChallengeName; parameters: Record<string, string> }
  /** Signed in: the tokens are stored where the SDK keeps its own. */
  | { kind: 'done'; username: string; tokens: Tokens };

export interface UserAuthFlowOptions {
  userPoolId: string;
  clientId: string;
  storage: TokenStorage;
  /** Told of every step, the passkey prompt included, as it happens. */
  onStep?: (step: UserAuthStep) => void;
}

/**
 * Cognito's choice-based sign-in (USER_AUTH) as a state machine an element can drive: the
 * username first, then whatever Cognito asks. Rejections are AuthErrors (the step stays as it
 * was, nothing typed is lost); a failed passkey ceremony is a step of its own, keeping the
 * username and the other factors.
 */
export class UserAuthFlow {
  #step?: UserAuthStep;
  #username = '';
  /** Cognito's name for the user once it said it (ChallengeParameters USERNAME), else the typed one. */
  #cognitoName = '';
  #challenge?: string;
  #session?: string;
  #raw: string[] = [];
  #available: Factor[] = [];
  /** After a password or passkey, an EMAIL_OTP is MFA (a `challenge`), not a first factor. */
  #firstFactorDone = false;
  #abort = new AbortController();

  constructor(
    private readonly calls: UserAuthCalls,
    private readonly options: UserAuthFlowOptions,
  ) {}

  get step(): UserAuthStep | undefined {
    return this.#step;
  }

  /** Starts over for `username`. `session`: ConfirmSignUp's, which signs a new user in at once. */
  start(username: string, { preferred, session }: { preferred?: Factor; session?: string } = {}): Promise<UserAuthStep> {
    this.cancel();
    this.#username = this.#cognitoName = username;
    this.#challenge = this.#session = undefined;
    this.#raw = [];
    this.#available = [];
    this.#firstFactorDone = false;
    if (preferred === 'PASSWORD' && !session) return Promise.resolve(this.#show({ kind: 'password', username, available: [] }));
    return this.#run('signIn', () => this.calls.initiate(username, { preferred, session }, this.#abort.signal));
  }

  /** Picks a first factor: at SELECT_CHALLENGE by answering it, otherwise by asking Cognito for it anew. */
  choose(factor: Factor): Promise<UserAuthStep> {
    if (factor === 'PASSWORD') return Promise.resolve(this.#show({ kind: 'password', username: this.#username, available: this.#available }));
    const op = this.#challenge === 'SELECT_CHALLENGE' ? 'respondToChallenge' : 'signIn';
    return this.#run(op, () =>
      this.#challenge === 'SELECT_CHALLENGE'
        ? this.#respond('SELECT_CHALLENGE', { ANSWER: factor })
        : this.calls.initiate(this.#username, { preferred: factor }, this.#abort.signal),
    );
  }

  /** Another code: the same factor asked for again (Cognito has no resend for sign-in codes). */
  resend(): Promise<UserAuthStep> {
    const step = this.#step;
    if (step?.kind !== 'code') return Promise.reject(userAuthError({ code: 'NotAuthorizedException' }, 'respondToChallenge'));
    return this.#run('signIn', () => this.calls.initiate(this.#username, { preferred: step.challenge }, this.#abort.signal));
  }

  /**
   * The password, by SRP when Cognito offers PASSWORD_SRP (or names no factor), in plain text
   * only when it offers PASSWORD alone. A refused password ends Cognito's session: the next try
   * starts anew (with PREFERRED_CHALLENGE), so that it is not refused for the spent session.
   */
  password(password: string): Promise<UserAuthStep> {
    const srp = this.#raw.includes('PASSWORD_SRP') || !this.#raw.includes('PASSWORD') ? new SrpSession(this.options.userPoolId) : undefined;
    const attempt = this.#run(
      'signIn',
      async () => {
        const answer: Record<string, string> = srp ? { SRP_A: await srp.largeA() } : { PASSWORD: password };
        if (this.#challenge === 'SELECT_CHALLENGE') return this.#respond('SELECT_CHALLENGE', { ANSWER: srp ? 'PASSWORD_SRP' : 'PASSWORD', ...answer });
        if (this.#challenge === 'PASSWORD' || this.#challenge === 'PASSWORD_SRP') return this.#respond(srp ? 'PASSWORD_SRP' : 'PASSWORD', answer);
        const parameters = { PREFERRED_CHALLENGE: srp ? 'PASSWORD_SRP' : 'PASSWORD', ...answer };
        return this.calls.initiate(this.#username, { parameters }, this.#abort.signal);
      },
      { password, srp },
    );
    attempt.catch(() => (this.#challenge = this.#session = undefined));
    return attempt;
  }

  /** The one-time code of the current challenge (first-factor EMAIL_OTP / SMS_OTP, or an MFA code). */
  code(code: string): Promise<UserAuthStep> {
    const key = CODE_KEYS[this.#challenge ?? ''];
    if (!key) return Promise.reject(userAuthError({ code: 'NotAuthorizedException' }, 'respondToChallenge'));
    return this.#run('respondToChallenge', () => this.#respond(this.#challenge!, { [key]: code.replace(/[\s-]/g, '') }));
  }

  /** Answers a later challenge as the SDK path's ChallengeAnswer describes it. */
  answer(answer: ChallengeAnswer): Promise<UserAuthStep> {
    if (answer.challenge === 'MFA_SETUP') {
      return this.#run('respondToChallenge', async () => {
        const verified = await this.calls.verifySoftwareToken(this.#session!, answer.code, answer.deviceName, this.#abort.signal);
        this.#session = verified.Session ?? this.#session;
        return this.#respond('MFA_SETUP', {});
      });
    }
    return this.#run('respondToChallenge', () => this.#respond(answer.challenge, responsesFor(answer)));
  }

  /** MFA_SETUP: the secret of the authenticator app to add (base32). */
  async associateSoftwareToken(): Promise<string> {
    try {
      const data = await this.calls.associateSoftwareToken(this.#session!, this.#abort.signal);
      this.#session = data.Session ?? this.#session;
      return data.SecretCode;
    } catch (error) {
      throw userAuthError(error, 'associateSoftwareToken');
    }
  }

  /** Stops the request or passkey prompt in flight; the flow can start again. */
  cancel(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #respond(name: string, responses: Record<string, string>): Promise<AuthResponse> {
    return this.calls.respond(name, this.#session, { USERNAME: this.#cognitoName, ...responses }, this.#abort.signal);
  }

  async #run(op: Operation, send: () => Promise<AuthResponse>, secret?: { password: string; srp?: SrpSession }): Promise<UserAuthStep> {
    let response: AuthResponse;
    try {
      response = await send();
      // The password's second leg: SRP's PASSWORD_VERIFIER.
      if (response.ChallengeName === 'PASSWORD_VERIFIER' && secret?.srp) {
        this.#accept(response);
        response = await this.#respond('PASSWORD_VERIFIER', await secret.srp.verifier(secret.password, response.ChallengeParameters ?? {}));
      }
    } catch (error) {
      throw userAuthError(error, op);
    }
    if (secret) this.#firstFactorDone = true;
    return this.#route(response);
  }

  #accept(response: AuthResponse) {
    this.#challenge = response.ChallengeName;
    this.#session = response.Session ?? this.#session;
    const parameters = response.ChallengeParameters ?? {};
    this.#cognitoName = parameters.USERNAME ?? parameters.USER_ID_FOR_SRP ?? this.#cognitoName;
  }

  async #route(response: AuthResponse): Promise<UserAuthStep> {
    const username = this.#username;
    if (response.AuthenticationResult) {
      this.#challenge = this.#session = undefined;
      const stored = storeSession(this.options.storage, this.options.clientId, response.AuthenticationResult);
      return this.#show({ kind: 'done', ...stored });
    }
    this.#accept(response);
    const name = response.ChallengeName ?? '';
    const parameters = response.ChallengeParameters ?? {};
    if (name === 'SELECT_CHALLENGE') {
      this.#raw = response.AvailableChallenges ?? [];
      this.#available = factorsOf(this.#raw);
      return this.#show({ kind: 'select', username, available: this.#available });
    }
    const available = this.#available;
    if (name === 'PASSWORD' || name === 'PASSWORD_SRP') return this.#show({ kind: 'password', username, available });
    if (name === 'WEB_AUTHN') return this.#passkey(parameters.CREDENTIAL_REQUEST_OPTIONS);
    if ((name === 'EMAIL_OTP' || name === 'SMS_OTP') && !this.#firstFactorDone) {
      const delivery = { Destination: parameters.CODE_DELIVERY_DESTINATION, DeliveryMedium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM };
      return this.#show({ kind: 'code', username, challenge: name, delivery, available });
    }
    return this.#show({ kind: 'challenge', username: this.#cognitoName, challenge: name as ChallengeName, parameters });
  }

  /** Runs the browser's ceremony and sends the assertion; any failure, local or Cognito's, is a step. */
  async #passkey(options: string | undefined): Promise<UserAuthStep> {
    const available = this.#available;
    this.#show({ kind: 'passkey', username: this.#username, available });
    let response: AuthResponse;
    try {
      const credential = await getPasskey(options ?? '{}', this.#abort.signal);
      response = await this.#respond('WEB_AUTHN', { CREDENTIAL: JSON.stringify(credential) });
    } catch (error) {
      // Whatever happened, this challenge session is spent for the UI: a retry asks Cognito anew.
      this.#challenge = this.#session = undefined;
      return this.#show({ kind: 'passkey-failed', username: this.#username, error: userAuthError(error, 'passkeySignIn'), available });
    }
    this.#firstFactorDone = true;
    return this.#route(response);
  }

  #show(step: UserAuthStep): UserAuthStep {
    this.#step = step;
    this.options.onStep?.(step);
    return step;
  }
}
