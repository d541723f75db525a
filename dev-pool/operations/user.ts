/**
 * Self-service operations authorized by the user's access token. GetUser for now;
 * UpdateUserAttributes, VerifyUserAttribute, GetUserAttributeVerificationCode,
 * ChangePassword, DeleteUser, SetUserMFAPreference belong here.
 */
import { authorize } from '../sign-ins.js';
import { attributeList, type UserRecord } from '../users.js';
import { requireString } from './input.js';
import type { Operations } from './operation.js';

/** MFA members of GetUser / AdminGetUser, present only when the user has MFA settings. */
export function mfaMembers(user: UserRecord) {
  return {
    ...(user.mfa.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
    ...(user.mfa.enabled.length > 0 ? { UserMFASettingList: [...user.mfa.enabled] } : {}),
  };
}

export const userOperations: Operations = {
  GetUser(ctx, input) {
    const { user } = authorize(ctx, requireString(input, 'AccessToken'));
    return { Username: user.username, UserAttributes: attributeList(user), ...mfaMembers(user) };
  },
};
