/**
 * Challenge sessions: the opaque `Session` (and SRP's SECRET_BLOCK) that carries a sign-in
 * from one challenge to the next. Single use and as long as the app client's
 * AuthSessionValidity (3 minutes unless set), like Cognito's. They live in memory only: a
 * sign-in in flight does not survive a restart on AWS either.
 */
import { randomBytes } from 'node:crypto';
import { sessionExpired, sessionReused } from './errors.js';

export const SESSION_TTL_MS = 3 * 60 * 1000;

export interface ChallengeSession {
  id: string;
  /** The challenge this session answers (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SMS_MFA, ...). */
  challengeName: string;
  clientId: string;
  /** Cognito's user name; undefined for the decoy session of a user that does not exist. */
  username: string | undefined;
  /** Challenges already passed in this sign-in, so later steps know what is left. */
  passed: string[];
  /** Per-challenge data (SRP ephemeral, expected code, ...). */
  data: Record<string, string>;
  /**
   * What the whole sign-in carries from one challenge to the next: DEVICE_KEY (from
   * AuthParameters or any ChallengeResponses), FLOW, CUSTOM_STEP.
   */
  carried?: Record<string, string>;
  expiresAt: number;
}

export class ChallengeSessions {
  private readonly live = new Map<string, ChallengeSession>();
  /** Used ids, remembered until they would have expired, for Cognito's "used once" message. */
  private readonly used = new Map<string, number>();

  /** A lifetime for every session, or one per app client (its AuthSessionValidity). */
  constructor(private readonly ttlMs: number | ((clientId: string) => number) = SESSION_TTL_MS) {}

  create(session: Omit<ChallengeSession, 'id' | 'expiresAt'>, idBytes = 192): ChallengeSession {
    this.prune();
    const ttl = typeof this.ttlMs === 'number' ? this.ttlMs : this.ttlMs(session.clientId);
    const created = { ...session, id: randomBytes(idBytes).toString('base64'), expiresAt: Date.now() + ttl };
    this.live.set(created.id, created);
    return created;
  }

  /** Removes and returns the session; throws Cognito's NotAuthorizedException otherwise. */
  take(id: unknown, challengeName?: string): ChallengeSession {
    if (typeof id !== 'string' || id === '') throw sessionExpired();
    if (this.used.has(id)) throw sessionReused();
    const session = this.live.get(id);
    if (!session) throw sessionExpired();
    this.live.delete(id);
    this.used.set(id, session.expiresAt);
    if (session.expiresAt <= Date.now()) throw sessionExpired();
    if (challengeName !== undefined && session.challengeName !== challengeName) throw sessionExpired();
    return session;
  }

  /** The next step of the same sign-in under a new id (AssociateSoftwareToken, VerifySoftwareToken). */
  renew(session: ChallengeSession, data: Record<string, string>, challengeName = session.challengeName): ChallengeSession {
    const { id: _id, expiresAt: _expiresAt, ...rest } = session;
    return this.create({ ...rest, challengeName, data });
  }

  /** Puts a session back after a failure the user may retry (a mistyped MFA code). */
  keep(session: ChallengeSession): void {
    this.used.delete(session.id);
    this.live.set(session.id, session);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, session] of this.live) if (session.expiresAt <= now) this.live.delete(id);
    for (const [id, expiresAt] of this.used) if (expiresAt <= now) this.used.delete(id);
  }
}
