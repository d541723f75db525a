/**
 * Cognito Identity (X-Amz-Target AWSCognitoIdentityService.*): GetId and
 * GetCredentialsForIdentity, for the one identity pool of the dev pool. The credentials are
 * well-formed but fake (nothing on AWS accepts them): they let an app's "signed in, now get
 * AWS credentials" path run offline.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Json, PoolContext } from '../context.js';
import { notAuthorized, resourceNotFound } from '../errors.js';
import { identityOfUser, verifyLogins, type IdentityRecord } from '../identities.js';
import { requireString } from './input.js';
import type { Operations } from './operation.js';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const guestsRefused = () => notAuthorized('Unauthenticated access is not supported for this identity pool.');
const loginsMismatch = () =>
  notAuthorized("Logins don't match. Please include at least one valid login for this identity or identity pool.");

function requireIdentityPool(ctx: PoolContext, input: Json): void {
  const id = requireString(input, 'IdentityPoolId');
  if (id !== ctx.config.identityPool.id) throw resourceNotFound(`IdentityPool '${id}' not found.`);
}

function newIdentity(ctx: PoolContext, sub: string | undefined): IdentityRecord {
  const identity: IdentityRecord = { identityId: `${ctx.config.region}:${randomUUID()}`, createdAt: Date.now() };
  if (sub !== undefined) identity.sub = sub;
  ctx.store.state.identities[identity.identityId] = identity;
  return identity;
}

/** Temporary credentials in STS's shapes; Expiration in epoch seconds, as the JSON protocol sends dates. */
function credentials(ctx: PoolContext): Json {
  const accessKeyId = `ASIA${Array.from({ length: 16 }, () => KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]).join('')}`;
  return {
    AccessKeyId: accessKeyId,
    SecretKey: randomBytes(30).toString('base64'),
    SessionToken: randomBytes(480).toString('base64'),
    Expiration: Math.floor(Date.now() / 1000) + ctx.config.identityPool.credentialsValiditySeconds,
  };
}

export const identityOperations: Operations = {
  GetId(ctx, input) {
    requireIdentityPool(ctx, input);
    const sub = verifyLogins(ctx, input.Logins);
    if (sub === undefined) {
      // Every GetId without Logins is a new guest, as on AWS (apps cache the id).
      if (!ctx.config.identityPool.allowUnauthenticated) throw guestsRefused();
      return { IdentityId: newIdentity(ctx, undefined).identityId };
    }
    return { IdentityId: (identityOfUser(ctx, sub) ?? newIdentity(ctx, sub)).identityId };
  },

  GetCredentialsForIdentity(ctx, input) {
    const id = requireString(input, 'IdentityId');
    const identity = ctx.store.state.identities[id];
    if (!identity) throw resourceNotFound(`Identity '${id}' not found.`);
    const sub = verifyLogins(ctx, input.Logins);
    if (identity.sub !== undefined) {
      // An authenticated identity's credentials need that user's login every time.
      if (sub === undefined) throw notAuthorized(`Access to Identity '${id}' is forbidden.`);
      if (sub !== identity.sub) throw loginsMismatch();
    } else if (sub !== undefined) {
      // A guest who signs in keeps the identity: the login is linked to it, unless that user
      // already has an identity of its own.
      if (identityOfUser(ctx, sub)) throw loginsMismatch();
      identity.sub = sub;
    } else if (!ctx.config.identityPool.allowUnauthenticated) {
      throw guestsRefused();
    }
    return { IdentityId: identity.identityId, Credentials: credentials(ctx) };
  },
};
