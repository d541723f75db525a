/**
 * Request validation with Cognito's wording: members are named in lowerCamelCase in its
 * "1 validation error detected" messages.
 */
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { invalidParameter, resourceNotFound } from '../errors.js';
import { authorize, type AccessGrant } from '../sign-ins.js';

const camel = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);

export function requireString(input: Json, member: string): string {
  const value = input[member];
  if (typeof value !== 'string' || value === '') {
    throw invalidParameter(
      `1 validation error detected: Value null at '${camel(member)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

export function optionalString(input: Json, member: string): string | undefined {
  const value = input[member];
  return typeof value === 'string' ? value : undefined;
}

export function stringMap(input: Json, member: string): Record<string, string> {
  const value = input[member];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Json).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The app client named by ClientId (public operations). */
export function clientOf(ctx: PoolContext, input: Json): ClientConfig {
  const id = requireString(input, 'ClientId');
  const client = ctx.config.clients.find((c) => c.ClientId === id);
  if (!client) throw resourceNotFound(`User pool client ${id} does not exist.`);
  return client;
}

/** Admin operations name the pool; there is exactly one. */
export function requirePool(ctx: PoolContext, input: Json): void {
  const id = requireString(input, 'UserPoolId');
  if (id !== ctx.config.userPoolId) throw resourceNotFound(`User pool ${id} does not exist.`);
}

const USERNAME_PATTERN = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export function requireUsername(input: Json, member = 'Username'): string {
  const username = requireString(input, member);
  if (!USERNAME_PATTERN.test(username) || username.length > 128) {
    throw invalidParameter(
      `1 validation error detected: Value at '${camel(member)}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`,
    );
  }
  return username;
}

/** Self-service operations: the user (and sign-in) behind the request's AccessToken. */
export function signedIn(ctx: PoolContext, input: Json): AccessGrant {
  return authorize(ctx, requireString(input, 'AccessToken'));
}
