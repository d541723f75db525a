/**
 * Choice-based sign-in (USER_AUTH) settings, in Cognito's shapes: the first factors a pool
 * allows (`UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors`, as describe-user-pool
 * prints it) and the passkey settings (`MfaConfig.WebAuthnConfiguration`, as
 * get-user-pool-mfa-config prints it). Values Cognito would refuse are refused here.
 */
import { ConfigError, obj, str, strings } from './json.js';

export type AuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
const FACTORS: AuthFactor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

export interface WebAuthnConfig {
  /** Undefined: not configured (a real pool then falls back to its domain; the dev pool has none). */
  relyingPartyId: string | undefined;
  userVerification: 'required' | 'preferred';
}

/** Cognito's default: password only. PASSWORD cannot be left out (CreateUserPool refuses it). */
export function loadFirstFactors(pool: Record<string, unknown>): AuthFactor[] {
  const raw = obj(obj(pool.Policies).SignInPolicy).AllowedFirstAuthFactors;
  const factors = strings(raw, ['PASSWORD']);
  for (const factor of factors) {
    if (!FACTORS.includes(factor as AuthFactor)) {
      throw new ConfigError(`AllowedFirstAuthFactors takes ${FACTORS.join(', ')}, not "${factor}"`);
    }
  }
  if (!factors.includes('PASSWORD')) throw new ConfigError('AllowedFirstAuthFactors must include PASSWORD, as Cognito requires');
  return [...new Set(factors)] as AuthFactor[];
}

const RP_ID = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function loadWebAuthn(mfaConfig: unknown): WebAuthnConfig {
  const raw = obj(obj(mfaConfig).WebAuthnConfiguration);
  const relyingPartyId = typeof raw.RelyingPartyId === 'string' ? raw.RelyingPartyId : undefined;
  if (relyingPartyId !== undefined && !RP_ID.test(relyingPartyId)) {
    throw new ConfigError(`WebAuthnConfiguration.RelyingPartyId "${relyingPartyId}" is not a domain name (no scheme, port or path), such as example.com or localhost`);
  }
  const userVerification = str(raw.UserVerification, 'preferred');
  if (userVerification !== 'required' && userVerification !== 'preferred') {
    throw new ConfigError(`WebAuthnConfiguration.UserVerification must be required or preferred, not "${userVerification}"`);
  }
  const factor = str(raw.FactorConfiguration, 'SINGLE_FACTOR');
  if (factor !== 'SINGLE_FACTOR') {
    throw new ConfigError(`WebAuthnConfiguration.FactorConfiguration ${factor} (passkeys as MFA) is not modelled by the dev pool; leave it out or SINGLE_FACTOR`);
  }
  return { relyingPartyId, userVerification };
}
