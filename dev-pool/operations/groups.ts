/**
 * Groups: CreateGroup, GetGroup, UpdateGroup, ListGroups, DeleteGroup, AdminAddUserToGroup,
 * AdminRemoveUserFromGroup, AdminListGroupsForUser, ListUsersInGroup. Pagination: one page.
 */
import type { Json, PoolContext } from '../context.js';
import { CognitoError, resourceNotFound } from '../errors.js';
import type { GroupRecord } from '../groups.js';
import { groupsOf } from '../groups.js';
import { adminUser } from './admin-user.js';
import { userType } from './admin-users.js';
import { optionalString, requirePool, requireString } from './input.js';
import type { Operations } from './operation.js';

const seconds = (ms: number) => ms / 1000;

function groupType(ctx: PoolContext, group: GroupRecord): Json {
  return {
    GroupName: group.name,
    UserPoolId: ctx.config.userPoolId,
    ...(group.description !== undefined ? { Description: group.description } : {}),
    ...(group.roleArn !== undefined ? { RoleArn: group.roleArn } : {}),
    ...(group.precedence !== undefined ? { Precedence: group.precedence } : {}),
    LastModifiedDate: seconds(group.updatedAt),
    CreationDate: seconds(group.createdAt),
  };
}

function groupNamed(ctx: PoolContext, input: Json): GroupRecord {
  requirePool(ctx, input);
  const name = requireString(input, 'GroupName');
  const group = Object.hasOwn(ctx.store.state.groups, name) ? ctx.store.state.groups[name] : undefined;
  if (!group) throw resourceNotFound('Group not found.');
  return group;
}

function settings(input: Json): Partial<GroupRecord> {
  const description = optionalString(input, 'Description');
  const roleArn = optionalString(input, 'RoleArn');
  return {
    ...(description !== undefined ? { description } : {}),
    ...(roleArn !== undefined ? { roleArn } : {}),
    ...(typeof input.Precedence === 'number' ? { precedence: input.Precedence } : {}),
  };
}

export const groupOperations: Operations = {
  CreateGroup(ctx, input) {
    requirePool(ctx, input);
    const name = requireString(input, 'GroupName');
    if (Object.hasOwn(ctx.store.state.groups, name)) {
      throw new CognitoError('GroupExistsException', 'A group with the name already exists.');
    }
    const now = Date.now();
    const group: GroupRecord = { name, ...settings(input), createdAt: now, updatedAt: now };
    ctx.store.state.groups[name] = group;
    return { Group: groupType(ctx, group) };
  },

  GetGroup: (ctx, input) => ({ Group: groupType(ctx, groupNamed(ctx, input)) }),

  UpdateGroup(ctx, input) {
    const group = groupNamed(ctx, input);
    Object.assign(group, settings(input), { updatedAt: Date.now() });
    return { Group: groupType(ctx, group) };
  },

  ListGroups(ctx, input) {
    requirePool(ctx, input);
    const groups = Object.values(ctx.store.state.groups).sort((a, b) => a.name.localeCompare(b.name));
    return { Groups: groups.map((g) => groupType(ctx, g)) };
  },

  DeleteGroup(ctx, input) {
    const group = groupNamed(ctx, input);
    for (const user of Object.values(ctx.store.state.users)) {
      if (user.groups?.includes(group.name)) user.groups = user.groups.filter((g) => g !== group.name);
    }
    delete ctx.store.state.groups[group.name];
    return {};
  },

  AdminAddUserToGroup(ctx, input) {
    const group = groupNamed(ctx, input);
    const user = adminUser(ctx, input);
    if (!user.groups?.includes(group.name)) user.groups = [...(user.groups ?? []), group.name];
    return {};
  },

  AdminRemoveUserFromGroup(ctx, input) {
    const group = groupNamed(ctx, input);
    const user = adminUser(ctx, input);
    user.groups = (user.groups ?? []).filter((g) => g !== group.name);
    return {};
  },

  AdminListGroupsForUser(ctx, input) {
    const user = adminUser(ctx, input);
    return { Groups: groupsOf(ctx, user).map((g) => groupType(ctx, g)) };
  },

  ListUsersInGroup(ctx, input) {
    const group = groupNamed(ctx, input);
    const users = Object.values(ctx.store.state.users).filter((u) => u.groups?.includes(group.name));
    return { Users: users.map(userType) };
  },
};
