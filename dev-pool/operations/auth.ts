/**
 * InitiateAuth and RespondToAuthChallenge (and their Admin* twins, which name the pool and
 * take the server-side flows): dispatch to flows/ and challenges/.
 */
import { challengeNamed } from '../challenges/index.js';
import { afterPassword, continueSignIn, issueChallenge, startChallenge } from '../challenges/sign-in-flow.js';
import { incorrectCredentials, invalidParameter, sessionExpired } from '../errors.js';
import type { Json, PoolContext } from '../context.js';
import { adminFlows, AUTH_FLOW_ENUM, flowNamed, flows } from '../flows/index.js';
import type { AuthFlow } from '../flows/flow.js';
import { findForSignIn } from '../users.js';
import { clientOf, requirePool, requireString, stringMap } from './input.js';
import type { Operations } from './operation.js';

function initiate(ctx: PoolContext, input: Json, available: AuthFlow[]): Json {
  const client = clientOf(ctx, input);
  const name = requireString(input, 'AuthFlow');
  if (!AUTH_FLOW_ENUM.includes(name)) {
    throw invalidParameter(
      `1 validation error detected: Value '${name}' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [${AUTH_FLOW_ENUM.join(', ')}]`,
    );
  }
  const flow = flowNamed(name, available);
  if (!flow) throw invalidParameter('Initiate Auth method not supported.');
  if (!client.ExplicitAuthFlows.includes(flow.clientFlag)) {
    throw invalidParameter(`${name} flow not enabled for this client`);
  }
  return flow.start({ ctx, client, params: stringMap(input, 'AuthParameters'), input });
}

function respond(ctx: PoolContext, input: Json): Json {
  const client = clientOf(ctx, input);
  const name = requireString(input, 'ChallengeName');
  const challenge = challengeNamed(name);
  if (!challenge) throw invalidParameter(`Challenge ${name} is not supported by the dev pool.`);
  const responses = stringMap(input, 'ChallengeResponses');
  const handle = challenge.sessionHandle ? challenge.sessionHandle(input, responses) : input.Session;
  const session = ctx.sessions.take(handle, name);
  if (session.clientId !== client.ClientId) throw sessionExpired();
  if (!responses.USERNAME) throw invalidParameter('Missing required parameter USERNAME');
  if (session.username !== undefined) {
    const named = findForSignIn(ctx, responses.USERNAME);
    if (named?.username !== session.username) throw incorrectCredentials();
  }
  // Any answer may name the device (the SDK adds DEVICE_KEY to PASSWORD_VERIFIER once it
  // has read its cached device for the user that SRP revealed).
  const carried = { ...session.carried, ...(responses.DEVICE_KEY ? { DEVICE_KEY: responses.DEVICE_KEY } : {}) };
  return challenge.respond({
    ctx,
    client,
    session,
    responses,
    input,
    carried,
    afterPassword: (user, passed) => afterPassword(ctx, client, user, passed, carried),
    continueSignIn: (user, passed, next = carried) => continueSignIn(ctx, client, user, passed, next),
    startChallenge: (user, name, passed) => startChallenge(ctx, client, user, name, passed, carried),
    issueChallenge: (user, name, due, passed) => issueChallenge(ctx, client, user, name, due, passed, carried),
  });
}

export const authOperations: Operations = {
  InitiateAuth: (ctx, input) => initiate(ctx, input, flows),
  RespondToAuthChallenge: respond,
  AdminInitiateAuth(ctx, input) {
    requirePool(ctx, input);
    return initiate(ctx, input, adminFlows);
  },
  AdminRespondToAuthChallenge(ctx, input) {
    requirePool(ctx, input);
    return respond(ctx, input);
  },
};
