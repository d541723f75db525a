/**
 * What happens once the user has proven the first factor (password or SRP): each due
 * challenge in turn, each with its own single-use session, then tokens.
 */
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { internalError, notAuthorized } from '../errors.js';
import { assertCanSignIn } from './can-sign-in.js';
import { signIn } from '../sign-ins.js';
import type { UserRecord } from '../users.js';
import type { DueChallenge } from './challenge.js';
import { challengeNamed, challenges } from './index.js';

export function issueChallenge(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  name: string,
  due: DueChallenge,
  passed: string[],
  carried: Record<string, string>,
): Json {
  const session = ctx.sessions.create({
    challengeName: name,
    clientId: client.ClientId,
    username: user.username,
    passed,
    data: due.data ?? {},
    carried,
  });
  // Cognito names the user in every challenge: a custom challenge's parameters are the
  // trigger's plus USERNAME, the others carry USER_ID_FOR_SRP.
  const who = name === 'CUSTOM_CHALLENGE' ? { USERNAME: user.username } : { USER_ID_FOR_SRP: user.username };
  return {
    ChallengeName: name,
    ChallengeParameters: { ...due.parameters, ...who },
    Session: session.id,
  };
}

export function continueSignIn(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  passed: string[],
  carried: Record<string, string> = {},
): Json {
  for (const challenge of challenges) {
    if (!challenge.due || passed.includes(challenge.name)) continue;
    const due = challenge.due(ctx, client, user, passed, carried);
    if (due) return issueChallenge(ctx, client, user, challenge.name, due, passed, carried);
  }
  return { AuthenticationResult: signIn(ctx, client, user, carried.DEVICE_KEY), ChallengeParameters: {} };
}

/** Issues one named challenge now, whatever the order says (SELECT_MFA_TYPE's answer). */
export function startChallenge(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  name: string,
  passed: string[],
  carried: Record<string, string>,
): Json {
  const challenge = challengeNamed(name);
  if (!challenge?.prompt) throw internalError();
  return issueChallenge(ctx, client, user, name, challenge.prompt(ctx, user), passed, carried);
}

/** Called once the password is known to be right. */
export function afterPassword(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  passed: string[],
  carried: Record<string, string> = {},
): Json {
  assertCanSignIn(user);
  if (user.password?.temporary) {
    const validDays = ctx.config.passwordPolicy.TemporaryPasswordValidityDays;
    if (Date.now() > user.password.setAt + validDays * 86_400_000) {
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
  }
  user.failedSignIns = 0;
  delete user.lockedUntil;
  return continueSignIn(ctx, client, user, passed, carried);
}
