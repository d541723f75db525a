import type { AuthFlow } from './flow.js';
import { customAuth } from './custom-auth.js';
import { refreshTokenAuth } from './refresh-token-auth.js';
import { userAuth } from './user-auth.js';
import { adminUserPasswordAuth, userPasswordAuth } from './user-password-auth.js';
import { userSrpAuth } from './user-srp-auth.js';

export const flows: AuthFlow[] = [userSrpAuth, userPasswordAuth, refreshTokenAuth, customAuth, userAuth];

/**
 * AdminInitiateAuth's flows: the password sent to the pool (ADMIN_USER_PASSWORD_AUTH), or
 * SRP run by a server (USER_SRP_AUTH, answered with AdminRespondToAuthChallenge).
 */
export const adminFlows: AuthFlow[] = [adminUserPasswordAuth, userSrpAuth, refreshTokenAuth, customAuth, userAuth];

/** Every AuthFlow value the API accepts, whether or not the pool implements it yet. */
export const AUTH_FLOW_ENUM = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
];

export const flowNamed = (name: string, from = flows): AuthFlow | undefined => from.find((f) => f.names.includes(name));
