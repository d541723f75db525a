import { notAuthorized, passwordResetRequired, userNotConfirmed } from '../errors.js';
import type { UserRecord } from '../users.js';

/**
 * Account states Cognito reports before looking at the password (AWS confirmed in
 * amazon-cognito-identity-js#288 that an unconfirmed user hears so even with a wrong
 * password, so apps can send them to the confirmation step). Checked when a flow starts
 * and again when a challenge is answered, as the state may have changed in between.
 */
export function assertCanSignIn(user: UserRecord): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') throw userNotConfirmed();
  if (user.status === 'RESET_REQUIRED') throw passwordResetRequired();
}
