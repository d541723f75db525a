/** Wrong-password bookkeeping shared by USER_PASSWORD_AUTH, USER_AUTH and PASSWORD_VERIFIER. */
import type { PoolContext } from '../context.js';
import { assertKnownDevice } from '../devices.js';
import { incorrectCredentials, notAuthorized, type CognitoError } from '../errors.js';
import { checkPassword } from '../srp.js';
import type { UserRecord } from '../users.js';
import { assertCanSignIn } from './can-sign-in.js';

const FREE_ATTEMPTS = 5;
const MAX_LOCK_MS = 15 * 60 * 1000;

/** Cognito refuses even the right password while a lockout lasts. */
export function assertNotLocked(user: UserRecord): void {
  if (user.lockedUntil !== undefined && user.lockedUntil > Date.now()) {
    throw notAuthorized('Password attempts exceeded');
  }
}

/**
 * Counts the failure and returns the error to throw. Every wrong password answers "Incorrect
 * username or password."; from the fifth on, each also locks sign-in for 1 s, 2 s, 4 s ...
 * (up to 15 min), and only attempts during a lock hear "Password attempts exceeded".
 */
export function passwordRejected(user: UserRecord): CognitoError {
  user.failedSignIns += 1;
  const over = user.failedSignIns - FREE_ATTEMPTS;
  if (over >= 0) user.lockedUntil = Date.now() + Math.min(MAX_LOCK_MS, 1000 * 2 ** over);
  return incorrectCredentials();
}

/**
 * A password sent in the request (USER_PASSWORD_AUTH, USER_AUTH's PASSWORD factor), checked
 * against the stored SRP verifier: the lockout first, then the password, then the device.
 */
export function checkSentPassword(ctx: PoolContext, user: UserRecord, password: string, deviceKey: string | undefined): void {
  assertCanSignIn(user);
  if (!user.password) throw incorrectCredentials();
  assertNotLocked(user);
  if (!checkPassword(ctx.config.poolName, user.username, password, user.password)) throw passwordRejected(user);
  assertKnownDevice(ctx, user, deviceKey);
}
