/**
 * The first half of SRP, shared by USER_SRP_AUTH and CUSTOM_AUTH's SRP step: SRP_A in,
 * PASSWORD_VERIFIER out. For a user that does not exist (with existence errors prevented)
 * it answers just the same with a decoy, so the failure only shows at
 * RespondToAuthChallenge, as "Incorrect username or password."
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { invalidParameter, userNotFound } from '../errors.js';
import { createServerEphemeral, padHex, parseA, type PasswordVerifier } from '../srp.js';
import { findForSignIn } from '../users.js';
import { assertCanSignIn } from '../challenges/can-sign-in.js';
import { requireParam } from './lookup.js';

/**
 * The decoy's salt is stable per name, as a real user's is, so asking twice does not tell
 * who exists; its verifier is random, so no password can match it.
 */
function decoyVerifier(ctx: PoolContext, name: string): PasswordVerifier {
  const seed = createHash('sha256').update(`${ctx.store.state.signingKey?.kid ?? ''}:${name.toLowerCase()}`).digest();
  return { salt: padHex(BigInt(`0x${seed.subarray(0, 16).toString('hex')}`)), verifier: randomBytes(384).toString('hex') };
}

/** A UUID-shaped id derived from the name and the pool's private signing key: stable, unguessable. */
function decoyUserId(ctx: PoolContext, name: string): string {
  const key = ctx.store.state.signingKey?.privateKey ?? '';
  const hex = createHmac('sha256', key).update(name.toLowerCase()).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function startSrp(
  ctx: PoolContext,
  client: ClientConfig,
  params: Record<string, string>,
  carried: Record<string, string>,
  /** CUSTOM_AUTH answers with a Session as well (the same handle as SECRET_BLOCK here). */
  withSession: boolean,
): Json {
  const name = requireParam(params, 'USERNAME');
  const srpA = requireParam(params, 'SRP_A');
  if (parseA(srpA) === undefined) throw invalidParameter('SRP_A is invalid: A mod N cannot be 0.');
  const user = findForSignIn(ctx, name);
  if (!user && client.PreventUserExistenceErrors !== 'ENABLED') throw userNotFound();
  if (user) assertCanSignIn(user);

  const stored = user?.password ?? decoyVerifier(ctx, name);
  const ephemeral = createServerEphemeral(stored.verifier);
  // Cognito gives an unknown name a stable internal id, not the name back (in an e-mail pool
  // that would tell who exists: real users' ids are UUIDs there).
  const userId = user?.username ?? decoyUserId(ctx, name);
  const session = ctx.sessions.create(
    {
      challengeName: 'PASSWORD_VERIFIER',
      clientId: client.ClientId,
      username: user?.username,
      passed: [],
      data: { SRP_A: srpA, b: ephemeral.b, B: ephemeral.B },
      carried,
    },
    // Cognito's SECRET_BLOCK is an opaque blob of about this size.
    512,
  );
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: stored.salt,
      SECRET_BLOCK: session.id,
      SRP_B: ephemeral.B,
      USERNAME: userId,
      USER_ID_FOR_SRP: userId,
    },
    ...(withSession ? { Session: session.id } : {}),
  };
}

/** DEVICE_KEY as the request gave it, to carry through the sign-in. */
export const deviceKeyOf = (params: Record<string, string>): Record<string, string> =>
  params.DEVICE_KEY ? { DEVICE_KEY: params.DEVICE_KEY } : {};
