import type { Tokens } from './types.js';

/*
 * When to refresh, from the tokens' own lifetime and the local time they were received: a
 * server timestamp is never compared with the local clock, so a skewed clock changes nothing.
 */

/** After a failed refresh: 30 s, doubling per failure, at most 10 minutes. */
export const backoff = (failures: number) => Math.min(600_000, 30_000 * 2 ** (failures - 1));

/** The token lifetime (server times only, so the local clock's skew cancels out). */
const lifetimeOf = (tokens: Tokens) => Math.max(0, tokens.expiresAt - tokens.issuedAt);

/** When the tokens expire on the LOCAL clock: issued when received here (clockDrift = local − server). */
export const localExpiry = (tokens: Tokens) => tokens.expiresAt + (tokens.clockDrift ?? 0);

/** Refresh a little before expiry: a minute early, or a quarter of the lifetime for short tokens. */
export const refreshDue = (tokens: Tokens) => localExpiry(tokens) - Math.min(60_000, lifetimeOf(tokens) / 4);

/** Never two refreshes closer than this, whatever the tokens say: half the lifetime, 5 s to 60 s. */
export const minRefreshInterval = (tokens: Tokens) => Math.min(60_000, Math.max(5_000, lifetimeOf(tokens) / 2));
