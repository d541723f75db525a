/**
 * CUSTOM_CHALLENGE: one asked step of `CustomAuth` (config-custom-auth.ts), answered with
 * ANSWER. Like the Lambda triggers it stands in for, a wrong answer is not an error: the pool
 * asks the same step again under a new Session (same code) until the step's wrong answers
 * run out, and then fails the sign-in with "Incorrect username or password.". The sign-in
 * carries FLOW=CUSTOM_AUTH and CUSTOM_STEP, the index of the next step to ask.
 */
import type { CustomAuthConfig, CustomAuthStep } from '../config-custom-auth.js';
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { newCode } from '../codes.js';
import { deliveryDetails } from '../delivery.js';
import { incorrectCredentials, invalidParameter } from '../errors.js';
import type { UserRecord } from '../users.js';
import type { Challenge, DueChallenge } from './challenge.js';
import { requireAnswer } from './mfa-codes.js';
import { assertCanSignIn } from './can-sign-in.js';

type AskedStep = Exclude<CustomAuthStep, { type: 'SRP' }>;

/** The index of the first step after a leading SRP step. */
export const firstAskedStep = (custom: CustomAuthConfig): number => (custom.steps[0]?.type === 'SRP' ? 1 : 0);

function askedStep(ctx: PoolContext, index: number): AskedStep {
  const step = ctx.config.customAuth?.steps[index];
  if (!step || step.type === 'SRP') throw invalidParameter('Invalid session for the user.');
  return step;
}

/**
 * CreateAuthChallenge: the step's public parameters and, for a CODE step, a new code sent to
 * the user (the inbox, kind CUSTOM_CHALLENGE). Nothing is sent for the decoy of a user that
 * does not exist.
 */
function ask(ctx: PoolContext, user: UserRecord | undefined, index: number): DueChallenge {
  const step = askedStep(ctx, index);
  const data: Record<string, string> = { step: String(index), wrong: '0' };
  if (step.type === 'CODE') {
    data.code = newCode(ctx.config.fixedCode);
    const attribute = step.medium === 'SMS' ? 'phone_number' : 'email';
    const destination = user?.attributes[attribute];
    if (user && !destination) {
      throw invalidParameter(`CustomAuth: a CODE step by ${step.medium} needs the user's ${attribute}, and ${user.username} has none.`);
    }
    if (user && destination) {
      const medium = deliveryDetails(attribute, destination).DeliveryMedium;
      ctx.inbox.send({ username: user.username, destination, medium, kind: 'CUSTOM_CHALLENGE', code: data.code });
    }
  }
  return { parameters: { ...step.challengeParameters }, data };
}

/**
 * Issues a round without going through the challenge order: the first step of a
 * password-less custom sign-in (possibly for a decoy user, `user` undefined), and re-asking
 * after a wrong answer.
 */
export function issueRound(
  ctx: PoolContext,
  client: ClientConfig,
  who: { user: UserRecord | undefined; name: string },
  round: DueChallenge,
  passed: string[],
  carried: Record<string, string>,
): Json {
  const session = ctx.sessions.create({
    challengeName: 'CUSTOM_CHALLENGE',
    clientId: client.ClientId,
    username: who.user?.username,
    passed,
    data: { ...round.data, name: who.name },
    carried,
  });
  return {
    ChallengeName: 'CUSTOM_CHALLENGE',
    ChallengeParameters: { ...round.parameters, USERNAME: who.user?.username ?? who.name },
    Session: session.id,
  };
}

/** The first round of a password-less custom sign-in. */
export function firstRound(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord | undefined,
  name: string,
  carried: Record<string, string>,
): Json {
  const index = firstAskedStep(ctx.config.customAuth!);
  return issueRound(ctx, client, { user, name }, ask(ctx, user, index), [], { ...carried, CUSTOM_STEP: String(index) });
}

export const customChallenge: Challenge = {
  name: 'CUSTOM_CHALLENGE',

  due(ctx, _client, user, _passed, carried) {
    const custom = ctx.config.customAuth;
    if (carried.FLOW !== 'CUSTOM_AUTH' || !custom) return undefined;
    const index = Number(carried.CUSTOM_STEP ?? firstAskedStep(custom));
    return index < custom.steps.length ? ask(ctx, user, index) : undefined;
  },

  respond({ ctx, client, session, responses, continueSignIn }) {
    const index = Number(session.data.step);
    const step = askedStep(ctx, index);
    // An empty or missing ANSWER is a malformed request (the session survives it).
    if (!responses.ANSWER) requireAnswer(ctx, session, responses, 'ANSWER');
    const answer = responses.ANSWER ?? '';
    const user = session.username === undefined ? undefined : ctx.store.state.users[session.username];
    if (user) assertCanSignIn(user);
    // VerifyAuthChallengeResponse: a code is compared as typed, less stray spaces; a fixed
    // answer exactly, as a Lambda's `===` would. The decoy never matches.
    const expected = step.type === 'CODE' ? session.data.code : step.answer;
    const given = step.type === 'CODE' ? answer.trim() : answer;
    if (!user || given !== expected) {
      const wrong = Number(session.data.wrong ?? '0') + 1;
      if (wrong > step.wrongAnswersAllowed) throw incorrectCredentials();
      const again = { parameters: { ...step.challengeParameters }, data: { ...session.data, wrong: String(wrong) } };
      return issueRound(ctx, client, { user, name: session.data.name ?? '' }, again, session.passed, session.carried ?? {});
    }
    const carried = { ...session.carried, CUSTOM_STEP: String(index + 1) };
    return continueSignIn(user, session.passed, carried);
  },
};
