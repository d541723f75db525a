/**
 * What happens once the user has proven the first factor (password or SRP): each due
 * challenge in turn, each with its own single-use session, then tokens.
 */
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { notAuthorized, passwordResetRequired, userNotConfirmed } from '../errors.js';
import { signIn } from '../sign-ins.js';
import type { UserRecord } from '../users.js';
import { challenges } from './index.js';

export function issueChallenge(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  name: string,
  parameters: Record<string, string>,
  passed: string[],
  data: Record<string, string> = {},
): Json {
  const session = ctx.sessions.create({ challengeName: name, clientId: client.ClientId, username: user.username, passed, data });
  return {
    ChallengeName: name,
    ChallengeParameters: { USER_ID_FOR_SRP: user.username, ...parameters },
    Session: session.id,
  };
}

export function continueSignIn(ctx: PoolContext, client: ClientConfig, user: UserRecord, passed: string[]): Json {
  for (const challenge of challenges) {
    if (!challenge.due || passed.includes(challenge.name)) continue;
    const due = challenge.due(ctx, client, user, passed);
    if (due) return issueChallenge(ctx, client, user, challenge.name, due.parameters, passed, due.data);
  }
  return { AuthenticationResult: signIn(ctx, client, user), ChallengeParameters: {} };
}

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

/** Called once the password is known to be right. */
export function afterPassword(ctx: PoolContext, client: ClientConfig, user: UserRecord, passed: string[]): Json {
  assertCanSignIn(user);
  if (user.password?.temporary) {
    const validDays = ctx.config.passwordPolicy.TemporaryPasswordValidityDays;
    if (Date.now() > user.password.setAt + validDays * 86_400_000) {
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
  }
  user.failedSignIns = 0;
  delete user.lockedUntil;
  return continueSignIn(ctx, client, user, passed);
}
