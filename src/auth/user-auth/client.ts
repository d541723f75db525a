import type { AuthConfig } from '../types.js';
import type { TokenStorage } from '../storage.js';
import { cognitoApi } from './api.js';
import { userAuthCalls, type UserAuthCalls } from './calls.js';
import { UserAuthFlow, type UserAuthStep } from './flow.js';
import { passkeyCalls } from './passkeys.js';
import { passkeysSupported } from './webauthn.js';

/**
 * Everything choice-based sign-in, passwordless sign-up and passkeys need, behind one dynamic
 * import: the auth service loads this module only for a USER_AUTH provider (or for
 * <cognito-passkeys>), so a password sign-in page never downloads it.
 */
export function userAuthClient(config: AuthConfig, storage: TokenStorage, calls?: UserAuthCalls) {
  const api = calls ? undefined : cognitoApi(config);
  const all = calls ?? userAuthCalls(api!.call, config.clientId);
  return {
    calls: all,
    /** A sign-in state machine whose tokens land in `storage`, where the adapter restores and refreshes them. */
    flow: (onStep: (step: UserAuthStep) => void) =>
      new UserAuthFlow(all, { userPoolId: config.userPoolId, clientId: config.clientId, storage, onStep }),
    passkeys: passkeyCalls(all),
    passkeysSupported,
    dispose: () => api?.abortAll(),
  };
}

export type UserAuthClient = ReturnType<typeof userAuthClient>;
export type { UserAuthStep, UserAuthFlow };
