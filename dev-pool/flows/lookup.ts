import type { ClientConfig, PoolContext } from '../context.js';
import { incorrectCredentials, invalidParameter, userNotFound } from '../errors.js';
import { findForSignIn, type UserRecord } from '../users.js';

export function requireParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

/** The user signing in, or Cognito's answer for nobody: generic or explicit per client. */
export function signInUser(ctx: PoolContext, client: ClientConfig, name: string): UserRecord {
  const user = findForSignIn(ctx, name);
  if (user) return user;
  throw client.PreventUserExistenceErrors === 'ENABLED' ? incorrectCredentials() : userNotFound();
}
