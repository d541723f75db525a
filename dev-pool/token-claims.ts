/**
 * The claims of the ID and access tokens Cognito issues for a sign-in, minted at sign-in and
 * at every refresh: the user's readable attributes, groups, device, lifetimes, the
 * revocation claims when the app client has token revocation on, then whatever the
 * pre token generation stand-in (`PreTokenGeneration`) adds, overrides or suppresses.
 */
import { randomUUID } from 'node:crypto';
import type { ClientConfig, PoolContext } from './context.js';
import { canRead } from './client-attributes.js';
import { groupClaims } from './groups.js';
import { customizeTokens } from './pre-token.js';
import type { AuthenticationResult, SignInRecord } from './records.js';
import type { Claims } from './tokens.js';
import type { UserRecord } from './users.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * `iss` of the pool's tokens: {endpoint}/{userPoolId}, where real Cognito's is
 * https://cognito-idp.{region}.amazonaws.com/{userPoolId}. Either way the JWKS lives at
 * {iss}/.well-known/jwks.json, so a verifier configured with the issuer finds the keys.
 */
export function issuerOf(ctx: PoolContext): string {
  return `${ctx.endpoint.replace(/\/+$/, '')}/${ctx.config.userPoolId}`;
}

/** The attributes the app client may read, as ID token claims: *_verified as booleans, sub apart. */
function profileClaims(client: ClientConfig, user: UserRecord): Claims {
  const claims: Claims = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub' || !canRead(client, name)) continue;
    claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

export function mintTokens(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  record: SignInRecord,
): Omit<AuthenticationResult, 'RefreshToken'> {
  const iat = seconds(Date.now());
  // origin_jti and jti are the claims token revocation adds (EnableTokenRevocation).
  const revocable = client.EnableTokenRevocation;
  const common = {
    sub: user.attributes.sub,
    iss: issuerOf(ctx),
    ...(revocable ? { origin_jti: record.originJti } : {}),
    event_id: record.eventId,
    auth_time: record.authTime,
    iat,
  };
  const groups = groupClaims(ctx, user);
  const idClaims: Claims = {
    ...common,
    ...groups.id,
    ...profileClaims(client, user),
    'cognito:username': user.username,
    aud: client.ClientId,
    token_use: 'id',
    exp: iat + client.validity.idToken,
    ...(revocable ? { jti: randomUUID() } : {}),
  };
  const accessClaims: Claims = {
    ...common,
    ...groups.access,
    ...(record.deviceKey ? { device_key: record.deviceKey } : {}),
    client_id: client.ClientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    exp: iat + client.validity.accessToken,
    ...(revocable ? { jti: randomUUID() } : {}),
    username: user.username,
  };
  customizeTokens(ctx, client, user, idClaims, accessClaims);
  return {
    AccessToken: ctx.signer.sign(accessClaims),
    IdToken: ctx.signer.sign(idClaims),
    ExpiresIn: client.validity.accessToken,
    TokenType: 'Bearer',
  };
}
