/**
 * The pool's configuration, read from JSON in Cognito's own shapes (what
 * `describe-user-pool`, `describe-user-pool-client` and `get-user-pool-mfa-config` print)
 * so a team can paste its real pool's settings. Anything missing takes the dev pool's
 * defaults; unknown keys are ignored because real describe output has many we do not model.
 */
import { loadClient, type ClientConfig } from './config-client.js';
import { loadCustomAuth, type CustomAuthConfig } from './config-custom-auth.js';
import { DEFAULT_IDENTITY_POOL_ID, loadIdentityPool, type IdentityPoolConfig } from './config-identity-pool.js';
import { loadPreTokenGeneration, type PreTokenRule } from './config-pre-token.js';
import { loadFirstFactors, loadWebAuthn, type AuthFactor, type WebAuthnConfig } from './config-sign-in.js';
import { bool, ConfigError, num, obj, str, strings } from './json.js';
import type { SchemaAttribute } from './schema.js';

export { ConfigError, DEFAULT_IDENTITY_POOL_ID };
export { DEFAULT_AUTH_FLOWS, DEFAULT_CLIENT_ID, type TimeUnit } from './config-client.js';
export type { AuthFactor, ClientConfig, CustomAuthConfig, IdentityPoolConfig, PreTokenRule, SchemaAttribute, WebAuthnConfig };

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
}

/** MFA types the pool offers, in Cognito's order (MFAS_CAN_CHOOSE / MFAS_CAN_SETUP). */
export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface DeviceConfiguration {
  /** A remembered device's DEVICE_SRP_AUTH stands in for SMS / TOTP / e-mail MFA. */
  ChallengeRequiredOnNewDevice: boolean;
  /** ConfirmDevice leaves the device not_remembered until UpdateDeviceStatus says otherwise. */
  DeviceOnlyRememberedOnUserPrompt: boolean;
}

export interface PoolConfig {
  userPoolId: string;
  region: string;
  /** The part of the pool id after '_': SRP mixes it into every password hash. */
  poolName: string;
  name: string;
  passwordPolicy: PasswordPolicy;
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  caseSensitive: boolean;
  mfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL';
  mfaConfig: Record<string, unknown>;
  /** The MFA types MfaConfig turns on (a configuration present means on). */
  mfaTypes: MfaType[];
  /** Undefined when the pool does not remember devices (describe-user-pool prints no DeviceConfiguration). */
  deviceConfiguration: DeviceConfiguration | undefined;
  /** UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate: email and/or phone_number. */
  verifyBeforeUpdate: string[];
  schemaAttributes: SchemaAttribute[];
  recoveryMechanisms: string[];
  allowAdminCreateUserOnly: boolean;
  clients: ClientConfig[];
  identityPoolId: string;
  identityPool: IdentityPoolConfig;
  /** The stand-in for the three CUSTOM_AUTH Lambda triggers; undefined: no triggers. */
  customAuth: CustomAuthConfig | undefined;
  /** `Groups`: created at start when missing (list-groups output's shape). */
  groups: { GroupName: string; Description?: string; RoleArn?: string; Precedence?: number }[];
  /** `FixedCode`: every code the pool sends (sign-up, reset, MFA, custom) is this one; off by default. */
  fixedCode: string | undefined;
  /** `PreTokenGeneration`: the stand-in for a pre token generation trigger (V2_0); [] when absent. */
  preTokenGeneration: PreTokenRule[];
  /** UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors: what USER_AUTH may offer first. */
  allowedFirstAuthFactors: AuthFactor[];
  /** MfaConfig.WebAuthnConfiguration: the passkeys' relying party and user verification. */
  webAuthn: WebAuthnConfig;
}

export const DEFAULT_POOL_ID = 'us-east-1_DevPool01';
export function loadConfig(raw: unknown = {}): PoolConfig {
  const root = obj(raw);
  const pool = obj(root.UserPool);
  const userPoolId = str(pool.Id, DEFAULT_POOL_ID);
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)_([0-9A-Za-z]+)$/.exec(userPoolId);
  if (!match) throw new ConfigError(`UserPool.Id "${userPoolId}" is not a user pool id like us-east-1_AbCdEf123`);
  const region = match[1]!;

  const policy = obj(obj(pool.Policies).PasswordPolicy);
  const passwordPolicy: PasswordPolicy = {
    MinimumLength: num(policy.MinimumLength, 8),
    RequireUppercase: bool(policy.RequireUppercase, true),
    RequireLowercase: bool(policy.RequireLowercase, true),
    RequireNumbers: bool(policy.RequireNumbers, true),
    RequireSymbols: bool(policy.RequireSymbols, true),
    TemporaryPasswordValidityDays: num(policy.TemporaryPasswordValidityDays, 7),
  };

  const usernameAttributes = strings(pool.UsernameAttributes, []);
  const aliasAttributes = strings(pool.AliasAttributes, []);
  if (usernameAttributes.length > 0 && aliasAttributes.length > 0) {
    throw new ConfigError('UserPool.UsernameAttributes and UserPool.AliasAttributes cannot both be set');
  }

  const schemaAttributes = Array.isArray(pool.SchemaAttributes)
    ? pool.SchemaAttributes.map(obj)
        .filter((a) => typeof a.Name === 'string')
        .map((a) => a as unknown as SchemaAttribute)
    : [{ Name: 'email', Required: true }];

  const recovery = Array.isArray(obj(pool.AccountRecoverySetting).RecoveryMechanisms)
    ? (obj(pool.AccountRecoverySetting).RecoveryMechanisms as unknown[])
        .map(obj)
        .sort((a, b) => num(a.Priority, 0) - num(b.Priority, 0))
        .map((m) => str(m.Name, ''))
        .filter(Boolean)
    : ['verified_email', 'verified_phone_number'];

  const device = pool.DeviceConfiguration === undefined || pool.DeviceConfiguration === null ? undefined : obj(pool.DeviceConfiguration);
  const rawClients = [
    ...(Array.isArray(root.UserPoolClients) ? root.UserPoolClients : []),
    ...(root.UserPoolClient ? [root.UserPoolClient] : []),
  ].map(obj);
  const clients = (rawClients.length > 0 ? rawClients : [{}]).map((client, index) => loadClient(client, index, schemaAttributes));

  const mfaConfig = obj(root.MfaConfig);
  const mfaConfiguration = str(pool.MfaConfiguration, str(mfaConfig.MfaConfiguration, 'OFF'));
  if (!['OFF', 'ON', 'OPTIONAL'].includes(mfaConfiguration)) {
    throw new ConfigError(`UserPool.MfaConfiguration must be OFF, ON or OPTIONAL, not "${mfaConfiguration}"`);
  }
  if (mfaConfiguration !== 'OFF' && mfaTypesOf(root.MfaConfig).length === 0) {
    throw new ConfigError(`MfaConfiguration ${mfaConfiguration} needs at least one MFA type in MfaConfig`);
  }
  const identityPool = loadIdentityPool(root, userPoolId, region);

  const verifyBeforeUpdate = strings(obj(pool.UserAttributeUpdateSettings).AttributesRequireVerificationBeforeUpdate, []);
  for (const attribute of verifyBeforeUpdate) {
    if (attribute !== 'email' && attribute !== 'phone_number') {
      throw new ConfigError(`AttributesRequireVerificationBeforeUpdate takes email and phone_number, not "${attribute}"`);
    }
  }

  return {
    userPoolId,
    region,
    poolName: match[2]!,
    name: str(pool.Name, 'dev-pool'),
    passwordPolicy,
    usernameAttributes,
    aliasAttributes,
    autoVerifiedAttributes: strings(pool.AutoVerifiedAttributes, ['email']),
    caseSensitive: bool(obj(pool.UsernameConfiguration).CaseSensitive, false),
    mfaConfiguration: mfaConfiguration as PoolConfig['mfaConfiguration'],
    mfaConfig,
    mfaTypes: mfaTypesOf(root.MfaConfig),
    deviceConfiguration: device && {
      ChallengeRequiredOnNewDevice: bool(device.ChallengeRequiredOnNewDevice, false),
      DeviceOnlyRememberedOnUserPrompt: bool(device.DeviceOnlyRememberedOnUserPrompt, false),
    },
    verifyBeforeUpdate,
    schemaAttributes,
    recoveryMechanisms: recovery,
    allowAdminCreateUserOnly: bool(obj(pool.AdminCreateUserConfig).AllowAdminCreateUserOnly, false),
    clients,
    identityPoolId: identityPool.id,
    identityPool,
    customAuth: loadCustomAuth(root.CustomAuth),
    fixedCode: loadFixedCode(root.FixedCode),
    groups: loadGroups(root.Groups),
    preTokenGeneration: loadPreTokenGeneration(root.PreTokenGeneration),
    allowedFirstAuthFactors: loadFirstFactors(pool),
    webAuthn: loadWebAuthn(root.MfaConfig),
  };
}

/**
 * get-user-pool-mfa-config prints a configuration object per MFA type that is on (TOTP's
 * carries Enabled). Without any MfaConfig the dev pool offers all three, so that setting
 * MfaConfiguration alone is enough to try MFA.
 */
function mfaTypesOf(raw: unknown): MfaType[] {
  if (raw === undefined || raw === null) return ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];
  const config = obj(raw);
  const present = (key: string) => config[key] !== undefined && config[key] !== null;
  const types: MfaType[] = [];
  if (present('SmsMfaConfiguration')) types.push('SMS_MFA');
  if (present('SoftwareTokenMfaConfiguration') && obj(config.SoftwareTokenMfaConfiguration).Enabled !== false) {
    types.push('SOFTWARE_TOKEN_MFA');
  }
  if (present('EmailMfaConfiguration')) types.push('EMAIL_OTP');
  return types;
}

export function loadFixedCode(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^\d{6}$/.test(value)) {
    throw new ConfigError(`FixedCode must be six digits, like the codes Cognito sends, not ${JSON.stringify(value)}`);
  }
  return value;
}

function loadGroups(value: unknown): PoolConfig['groups'] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ConfigError('Groups must be a list of { GroupName, Description?, RoleArn?, Precedence? }');
  return value.map((raw) => {
    const group = obj(raw);
    if (typeof group.GroupName !== 'string' || group.GroupName === '') throw new ConfigError('every entry of Groups needs a GroupName');
    return {
      GroupName: group.GroupName,
      ...(typeof group.Description === 'string' ? { Description: group.Description } : {}),
      ...(typeof group.RoleArn === 'string' ? { RoleArn: group.RoleArn } : {}),
      ...(typeof group.Precedence === 'number' ? { Precedence: group.Precedence } : {}),
    };
  });
}
