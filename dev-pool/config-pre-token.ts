/**
 * `PreTokenGeneration`: the dev pool's stand-in for a pre token generation Lambda trigger
 * (event version V2_0, which customizes both tokens). Instead of code, a list of rules, each
 * holding what the trigger would answer in `response.claimsAndScopeOverrideDetails`, and
 * optionally `When` it applies (a group the user is in, an attribute it has or its value,
 * the app client):
 *
 *   "PreTokenGeneration": [
 *     { "claimsAndScopeOverrideDetails": {
 *         "idTokenGeneration": { "claimsToAddOrOverride": { "tier": "free" }, "claimsToSuppress": ["phone_number"] },
 *         "accessTokenGeneration": { "claimsFromAttributes": { "tenant": "custom:tenant" }, "scopesToAdd": ["api/read"] } } },
 *     { "When": { "Group": "admins" },
 *       "claimsAndScopeOverrideDetails": { "accessTokenGeneration": { "scopesToAdd": ["api/admin"] } } },
 *     { "When": { "Attribute": "custom:plan", "Equals": "pro" },
 *       "claimsAndScopeOverrideDetails": { "idTokenGeneration": { "claimsToAddOrOverride": { "tier": "pro" } } } }
 *   ]
 *
 * `claimsFromAttributes` (claim → attribute name) is the dev pool's own: it copies a user
 * attribute into a claim, as a trigger reading `event.request.userAttributes` would. Keys are
 * checked strictly (a misspelt one would silently do nothing), and the claims Cognito does
 * not let a trigger touch are refused here, at start, rather than at sign-in.
 */
import { ConfigError, obj, type Json } from './json.js';

export interface TokenOverrides {
  claimsToAddOrOverride: Record<string, unknown>;
  claimsFromAttributes: Record<string, string>;
  claimsToSuppress: string[];
}

export interface AccessTokenOverrides extends TokenOverrides {
  scopesToAdd: string[];
  scopesToSuppress: string[];
}

export interface GroupOverrides {
  groupsToOverride?: string[];
  iamRolesToOverride?: string[];
  preferredRole?: string;
}

export interface PreTokenRule {
  when: { group?: string; attribute?: string; equals?: string; clientId?: string };
  id: TokenOverrides;
  access: AccessTokenOverrides;
  /** Replaces cognito:groups (both tokens), cognito:roles and cognito:preferred_role when present. */
  groups?: GroupOverrides;
}

/** Claims a pre token generation trigger cannot add, override or suppress (Cognito's Developer Guide). */
const FIXED_CLAIMS = [
  'acr', 'amr', 'aud', 'at_hash', 'auth_time', 'azp', 'cognito:username', 'event_id', 'exp', 'iat',
  'identities', 'iss', 'jti', 'nbf', 'nonce', 'origin_jti', 'sub', 'token_use',
];
const GROUP_CLAIMS = ['cognito:groups', 'cognito:roles', 'cognito:preferred_role'];
/** The access token's own claims, fixed as well (scope through scopesToAdd / scopesToSuppress). */
const FIXED_ACCESS_CLAIMS = ['client_id', 'device_key', 'scope', 'username', 'version'];
/** ID token claims that take a plain value, never an object or a list. */
const SCALAR_ID_CLAIMS = ['address', 'email_verified', 'phone_number_verified', 'updated_at'];

function only(value: Json, keys: string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new ConfigError(`${where} has no "${key}" (it takes ${keys.join(', ')})`);
  }
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ConfigError(`${where} must be a list of strings`);
  return value as string[];
}

function stringMap(value: unknown, where: string): Record<string, string> {
  const map = obj(value);
  for (const [key, v] of Object.entries(map)) if (typeof v !== 'string') throw new ConfigError(`${where}.${key} must be an attribute name`);
  return map as Record<string, string>;
}

function tokenOverrides(raw: unknown, where: string, access: boolean): AccessTokenOverrides {
  const value = obj(raw);
  const scopes = access ? ['scopesToAdd', 'scopesToSuppress'] : [];
  only(value, ['claimsToAddOrOverride', 'claimsFromAttributes', 'claimsToSuppress', ...scopes], where);
  const overrides: AccessTokenOverrides = {
    claimsToAddOrOverride: obj(value.claimsToAddOrOverride),
    claimsFromAttributes: stringMap(value.claimsFromAttributes, `${where}.claimsFromAttributes`),
    claimsToSuppress: stringList(value.claimsToSuppress, `${where}.claimsToSuppress`),
    scopesToAdd: stringList(value.scopesToAdd, `${where}.scopesToAdd`),
    scopesToSuppress: stringList(value.scopesToSuppress, `${where}.scopesToSuppress`),
  };
  const touched = [
    ...Object.keys(overrides.claimsToAddOrOverride),
    ...Object.keys(overrides.claimsFromAttributes),
    ...overrides.claimsToSuppress,
  ];
  for (const claim of touched) {
    if (FIXED_CLAIMS.includes(claim) || (access && FIXED_ACCESS_CLAIMS.includes(claim))) {
      throw new ConfigError(`${where}: Cognito does not let a pre token generation trigger change the ${claim} claim`);
    }
    if (GROUP_CLAIMS.includes(claim)) throw new ConfigError(`${where}: ${claim} changes through groupOverrideDetails`);
  }
  for (const [claim, v] of Object.entries(overrides.claimsToAddOrOverride)) {
    if (v === null) throw new ConfigError(`${where}.claimsToAddOrOverride.${claim} is null (suppress a claim with claimsToSuppress)`);
    if (!access && SCALAR_ID_CLAIMS.includes(claim) && typeof v === 'object') {
      throw new ConfigError(`${where}.claimsToAddOrOverride.${claim} must be a string, number or boolean in the ID token`);
    }
  }
  return overrides;
}

function groupOverrides(raw: unknown, where: string): GroupOverrides | undefined {
  if (raw === undefined) return undefined;
  const value = obj(raw);
  only(value, ['groupsToOverride', 'iamRolesToOverride', 'preferredRole'], where);
  if (value.preferredRole !== undefined && typeof value.preferredRole !== 'string') throw new ConfigError(`${where}.preferredRole must be a string`);
  return {
    ...(value.groupsToOverride !== undefined ? { groupsToOverride: stringList(value.groupsToOverride, `${where}.groupsToOverride`) } : {}),
    ...(value.iamRolesToOverride !== undefined ? { iamRolesToOverride: stringList(value.iamRolesToOverride, `${where}.iamRolesToOverride`) } : {}),
    ...(typeof value.preferredRole === 'string' ? { preferredRole: value.preferredRole } : {}),
  };
}

function condition(raw: unknown, where: string): PreTokenRule['when'] {
  const value = obj(raw);
  only(value, ['Group', 'Attribute', 'Equals', 'ClientId'], where);
  for (const [key, v] of Object.entries(value)) if (typeof v !== 'string') throw new ConfigError(`${where}.${key} must be a string`);
  if (value.Equals !== undefined && value.Attribute === undefined) throw new ConfigError(`${where}.Equals needs an Attribute`);
  const { Group: group, Attribute: attribute, Equals: equals, ClientId: clientId } = value as Record<string, string | undefined>;
  return { group, attribute, equals, clientId };
}

export function loadPreTokenGeneration(raw: unknown): PreTokenRule[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError('PreTokenGeneration must be a list of rules: { When?, claimsAndScopeOverrideDetails }');
  return raw.map((item, index) => {
    const where = `PreTokenGeneration[${index}]`;
    const rule = obj(item);
    only(rule, ['When', 'claimsAndScopeOverrideDetails'], where);
    const details = obj(rule.claimsAndScopeOverrideDetails);
    const at = `${where}.claimsAndScopeOverrideDetails`;
    only(details, ['idTokenGeneration', 'accessTokenGeneration', 'groupOverrideDetails'], at);
    const groups = groupOverrides(details.groupOverrideDetails, `${at}.groupOverrideDetails`);
    const { scopesToAdd: _add, scopesToSuppress: _suppress, ...id } = tokenOverrides(details.idTokenGeneration, `${at}.idTokenGeneration`, false);
    return {
      when: condition(rule.When, `${where}.When`),
      id,
      access: tokenOverrides(details.accessTokenGeneration, `${at}.accessTokenGeneration`, true),
      ...(groups ? { groups } : {}),
    };
  });
}
