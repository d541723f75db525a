/**
 * The user record and the ways Cognito finds a user: by its user name, by a username
 * attribute (pools that sign in with e-mail or phone, where the stored user name is a
 * UUID), or by a verified alias.
 */
import { randomUUID } from 'node:crypto';
import type { PoolConfig } from './config.js';
import type { PoolContext } from './context.js';
import { dict } from './store.js';
import type { UserRecord } from './records.js';

export type { DeviceRecord, MfaSettings, PasskeyRecord, StoredPassword, UserRecord, UserStatus } from './records.js';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+[0-9]{4,15}$/;

export function newUser(username: string, attributes: Record<string, string>, now: number): UserRecord {
  const sub = attributes.sub ?? randomUUID();
  return {
    username,
    attributes: dict({ sub, ...attributes }),
    status: 'UNCONFIRMED',
    enabled: true,
    createdAt: now,
    updatedAt: now,
    mfa: { enabled: [] },
    devices: dict(),
    failedSignIns: 0,
  };
}

export const attributeList = (user: UserRecord) =>
  Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }));

/** Attributes that can name a user at sign-in (username attributes and aliases). */
const NAMING_ATTRIBUTES = ['email', 'phone_number', 'preferred_username'];

const fold = (config: PoolConfig, value: string) => (config.caseSensitive ? value : value.toLowerCase());

/** How an attribute value is compared: e-mail addresses and preferred_username ignore case whatever the pool's setting. */
const normal = (attribute: string, value: string) =>
  attribute === 'email' || attribute === 'preferred_username' ? value.toLowerCase() : value;

/** Users by folded user name and by each naming attribute's value: no lookup scans the pool. */
function usersNamed(ctx: PoolContext, indexKey: string): UserRecord[] {
  return ctx.store.indexes
    .get('users by name', 'users', (user) => [
      `name:${fold(ctx.config, user.username)}`,
      ...NAMING_ATTRIBUTES.filter((a) => user.attributes[a] !== undefined).map((a) => `${a}:${normal(a, user.attributes[a]!)}`),
    ])
    .find(indexKey)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** By Cognito's user name only (what the Admin* APIs and tokens refer to). */
export function findByUsername(ctx: PoolContext, username: string): UserRecord | undefined {
  const exact = ctx.store.state.users[username];
  if (exact) return exact;
  return usersNamed(ctx, `name:${fold(ctx.config, username)}`)[0];
}

/** Sign-in names: the user name, a username attribute, or a verified alias. */
export function findForSignIn(ctx: PoolContext, name: string): UserRecord | undefined {
  const byName = findByUsername(ctx, name);
  if (byName) return byName;
  for (const attribute of ctx.config.usernameAttributes) {
    const found = usersNamed(ctx, `${attribute}:${normal(attribute, name)}`)[0];
    if (found) return found;
  }
  for (const attribute of ctx.config.aliasAttributes) {
    const found = usersNamed(ctx, `${attribute}:${normal(attribute, name)}`).find((u) => isVerifiedAlias(u, attribute));
    if (found) return found;
  }
  return undefined;
}

/** Another user already holding this e-mail/phone as a sign-in name (uniqueness checks). */
export function findOwnerOf(ctx: PoolContext, attribute: string, value: string, except?: UserRecord): UserRecord | undefined {
  const { usernameAttributes, aliasAttributes } = ctx.config;
  if (!usernameAttributes.includes(attribute) && !aliasAttributes.includes(attribute)) return undefined;
  return usersNamed(ctx, `${attribute}:${normal(attribute, value)}`).find(
    (u) => u.username !== except?.username && (usernameAttributes.includes(attribute) || isVerifiedAlias(u, attribute)),
  );
}

const isVerifiedAlias = (user: UserRecord, attribute: string) =>
  attribute === 'preferred_username' || user.attributes[`${attribute}_verified`] === 'true';
