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
  /** The password was right: status checks, then the next due challenge, or tokens. */
  afterPassword(user: UserRecord, passed: string[]): Json;
  /** Moves on: the next due challenge, or tokens. */
  continueSignIn(user: UserRecord, passed: string[]): Json;
}

/**
 * One challenge of the sign-in state machine. New challenges (SMS_MFA, SOFTWARE_TOKEN_MFA,
 * EMAIL_OTP, SELECT_MFA_TYPE, MFA_SETUP, CUSTOM_CHALLENGE, DEVICE_SRP_AUTH, ...) are a file
 * each, listed in challenges/index.ts.
 */
export interface Challenge {
  name: string;
  /**
   * After the first factor, whether this challenge still stands between the user and the
   * tokens. Omitted for challenges that only a flow starts (PASSWORD_VERIFIER).
   */
  due?(ctx: PoolContext, client: ClientConfig, user: UserRecord, passed: string[]): DueChallenge | undefined;
  /** Where the request carries this challenge's session; default: the Session member. */
  sessionHandle?(input: Json, responses: Record<string, string>): unknown;
  respond(args: RespondArgs): Json;
}
