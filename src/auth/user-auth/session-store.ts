import { SessionStore } from '../direct/session-store.js';
import { claims } from '../jwt-claims.js';
import type { TokenStorage } from '../storage.js';
import type { Tokens } from '../types.js';
import type { AuthenticationResult } from './calls.js';

/**
 * Keeps the tokens of a USER_AUTH sign-in (passkeys, e-mail or SMS codes, the sign-in after
 * sign-up) exactly where the SDK keeps its own (src/auth/direct/session-store.ts), so that
 * restore, refresh (REFRESH_TOKEN_AUTH), the other tabs and sign-out treat them as any SRP
 * sign-in. `username` is Cognito's user name from the access token (the SDK's
 * USER_ID_FOR_SRP), which in e-mail pools is not what the user typed.
 */
export function storeSession(storage: TokenStorage, clientId: string, result: AuthenticationResult): { username: string; tokens: Tokens } {
  const username = String(claims(result.AccessToken).username ?? '');
  if (!username) throw Object.assign(new Error('The access token names no user'), { code: 'NotAuthorizedException' });
  // As CognitoUser.setSignInUserSession: the cached GetUser answer belonged to the last session.
  storage.removeItem(`CognitoIdentityServiceProvider.${clientId}.${username}.userData`);
  return { username, tokens: new SessionStore(storage, clientId).write(username, result) };
}
