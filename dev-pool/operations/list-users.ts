/**
 * ListUsers with Cognito's filter syntax: `attribute = "value"` (exact) or `attribute ^= "value"`
 * (starts with), on the attributes Cognito allows; AttributesToGet, Limit (default and maximum
 * 60) and PaginationToken.
 */
import { invalidParameter } from '../errors.js';
import type { UserRecord } from '../users.js';
import { userType } from './admin-users.js';
import { requirePool } from './input.js';
import type { Operations } from './operation.js';

/** The searchable attributes (AWS API Reference, ListUsers): name → the user's value. */
const SEARCHABLE: Record<string, (user: UserRecord) => string | undefined> = {
  username: (u) => u.username,
  email: (u) => u.attributes.email,
  phone_number: (u) => u.attributes.phone_number,
  name: (u) => u.attributes.name,
  given_name: (u) => u.attributes.given_name,
  family_name: (u) => u.attributes.family_name,
  preferred_username: (u) => u.attributes.preferred_username,
  'cognito:user_status': (u) => u.status,
  status: (u) => (u.enabled ? 'Enabled' : 'Disabled'),
  sub: (u) => u.attributes.sub,
};

const FILTER = /^\s*([\w:]+)\s*(=|\^=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

function matcher(filter: string | undefined): (user: UserRecord) => boolean {
  if (filter === undefined || filter.trim() === '') return () => true;
  const parsed = FILTER.exec(filter);
  if (!parsed) throw invalidParameter('Error while parsing filter.');
  const [, attribute = '', operator, quoted = ''] = parsed;
  const read = Object.hasOwn(SEARCHABLE, attribute) ? SEARCHABLE[attribute] : undefined;
  if (!read) throw invalidParameter(`Invalid search attribute: ${attribute}`);
  const wanted = quoted.replace(/\\(.)/g, '$1');
  return (user) => {
    const value = read(user);
    if (value === undefined) return false;
    return operator === '=' ? value === wanted : value.startsWith(wanted);
  };
}

export const listUsersOperations: Operations = {
  ListUsers(ctx, input) {
    requirePool(ctx, input);
    const matches = matcher(typeof input.Filter === 'string' ? input.Filter : undefined);
    const limit = typeof input.Limit === 'number' && input.Limit > 0 ? input.Limit : 60;
    const start = typeof input.PaginationToken === 'string' ? Number(Buffer.from(input.PaginationToken, 'base64url').toString()) : 0;
    if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid pagination token.');
    const users = Object.values(ctx.store.state.users)
      .filter(matches)
      .sort((a, b) => a.createdAt - b.createdAt || a.username.localeCompare(b.username));
    const page = users.slice(start, start + limit);
    const only = Array.isArray(input.AttributesToGet) ? new Set(input.AttributesToGet as string[]) : undefined;
    return {
      Users: page.map((user) => {
        const type = userType(user);
        if (only) type.Attributes = (type.Attributes as { Name: string }[]).filter((a) => only.has(a.Name));
        return type;
      }),
      ...(start + limit < users.length ? { PaginationToken: Buffer.from(String(start + limit)).toString('base64url') } : {}),
    };
  },
};
