import { claims } from '../jwt-claims.js';
import type { Tokens } from '../types.js';

/** Cognito's AuthenticationResult (RefreshToken absent on a refresh; NewDeviceMetadata on a new device). */
export interface AuthenticationResult {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  NewDeviceMetadata?: { DeviceKey: string; DeviceGroupKey: string };
}

const seconds = (jwt: string, claim: 'iat' | 'exp') => claims(jwt)[claim] as number;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The tokens of a session as the SDK keeps them: `clockDrift` in seconds (local clock minus the server's). */
export interface StoredTokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  clockDrift: number;
}

/** As CognitoUserSession: the drift is measured against the earlier issue time of the two tokens. */
export function clockDrift(idToken: string, accessToken: string): number {
  return nowSeconds() - Math.min(seconds(accessToken, 'iat'), seconds(idToken, 'iat'));
}

/** As CognitoUserSession.isValid: both tokens unexpired on the server's clock. */
export function isValid(stored: StoredTokens): boolean {
  const adjusted = nowSeconds() - stored.clockDrift;
  return adjusted < seconds(stored.accessToken, 'exp') && adjusted < seconds(stored.idToken, 'exp');
}

export function toTokens(stored: StoredTokens): Tokens {
  return {
    idToken: stored.idToken,
    accessToken: stored.accessToken,
    refreshToken: stored.refreshToken,
    expiresAt: seconds(stored.accessToken, 'exp') * 1000,
    issuedAt: seconds(stored.accessToken, 'iat') * 1000,
    clockDrift: stored.clockDrift * 1000,
  };
}
