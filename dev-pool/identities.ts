/**
 * Cognito Identity on the pool's endpoint: identity ids for the pool's users (stable, kept
 * with the state) and for guests, and the checks Cognito Identity makes of a Logins map
 * before it trusts a user pool id token.
 */
import type { PoolContext } from './context.js';
import { notAuthorized } from './errors.js';
import { issuerOf } from './sign-ins.js';
import type { IdentityRecord } from './records.js';

export type { IdentityRecord };

const invalidLogin = (why: string) => notAuthorized(`Invalid login token. ${why}`);
export const unsupportedProvider = () => notAuthorized('Token is not from a supported provider of this identity pool.');

/**
 * The Logins key that names this user pool: Cognito's own form, or the dev pool's issuer
 * without its scheme (the form a generic OIDC provider's key takes).
 */
function namesThisPool(ctx: PoolContext, key: string): boolean {
  const canonical = `cognito-idp.${ctx.config.region}.amazonaws.com/${ctx.config.userPoolId}`;
  return key === canonical || key === issuerOf(ctx).replace(/^https?:\/\//, '');
}

/**
 * The sub the Logins prove, or undefined when there are none. Checked in Cognito Identity's
 * order and words: a provider key that is not this pool's ("Issuer doesn't match
 * providerName"), a token that is not a JWT, a bad signature, expiry, a missing audience,
 * an audience that is not one of the identity pool's app clients.
 */
export function verifyLogins(ctx: PoolContext, logins: unknown): string | undefined {
  if (logins === null || typeof logins !== 'object' || Array.isArray(logins)) return undefined;
  const entries = Object.entries(logins as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  let sub: string | undefined;
  for (const [key, token] of entries) {
    if (typeof token !== 'string' || token.split('.').length !== 3) {
      throw invalidLogin('Not a valid OpenId Connect identity token.');
    }
    if (!namesThisPool(ctx, key)) throw invalidLogin("Issuer doesn't match providerName");
    const claims = ctx.signer.verify(token);
    if (!claims) throw invalidLogin("Couldn't verify signed token.");
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now) {
      throw invalidLogin(`Token expired: ${now} >= ${String(claims.exp)}`);
    }
    if (typeof claims.aud !== 'string') throw invalidLogin('Missing a required claim: aud');
    const allowed = ctx.config.identityPool.clientIds ?? ctx.config.clients.map((c) => c.ClientId);
    if (!allowed.includes(claims.aud)) throw unsupportedProvider();
    if (typeof claims.sub !== 'string') throw invalidLogin('Missing a required claim: sub');
    if (sub !== undefined && sub !== claims.sub) throw notAuthorized("Logins don't match. Please include at least one valid login for this identity or identity pool.");
    sub = claims.sub;
  }
  return sub;
}

export function identityOfUser(ctx: PoolContext, sub: string): IdentityRecord | undefined {
  return ctx.store.indexes.get('identities by user', 'identities', (identity) => (identity.sub ? [identity.sub] : [])).find(sub)[0];
}
