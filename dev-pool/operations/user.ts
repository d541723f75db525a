/** GetUser and DeleteUser: the signed-in user as a whole. */
import { canRead } from '../client-attributes.js';
import { deleteCodes } from '../codes.js';
import { revokeAllFor } from '../sign-ins.js';
import { attributeList, type UserRecord } from '../users.js';
import { signedIn } from './input.js';
import type { Operations } from './operation.js';

/**
 * MFA members of GetUser / AdminGetUser, present only when set: MFAOptions for SMS turned on
 * through the legacy SetUserSettings, PreferredMfaSetting and UserMFASettingList otherwise.
 */
export function mfaMembers(user: UserRecord) {
  return {
    ...(user.mfa.legacySms ? { MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] } : {}),
    ...(user.mfa.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
    ...(user.mfa.enabled.length > 0 ? { UserMFASettingList: [...user.mfa.enabled] } : {}),
  };
}

export const userOperations: Operations = {
  GetUser(ctx, input) {
    const { user, client } = signedIn(ctx, input);
    const readable = attributeList(user).filter((a) => canRead(client, a.Name));
    return { Username: user.username, UserAttributes: readable, ...mfaMembers(user) };
  },

  /** Every token of the user dies with it: its refresh tokens are revoked, and the user is gone. */
  DeleteUser(ctx, input) {
    const { user } = signedIn(ctx, input);
    revokeAllFor(ctx, user.username);
    delete ctx.store.state.users[user.username];
    deleteCodes(ctx.store, user.username);
    return {};
  },
};
