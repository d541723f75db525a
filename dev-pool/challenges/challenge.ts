import type { ClientConfig, Json, PoolContext } from '../context.js';
import type { ChallengeSession } from '../sessions.js';
import type { UserRecord } from '../users.js';

/** What a challenge asks of the user, once it is due. */
export interface DueChallenge {
  parameters: Record<string, string>;
  /** Kept in the session for respond() (an expected code, a TOTP secret, ...). */
  data?: Record<string, string>;
}

export interface RespondArgs {
  ctx: PoolContext;
  client: ClientConfig;
  /** Already taken (single use); call ctx.sessions.keep(session) to allow a retry. */
  session: ChallengeSession;
  responses: Record<string, string>;
  input: Json;
  /** The session's carried values plus this request's DEVICE_KEY, if any. */
  carried: Record<string, string>;
  /** The password was right: status checks, then the next due challenge, or tokens. */
  afterPassword(user: UserRecord, passed: string[]): Json;
  /** Moves on: the next due challenge, or tokens. `carried` replaces what the sign-in carries. */
  continueSignIn(user: UserRecord, passed: string[], carried?: Record<string, string>): Json;
  /** Issues the named challenge now (SELECT_MFA_TYPE's answer), through its prompt(). */
  startChallenge(user: UserRecord, name: string, passed: string[]): Json;
  /** Issues a challenge with parameters already made (USER_AUTH's first factors). */
  issueChallenge(user: UserRecord, name: string, due: DueChallenge, passed: string[]): Json;
}

/**
 * One challenge of the sign-in state machine, a file each, listed in challenges/index.ts in
 * the order they are due.
 */
export interface Challenge {
  name: string;
  /**
   * After the first factor, whether this challenge still stands between the user and the
   * tokens. Omitted for challenges that only a flow or another challenge starts
   * (PASSWORD_VERIFIER, DEVICE_PASSWORD_VERIFIER).
   */
  due?(
    ctx: PoolContext,
    client: ClientConfig,
    user: UserRecord,
    passed: string[],
    carried: Record<string, string>,
  ): DueChallenge | undefined;
  /** What to ask when another challenge picks this one (SELECT_MFA_TYPE's answer); may send a code. */
  prompt?(ctx: PoolContext, user: UserRecord): DueChallenge;
  /** Where the request carries this challenge's session; default: the Session member. */
  sessionHandle?(input: Json, responses: Record<string, string>): unknown;
  respond(args: RespondArgs): Json;
}
