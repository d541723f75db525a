/** User pool groups: the records, and the claims they add to tokens. */
import type { PoolContext } from './context.js';
import type { Claims } from './tokens.js';
import type { UserRecord } from './users.js';
import type { GroupRecord } from './records.js';

export type { GroupRecord };

/** The user's groups, lowest precedence first (no precedence last), then by name. */
export function groupsOf(ctx: PoolContext, user: UserRecord): GroupRecord[] {
  return (user.groups ?? [])
    .map((name) => (Object.hasOwn(ctx.store.state.groups, name) ? ctx.store.state.groups[name] : undefined))
    .filter((g): g is GroupRecord => g !== undefined)
    .sort((a, b) => (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || a.name.localeCompare(b.name));
}

/**
 * `cognito:groups` in both tokens; in the id token also `cognito:roles` and
 * `cognito:preferred_role` (the role of the group with the lowest precedence), when set.
 */
export function groupClaims(ctx: PoolContext, user: UserRecord): { id: Claims; access: Claims } {
  const groups = groupsOf(ctx, user);
  if (groups.length === 0) return { id: {}, access: {} };
  const names = groups.map((g) => g.name);
  const roles = groups.map((g) => g.roleArn).filter((r): r is string => r !== undefined);
  const preferred = groups.find((g) => g.roleArn !== undefined && g.precedence !== undefined)?.roleArn;
  return {
    id: {
      'cognito:groups': names,
      ...(roles.length > 0 ? { 'cognito:roles': roles } : {}),
      ...(preferred ? { 'cognito:preferred_role': preferred } : {}),
    },
    access: { 'cognito:groups': names },
  };
}
