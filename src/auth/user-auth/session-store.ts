import { sessionFrom, toTokens } from '../sdk-internals.js';
import type { TokenStorage } from '../storage.js';
import type { Tokens } from '../types.js';
import type { AuthenticationResult } from './calls.js';

/**
 * Keeps the tokens of a sign-in that did not go through the SDK (USER_AUTH: passkeys, e-mail
 * or SMS codes, the sign-in after sign-up) exactly where the SDK keeps its own:
 * `CognitoIdentityServiceProvider.<clientId>.<username>.idToken|accessToken|refreshToken|clockDrift`
 * and `….LastAuthUser`, so that restore, refresh (REFRESH_TOKEN_AUTH), the other tabs and
 * sign-out treat them as any SRP sign-in. `username` is Cognito's user name from the access
 * token (the SDK's USER_ID_FOR_SRP), which in e-mail pools is not what the user typed.
 */
export function storeSession(storage: TokenStorage, clientId: string, result: AuthenticationResult): { username: string; tokens: Tokens } {
  const session = sessionFrom(result as unknown as Record<string, string>);
  const username = String(session.getAccessToken().decodePayload().username ?? '');
  if (!username) throw Object.assign(new Error('The access token names no user'), { code: 'NotAuthorizedException' });
  const prefix = `CognitoIdentityServiceProvider.${clientId}`;
  // As CognitoUser.setSignInUserSession: the cached GetUser answer belonged to the last session.
  storage.removeItem(`${prefix}.${username}.userData`);
  storage.setItem(`${prefix}.${username}.idToken`, session.getIdToken().getJwtToken());
  storage.setItem(`${prefix}.${username}.accessToken`, session.getAccessToken().getJwtToken());
  storage.setItem(`${prefix}.${username}.refreshToken`, session.getRefreshToken().getToken());
  storage.setItem(`${prefix}.${username}.clockDrift`, `${session.getClockDrift()}`);
  storage.setItem(`${prefix}.LastAuthUser`, username);
  return { username, tokens: toTokens(session) };
}
