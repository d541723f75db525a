/**
 * Sign-ins and the tokens they produce. Each successful authentication is one record, keyed
 * by the origin_jti every token from it carries; the opaque refresh token belongs to it.
 * Revoking the record (RevokeToken, GlobalSignOut, user deleted) revokes the refresh token
 * and every access token derived from it at once, with no clock-granularity races.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ClientConfig, PoolContext } from './context.js';
import { bindDevice } from './devices.js';
import { notAuthorized, userNotFound } from './errors.js';
import type { Claims } from './tokens.js';
import { findByUsername, type UserRecord } from './users.js';
import { groupClaims } from './groups.js';

export interface SignInRecord {
  originJti: string;
  username: string;
  clientId: string;
  refreshToken: string;
  /** Epoch seconds of the authentication (auth_time, kept across refreshes). */
  authTime: number;
  eventId: string;
  expiresAt: number;
  revoked: boolean;
  /** The device the sign-in is bound to, with device tracking on (the access token's device_key). */
  deviceKey?: string;
}

export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
  /** A device the app should confirm (ConfirmDevice) to remember it. */
  NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string };
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * `iss` of the pool's tokens: {endpoint}/{userPoolId}, where real Cognito's is
 * https://cognito-idp.{region}.amazonaws.com/{userPoolId}. Either way the JWKS lives at
 * {iss}/.well-known/jwks.json, so a verifier configured with the issuer finds the keys.
 */
export function issuerOf(ctx: PoolContext): string {
  return `${ctx.endpoint.replace(/\/+$/, '')}/${ctx.config.userPoolId}`;
}

/**
 * A new sign-in: id, access and refresh tokens. `deviceKey` is the DEVICE_KEY the sign-in
 * carried; with device tracking on, the tokens are bound to that device or to a new one.
 */
export function signIn(ctx: PoolContext, client: ClientConfig, user: UserRecord, deviceKey?: string): AuthenticationResult {
  const now = Date.now();
  const bound = bindDevice(ctx, user, deviceKey);
  const record: SignInRecord = {
    originJti: randomUUID(),
    username: user.username,
    clientId: client.ClientId,
    refreshToken: randomBytes(384).toString('base64url'),
    authTime: seconds(now),
    eventId: randomUUID(),
    expiresAt: now + client.validity.refreshToken * 1000,
    revoked: false,
    ...(bound ? { deviceKey: bound.device.deviceKey } : {}),
  };
  pruneSignIns(ctx);
  ctx.store.state.signIns[record.originJti] = record;
  user.failedSignIns = 0;
  delete user.lockedUntil;
  return {
    ...mintTokens(ctx, client, user, record),
    RefreshToken: record.refreshToken,
    ...(bound?.isNew ? { NewDeviceMetadata: { DeviceKey: bound.device.deviceKey, DeviceGroupKey: bound.device.deviceGroupKey } } : {}),
  };
}

/** REFRESH_TOKEN_AUTH: new id and access tokens, the same refresh token (none returned). */
export function refresh(ctx: PoolContext, client: ClientConfig, refreshToken: unknown): AuthenticationResult {
  const record = Object.values(ctx.store.state.signIns).find((r) => r.refreshToken === refreshToken);
  if (!record || record.clientId !== client.ClientId) throw notAuthorized('Invalid Refresh Token');
  if (record.revoked) throw notAuthorized('Refresh Token has been revoked');
  if (record.expiresAt <= Date.now()) throw notAuthorized('Refresh Token has expired');
  const user = ctx.store.state.users[record.username];
  if (!user) throw userNotFound();
  if (!user.enabled) throw notAuthorized('User is disabled.');
  return mintTokens(ctx, client, user, record);
}

function mintTokens(
  ctx: PoolContext,
  client: ClientConfig,
  user: UserRecord,
  record: SignInRecord,
): Omit<AuthenticationResult, 'RefreshToken'> {
  const iat = seconds(Date.now());
  const common = {
    sub: user.attributes.sub,
    iss: issuerOf(ctx),
    origin_jti: record.originJti,
    event_id: record.eventId,
    auth_time: record.authTime,
    iat,
  };
  const groups = groupClaims(ctx, user);
  const idClaims: Claims = {
    ...common,
    ...groups.id,
    ...profileClaims(user),
    'cognito:username': user.username,
    aud: client.ClientId,
    token_use: 'id',
    exp: iat + client.validity.idToken,
    jti: randomUUID(),
  };
  const accessClaims: Claims = {
    ...common,
    ...groups.access,
    ...(record.deviceKey ? { device_key: record.deviceKey } : {}),
    client_id: client.ClientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    exp: iat + client.validity.accessToken,
    jti: randomUUID(),
    username: user.username,
  };
  return {
    AccessToken: ctx.signer.sign(accessClaims),
    IdToken: ctx.signer.sign(idClaims),
    ExpiresIn: client.validity.accessToken,
    TokenType: 'Bearer',
  };
}

/** The user's attributes as id-token claims: *_verified as booleans, sub handled apart. */
function profileClaims(user: UserRecord): Claims {
  const claims: Claims = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub') continue;
    claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

export interface AccessGrant {
  user: UserRecord;
  signIn: SignInRecord;
  claims: Claims;
}

/** Every operation that takes an AccessToken starts here. */
export function authorize(ctx: PoolContext, accessToken: unknown): AccessGrant {
  const claims = ctx.signer.verify(accessToken);
  if (!claims || claims.token_use !== 'access' || typeof claims.origin_jti !== 'string') {
    throw notAuthorized('Invalid Access Token');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    throw notAuthorized('Access Token has expired');
  }
  const user = findByUsername(ctx.store.state, ctx.config, String(claims.username));
  if (!user || user.attributes.sub !== claims.sub) throw userNotFound();
  const record = ctx.store.state.signIns[claims.origin_jti];
  if (!record || record.revoked) throw notAuthorized('Access Token has been revoked');
  if (!user.enabled) throw notAuthorized('User is disabled.');
  return { user, signIn: record, claims };
}

export function revokeSignIn(record: SignInRecord): void {
  record.revoked = true;
}

/** GlobalSignOut, AdminUserGlobalSignOut, a deleted user. */
export function revokeAllFor(ctx: PoolContext, username: string): void {
  for (const record of Object.values(ctx.store.state.signIns)) {
    if (record.username === username) record.revoked = true;
  }
}

export function findByRefreshToken(ctx: PoolContext, token: unknown): SignInRecord | undefined {
  return Object.values(ctx.store.state.signIns).find((r) => r.refreshToken === token);
}

/** Drops sign-ins whose refresh token is past expiry; their tokens cannot be used anyway. */
export function pruneSignIns(ctx: PoolContext): void {
  const now = Date.now();
  for (const [jti, record] of Object.entries(ctx.store.state.signIns)) {
    if (record.expiresAt <= now) delete ctx.store.state.signIns[jti];
  }
}
