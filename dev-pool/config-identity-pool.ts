/**
 * The identity pool on the same endpoint (AWSCognitoIdentityService.*). `IdentityPoolId` at the
 * top level still works; the optional `IdentityPool` object takes what
 * `aws cognito-identity describe-identity-pool` prints, plus one dev-only setting:
 *
 *   "IdentityPool": {
 *     "IdentityPoolId": "us-east-1:00000000-0000-4000-8000-000000000000",
 *     "AllowUnauthenticatedIdentities": true,
 *     "CognitoIdentityProviders": [
 *       { "ProviderName": "cognito-idp.us-east-1.amazonaws.com/us-east-1_DevPool01", "ClientId": "devpoolclient" } ],
 *     "CredentialsValiditySeconds": 3600
 *   }
 */
import { bool, ConfigError, num, obj, str } from './json.js';

export const DEFAULT_IDENTITY_POOL_ID = 'us-east-1:00000000-0000-4000-8000-000000000000';

export interface IdentityPoolConfig {
  id: string;
  /** Guests (GetId without Logins). Cognito's own default is false; the dev pool's is true. */
  allowUnauthenticated: boolean;
  /** App clients whose id tokens are accepted; undefined: every client of the user pool. */
  clientIds: string[] | undefined;
  /** Dev only: how long credentials last (AWS: one hour). */
  credentialsValiditySeconds: number;
}

export function loadIdentityPool(root: Record<string, unknown>, userPoolId: string, region: string): IdentityPoolConfig {
  const pool = obj(root.IdentityPool);
  const id = str(root.IdentityPoolId, str(pool.IdentityPoolId, DEFAULT_IDENTITY_POOL_ID));
  if (!/^[\w-]+:[0-9a-f-]+$/.test(id)) throw new ConfigError(`IdentityPoolId "${id}" is not like us-east-1:<uuid>`);
  let clientIds: string[] | undefined;
  if (Array.isArray(pool.CognitoIdentityProviders)) {
    const ours = `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
    // Providers for other user pools cannot be checked here (their keys are elsewhere): only
    // the entries naming this pool count.
    clientIds = pool.CognitoIdentityProviders.map(obj)
      .filter((p) => p.ProviderName === ours)
      .map((p) => str(p.ClientId, ''))
      .filter(Boolean);
  }
  return {
    id,
    allowUnauthenticated: bool(pool.AllowUnauthenticatedIdentities, true),
    clientIds,
    credentialsValiditySeconds: num(pool.CredentialsValiditySeconds, 3600),
  };
}
