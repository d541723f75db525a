/**
 * amazon-cognito-identity-js as an app drives it, its callbacks turned into one promise per
 * step: each call resolves with where the sign-in stands (tokens, or the next challenge).
 */
import {
  AuthenticationDetails,
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import type { DevPool } from '../../dev-pool/server.js';

export type Step =
  | { step: 'SUCCESS'; session: CognitoUserSession; userConfirmationNecessary?: boolean }
  | { step: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'SELECT_MFA_TYPE' | 'MFA_SETUP'; parameters: Record<string, string> }
  | { step: 'NEW_PASSWORD_REQUIRED'; userAttributes: Record<string, string>; requiredAttributes: string[] }
  | { step: 'CUSTOM_CHALLENGE'; parameters: Record<string, string> };

const pools = new Map<string, CognitoUserPool>();

/** One SDK pool object per dev pool (the SDK keeps devices and tokens in its storage per client). */
export function sdkPool(pool: DevPool): CognitoUserPool {
  let sdk = pools.get(pool.endpoint);
  if (!sdk) {
    sdk = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.clientId, endpoint: pool.endpoint });
    pools.set(pool.endpoint, sdk);
  }
  return sdk;
}

export const sdkUser = (pool: DevPool, username: string) => new CognitoUser({ Username: username, Pool: sdkPool(pool) });

function callbacks(resolve: (step: Step) => void, reject: (error: unknown) => void): IAuthenticationCallback {
  const challenge = (name: string, parameters: unknown) =>
    resolve({ step: name as 'SMS_MFA', parameters: (parameters ?? {}) as Record<string, string> });
  return {
    onSuccess: (session, userConfirmationNecessary) => resolve({ step: 'SUCCESS', session, userConfirmationNecessary }),
    onFailure: reject,
    newPasswordRequired: (userAttributes: Record<string, string>, requiredAttributes: string[]) =>
      resolve({ step: 'NEW_PASSWORD_REQUIRED', userAttributes, requiredAttributes }),
    mfaRequired: challenge,
    totpRequired: challenge,
    selectMFAType: challenge,
    mfaSetup: challenge,
    customChallenge: (parameters: Record<string, string>) => resolve({ step: 'CUSTOM_CHALLENGE', parameters }),
  };
}

const stepOf = (run: (cb: IAuthenticationCallback) => void) =>
  new Promise<Step>((resolve, reject) => run(callbacks(resolve, reject)));

export const authenticate = (user: CognitoUser, username: string, password: string) =>
  stepOf((cb) => user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), cb));

export const sendMfaCode = (user: CognitoUser, code: string, type?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA') =>
  stepOf((cb) => user.sendMFACode(code, cb, type));

export const sendMfaSelection = (user: CognitoUser, answer: string) =>
  stepOf((cb) => user.sendMFASelectionAnswer(answer, cb as Parameters<CognitoUser['sendMFASelectionAnswer']>[1]));

export const sendCustomAnswer = (user: CognitoUser, answer: string) => stepOf((cb) => user.sendCustomChallengeAnswer(answer, cb));

export const completeNewPassword = (user: CognitoUser, password: string, attributes: Record<string, string>) =>
  stepOf((cb) => user.completeNewPasswordChallenge(password, attributes, cb));

/** A node-style SDK call as a promise. */
export function node<T>(run: (done: (error: unknown, result?: T) => void) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => run((error, result) => (error ? reject(error) : resolve(result))));
}

/** An SDK user already holding tokens obtained elsewhere (saves an SRP sign-in in tests). */
export function userWithTokens(pool: DevPool, username: string, auth: AuthenticationResultType): CognitoUser {
  const user = sdkUser(pool, username);
  user.setSignInUserSession(
    new CognitoUserSession({
      IdToken: new CognitoIdToken({ IdToken: auth.IdToken! }),
      AccessToken: new CognitoAccessToken({ AccessToken: auth.AccessToken! }),
      RefreshToken: new CognitoRefreshToken({ RefreshToken: auth.RefreshToken! }),
    }),
  );
  return user;
}
