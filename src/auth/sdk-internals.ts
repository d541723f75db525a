import {
  AuthenticationHelper,
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUserSession,
  type IAuthenticationCallback,
} from './sdk.js';
import type { Tokens } from './types.js';

/*
 * The SDK's internals the adapter relies on, and how its sessions become our Tokens. Kept
 * beside sdk-adapter.ts: the only two files that use the SDK (through ./sdk.js).
 */

export interface SdkUserInternals {
  Session: unknown;
  authenticateUserInternal(data: object, helper: AuthenticationHelper, callbacks: IAuthenticationCallback): void;
}

/** The SDK's own request function: the SDK's high-level calls retry even on auth failures. */
export interface LowLevelClient {
  request(op: string, params: object, cb: (err: unknown, data: Record<string, unknown>) => void): void;
}

export type Callback<T> = (err: unknown, result?: T) => void;
export const promised = <T>(start: (cb: Callback<T>) => void) =>
  new Promise<T>((resolve, reject) => start((err, result) => (err ? reject(err) : resolve(result as T))));

export function toTokens(session: CognitoUserSession): Tokens {
  const access = session.getAccessToken();
  return {
    idToken: session.getIdToken().getJwtToken(),
    accessToken: access.getJwtToken(),
    refreshToken: session.getRefreshToken().getToken(),
    expiresAt: access.getExpiration() * 1000,
    issuedAt: access.getIssuedAt() * 1000,
    clockDrift: session.getClockDrift() * 1000,
  };
}

export function sessionFrom(result: Record<string, string>): CognitoUserSession {
  return new CognitoUserSession({
    IdToken: new CognitoIdToken({ IdToken: result.IdToken }),
    AccessToken: new CognitoAccessToken({ AccessToken: result.AccessToken }),
    RefreshToken: new CognitoRefreshToken({ RefreshToken: result.RefreshToken }),
  });
}

export const UNKNOWN_CHALLENGE = 'UnknownChallenge';
const SDK_CHALLENGES = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'SELECT_MFA_TYPE', 'MFA_SETUP', 'CUSTOM_CHALLENGE',
  'NEW_PASSWORD_REQUIRED', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER', 'PASSWORD_VERIFIER'];

/**
 * The SDK treats any challenge it does not know as success and crashes on the missing tokens;
 * turn such responses into a failure the adapter recognises and answers itself.
 */
export function interceptUnknownChallenges(client: LowLevelClient) {
  const request = client.request.bind(client);
  client.request = (op, params, cb) =>
    request(op, params, (err, data) => {
      const name = data?.ChallengeName as string | undefined;
      if (!err && name && !SDK_CHALLENGES.includes(name)) {
        return cb(Object.assign(new Error(name), { code: UNKNOWN_CHALLENGE, response: data }), {});
      }
      cb(err, data);
    });
}
