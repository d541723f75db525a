import type { Json, PoolContext } from '../context.js';
import { userNotFound } from '../errors.js';
import { findForSignIn, type UserRecord } from '../users.js';
import { requirePool, requireUsername } from './input.js';

/** The user an Admin* request names (UserPoolId + Username, which may be an alias). */
export function adminUser(ctx: PoolContext, input: Json): UserRecord {
  requirePool(ctx, input);
  const user = findForSignIn(ctx, requireUsername(input));
  if (!user) throw userNotFound();
  return user;
}
