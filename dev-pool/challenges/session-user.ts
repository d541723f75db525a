import type { PoolContext } from '../context.js';
import { notAuthorized } from '../errors.js';
import type { ChallengeSession } from '../sessions.js';
import type { UserRecord } from '../users.js';
import { assertCanSignIn } from './can-sign-in.js';

/**
 * The user a challenge session belongs to, still allowed to sign in: an administrator may
 * have disabled or deleted it since the previous step.
 */
export function sessionUser(ctx: PoolContext, session: ChallengeSession): UserRecord {
  const user = session.username === undefined ? undefined : ctx.store.state.users[session.username];
  if (!user) throw notAuthorized('Invalid session for the user.');
  assertCanSignIn(user);
  return user;
}
