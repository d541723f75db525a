/**
 * One app client, read from `describe-user-pool-client`'s `UserPoolClient`: its auth flows,
 * existence-error prevention, token lifetimes, revocation, challenge-session lifetime and
 * which attributes it may read and write. Values Cognito would refuse in CreateUserPoolClient
 * are refused here, so the dev pool never runs a client AWS could not have.
 */
import { bool, ConfigError, num, obj, str, strings, type Json } from './json.js';
import { customAttributes, STANDARD_ATTRIBUTES, type SchemaAttribute } from './schema.js';

export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days';

export interface ClientConfig {
  ClientId: string;
  ClientName: string;
  ExplicitAuthFlows: string[];
  PreventUserExistenceErrors: 'ENABLED' | 'LEGACY';
  EnableTokenRevocation: boolean;
  /** Token lifetimes in seconds, already resolved from Cognito's validity + units. */
  validity: { accessToken: number; idToken: number; refreshToken: number };
  /** AuthSessionValidity: how long a challenge Session lasts, in minutes (3 to 15). */
  authSessionMinutes: number;
  /** ReadAttributes as configured; undefined: every attribute (Cognito's default). */
  readAttributes?: string[];
  /** WriteAttributes as configured; undefined: every attribute but *_verified. */
  writeAttributes?: string[];
}

export const DEFAULT_CLIENT_ID = 'devpoolclient';
export const DEFAULT_AUTH_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** Cognito still accepts the pre-2019 flow names; map them to the ALLOW_ ones. */
const LEGACY_FLOWS: Record<string, string> = {
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  CUSTOM_AUTH_FLOW_ONLY: 'ALLOW_CUSTOM_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
};

const UNIT_SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** CreateUserPoolClient's ranges: access and ID tokens 5 minutes to 1 day, refresh tokens 60 minutes to 10 years. */
const RANGES = {
  AccessToken: [300, 86400, '5 minutes to 1 day'],
  IdToken: [300, 86400, '5 minutes to 1 day'],
  RefreshToken: [3600, 3650 * 86400, '60 minutes to 10 years'],
} as const;

function validity(client: Json, where: string): ClientConfig['validity'] {
  const units = obj(client.TokenValidityUnits);
  // Cognito's defaults: access and ID tokens 1 hour, refresh tokens 30 days, with the units
  // defaulting to hours and days respectively.
  const seconds = (token: keyof typeof RANGES, value: number, unit: TimeUnit): number => {
    const name = str(units[token], unit);
    if (!(name in UNIT_SECONDS)) throw new ConfigError(`${where}.TokenValidityUnits.${token} "${name}" is not a time unit`);
    const total = value * UNIT_SECONDS[name as TimeUnit];
    const [min, max, range] = RANGES[token];
    if (total < min || total > max) {
      throw new ConfigError(`${where}.${token}Validity is ${value} ${name}; Cognito takes ${range}`);
    }
    return total;
  };
  const resolved = {
    accessToken: seconds('AccessToken', num(client.AccessTokenValidity, 1), 'hours'),
    idToken: seconds('IdToken', num(client.IdTokenValidity, 1), 'hours'),
    refreshToken: seconds('RefreshToken', num(client.RefreshTokenValidity, 30), 'days'),
  };
  // Dev-only, outside Cognito's ranges on purpose: tokens that expire in a second or two.
  const dev = client.DevTokenValiditySeconds;
  if (typeof dev === 'number') return { ...resolved, accessToken: dev, idToken: dev };
  if (dev === undefined) return resolved;
  const d = obj(dev);
  return {
    accessToken: num(d.AccessToken, resolved.accessToken),
    idToken: num(d.IdToken, resolved.idToken),
    refreshToken: num(d.RefreshToken, resolved.refreshToken),
  };
}

/** ReadAttributes / WriteAttributes: attributes of this pool; no immutable one or sub to write. */
function attributeList(client: Json, member: 'ReadAttributes' | 'WriteAttributes', schema: SchemaAttribute[], where: string) {
  if (client[member] === undefined || client[member] === null) return undefined;
  const names = strings(client[member], []);
  const custom = customAttributes(schema);
  const verb = member === 'ReadAttributes' ? 'read' : 'write';
  for (const name of names) {
    const known = STANDARD_ATTRIBUTES.has(name) || custom.has(name);
    const immutable = schema.some((a) => (a.Name === name || `custom:${a.Name}` === name) && a.Mutable === false);
    if (!known || (verb === 'write' && (name === 'sub' || immutable))) {
      // Cognito's words for either, in CreateUserPoolClient.
      throw new ConfigError(`${where}.${member}: Invalid ${verb} attributes specified while creating a client (${name})`);
    }
  }
  return names;
}

export function loadClient(client: Json, index: number, schema: SchemaAttribute[]): ClientConfig {
  const where = `UserPoolClients[${index}]`;
  const prevent = str(client.PreventUserExistenceErrors, 'ENABLED');
  if (prevent !== 'ENABLED' && prevent !== 'LEGACY') {
    throw new ConfigError(`PreventUserExistenceErrors must be ENABLED or LEGACY, not "${prevent}"`);
  }
  if (typeof client.ClientSecret === 'string' && client.ClientSecret) {
    throw new ConfigError('app clients with a ClientSecret are not supported by the dev pool (nor by the elements)');
  }
  const authSessionMinutes = num(client.AuthSessionValidity, 3);
  if (!Number.isInteger(authSessionMinutes) || authSessionMinutes < 3 || authSessionMinutes > 15) {
    throw new ConfigError(`${where}.AuthSessionValidity is ${authSessionMinutes}; Cognito takes 3 to 15 (minutes)`);
  }
  const readAttributes = attributeList(client, 'ReadAttributes', schema, where);
  const writeAttributes = attributeList(client, 'WriteAttributes', schema, where);
  const flows = strings(client.ExplicitAuthFlows, DEFAULT_AUTH_FLOWS).map((f) => LEGACY_FLOWS[f] ?? f);
  return {
    ClientId: str(client.ClientId, DEFAULT_CLIENT_ID),
    ClientName: str(client.ClientName, 'dev-pool-client'),
    ExplicitAuthFlows: [...new Set(flows)],
    PreventUserExistenceErrors: prevent,
    EnableTokenRevocation: bool(client.EnableTokenRevocation, true),
    validity: validity(client, where),
    authSessionMinutes,
    ...(readAttributes ? { readAttributes } : {}),
    ...(writeAttributes ? { writeAttributes } : {}),
  };
}
