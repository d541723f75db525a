/**
 * Sign-ins and the tokens they produce. Each successful authentication is one record, keyed
 * by the origin_jti every token from it carries; the opaque refresh token belongs to it.
 * Revoking the record (RevokeToken, GlobalSignOut, user deleted) revokes the refresh token
 * and every access token derived from it at once, with no clock-granularity races.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ClientConfig, PoolContext } from './context.js';
import { bindDevice, trackingOn } from './devices.js';
import { notAuthorized, userNotFound } from './errors.js';
import { mintTokens } from './token-claims.js';
import type { Claims } from './tokens.js';
import { findByUsername, type UserRecord } from './users.js';
import type { AuthenticationResult, SignInRecord } from './records.js';

export type { AuthenticationResult, SignInRecord };

const seconds = (ms: number) => Math.floor(ms / 1000);

export { issuerOf } from './token-claims.js';

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
  pruneSignIns(ctx, user.username);
  ctx.store.state.signIns[record.originJti] = record;
  user.failedSignIns = 0;
  delete user.lockedUntil;
  return {
    ...mintTokens(ctx, client, user, record),
    RefreshToken: record.refreshToken,
    ...(bound?.isNew ? { NewDeviceMetadata: { DeviceKey: bound.device.deviceKey, DeviceGroupKey: bound.device.deviceGroupKey } } : {}),
  };
}

/**
 * REFRESH_TOKEN_AUTH: new id and access tokens, the same refresh token (none returned).
 * With device tracking the refresh token is bound to the device it was issued to: the
 * request must name that DEVICE_KEY, and the device must still be the user's (not forgotten).
 */
export function refresh(ctx: PoolContext, client: ClientConfig, refreshToken: unknown, deviceKey?: string): AuthenticationResult {
  const record = findByRefreshToken(ctx, refreshToken);
  if (!record || record.clientId !== client.ClientId) throw notAuthorized('Invalid Refresh Token');
  if (record.revoked) throw notAuthorized('Refresh Token has been revoked');
  if (record.expiresAt <= Date.now()) throw notAuthorized('Refresh Token has expired');
  const user = ctx.store.state.users[record.username];
  if (!user) throw userNotFound();
  if (record.deviceKey && trackingOn(ctx) && (deviceKey !== record.deviceKey || !user.devices[record.deviceKey])) {
    throw notAuthorized('Invalid Refresh Token');
  }
  if (!user.enabled) throw notAuthorized('User is disabled.');
  return mintTokens(ctx, client, user, record);
}

export interface AccessGrant {
  user: UserRecord;
  signIn: SignInRecord;
  claims: Claims;
  /** The app client the token was issued to: its attribute permissions apply. */
  client: ClientConfig;
}

/** The scope an access token needs for the user's own operations (GetUser, ChangePassword, ...). */
const SELF_SERVICE_SCOPE = 'aws.cognito.signin.user.admin';

/** Every operation that takes an AccessToken starts here. */
export function authorize(ctx: PoolContext, accessToken: unknown): AccessGrant {
  const claims = ctx.signer.verify(accessToken);
  if (!claims || claims.token_use !== 'access' || typeof claims.event_id !== 'string') {
    throw notAuthorized('Invalid Access Token');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    throw notAuthorized('Access Token has expired');
  }
  const client = ctx.config.clients.find((c) => c.ClientId === claims.client_id);
  if (!client) throw notAuthorized('Invalid Access Token');
  const user = findByUsername(ctx, String(claims.username));
  if (!user || user.attributes.sub !== claims.sub) throw userNotFound();
  // Without token revocation (EnableTokenRevocation false) tokens carry no origin_jti.
  const record =
    typeof claims.origin_jti === 'string' ? ctx.store.state.signIns[claims.origin_jti] : signInsBy(ctx, `event:${claims.event_id}`)[0];
  if (!record || record.revoked) throw notAuthorized('Access Token has been revoked');
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (!String(claims.scope ?? '').split(' ').includes(SELF_SERVICE_SCOPE)) {
    throw notAuthorized('Access Token does not have required scopes');
  }
  return { user, signIn: record, claims, client };
}

export function revokeSignIn(record: SignInRecord): void {
  record.revoked = true;
}

/** Sign-ins by refresh token, user and event: no lookup scans every sign-in. */
const signInsBy = (ctx: PoolContext, indexKey: string): SignInRecord[] =>
  ctx.store.indexes
    .get('sign-ins', 'signIns', (r) => [`refresh:${r.refreshToken}`, `user:${r.username}`, `event:${r.eventId}`])
    .find(indexKey);

/** GlobalSignOut, AdminUserGlobalSignOut, a deleted user. */
export function revokeAllFor(ctx: PoolContext, username: string): void {
  for (const record of signInsBy(ctx, `user:${username}`)) record.revoked = true;
}

export function findByRefreshToken(ctx: PoolContext, token: unknown): SignInRecord | undefined {
  return typeof token === 'string' ? signInsBy(ctx, `refresh:${token}`)[0] : undefined;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const lastPruned = new WeakMap<object, number>();

/**
 * Drops sign-ins whose refresh token is past expiry (their tokens cannot be used anyway):
 * the user's own at each of its sign-ins, everyone's at start and then at most hourly, so a
 * sign-in does not cost a pass over every sign-in of the pool.
 */
export function pruneSignIns(ctx: PoolContext, username?: string): void {
  const now = Date.now();
  const all = username === undefined;
  if (!all && now - (lastPruned.get(ctx.store) ?? 0) >= PRUNE_EVERY_MS) return pruneSignIns(ctx);
  if (all) lastPruned.set(ctx.store, now);
  const records = all ? Object.values(ctx.store.state.signIns) : signInsBy(ctx, `user:${username}`);
  for (const record of records) {
    if (record.expiresAt <= now) delete ctx.store.state.signIns[record.originJti];
  }
}
