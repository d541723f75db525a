/**
 * Applies `PreTokenGeneration` (config-pre-token.ts) the way Cognito applies a V2_0 pre
 * token generation trigger's answer, at sign-in and at every refresh: the rules whose `When`
 * holds are merged in order (later values win, suppressions add up) into one
 * claimsAndScopeOverrideDetails; a claim both added and suppressed is suppressed; a
 * groupOverrideDetails replaces the group claims, and an empty one removes them.
 */
import type { AccessTokenOverrides, GroupOverrides, PreTokenRule, TokenOverrides } from './config-pre-token.js';
import type { ClientConfig, PoolContext } from './context.js';
import { groupsOf } from './groups.js';
import type { Claims } from './tokens.js';
import type { UserRecord } from './users.js';

function applies(rule: PreTokenRule, client: ClientConfig, user: UserRecord, groups: string[]): boolean {
  const { group, attribute, equals, clientId } = rule.when;
  if (group !== undefined && !groups.includes(group)) return false;
  if (clientId !== undefined && clientId !== client.ClientId) return false;
  if (attribute === undefined) return true;
  const value = user.attributes[attribute];
  return value !== undefined && (equals === undefined || value === equals);
}

const emptyOverrides = (): AccessTokenOverrides => ({
  claimsToAddOrOverride: {},
  claimsFromAttributes: {},
  claimsToSuppress: [],
  scopesToAdd: [],
  scopesToSuppress: [],
});

function merge(into: AccessTokenOverrides, from: Partial<AccessTokenOverrides>): void {
  Object.assign(into.claimsToAddOrOverride, from.claimsToAddOrOverride);
  Object.assign(into.claimsFromAttributes, from.claimsFromAttributes);
  into.claimsToSuppress.push(...(from.claimsToSuppress ?? []));
  into.scopesToAdd.push(...(from.scopesToAdd ?? []));
  into.scopesToSuppress.push(...(from.scopesToSuppress ?? []));
}

function applyClaims(claims: Claims, overrides: TokenOverrides, user: UserRecord): void {
  Object.assign(claims, structuredClone(overrides.claimsToAddOrOverride));
  for (const [claim, attribute] of Object.entries(overrides.claimsFromAttributes)) {
    const value = user.attributes[attribute];
    if (value !== undefined) claims[claim] = value;
  }
  for (const claim of overrides.claimsToSuppress) delete claims[claim];
}

function applyScopes(claims: Claims, overrides: AccessTokenOverrides): void {
  const scopes = String(claims.scope ?? '').split(' ').filter(Boolean);
  for (const scope of overrides.scopesToAdd) if (!scopes.includes(scope)) scopes.push(scope);
  const kept = scopes.filter((scope) => !overrides.scopesToSuppress.includes(scope));
  if (kept.length > 0) claims.scope = kept.join(' ');
  else delete claims.scope;
}

function applyGroups(id: Claims, access: Claims, groups: GroupOverrides): void {
  const set = (claims: Claims, name: string, value: string | string[] | undefined) => {
    if (value === undefined || value.length === 0) delete claims[name];
    else claims[name] = value;
  };
  set(id, 'cognito:groups', groups.groupsToOverride);
  set(access, 'cognito:groups', groups.groupsToOverride);
  set(id, 'cognito:roles', groups.iamRolesToOverride);
  set(id, 'cognito:preferred_role', groups.preferredRole);
}

export function customizeTokens(ctx: PoolContext, client: ClientConfig, user: UserRecord, id: Claims, access: Claims): void {
  const rules = ctx.config.preTokenGeneration;
  if (rules.length === 0) return;
  const groups = groupsOf(ctx, user).map((g) => g.name);
  const idOverrides = emptyOverrides();
  const accessOverrides = emptyOverrides();
  let groupOverrides: GroupOverrides | undefined;
  for (const rule of rules) {
    if (!applies(rule, client, user, groups)) continue;
    merge(idOverrides, rule.id);
    merge(accessOverrides, rule.access);
    if (rule.groups) groupOverrides = rule.groups;
  }
  applyClaims(id, idOverrides, user);
  applyClaims(access, accessOverrides, user);
  applyScopes(access, accessOverrides);
  if (groupOverrides) applyGroups(id, access, groupOverrides);
}
