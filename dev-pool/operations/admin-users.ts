/**
 * Admin* user operations. Real Cognito requires SigV4-signed requests from IAM principals;
 * the dev pool accepts them unsigned (and ignores any Authorization header) so tests and
 * seed scripts can use them freely.
 */
import { parseAttributes } from '../attributes.js';
import { deleteCodes } from '../codes.js';
import type { Json, PoolContext } from '../context.js';
import { mediumOf } from '../delivery.js';
import { CognitoError, invalidParameter, notAuthorized, userNotFound } from '../errors.js';
import { adminUser } from './admin-user.js';
import { enforcePasswordPolicy, generatePassword } from '../password-policy.js';
import { revokeAllFor } from '../sign-ins.js';
import { attributeList, findForSignIn, newUser, type UserRecord } from '../users.js';
import { optionalString, requirePool, requireUsername } from './input.js';
import type { Operations } from './operation.js';
import { setPassword } from './password.js';
import { assertAvailable, newUserName, withImplied } from './sign-up-names.js';
import { mfaMembers } from './user.js';

const epochSeconds = (ms: number) => ms / 1000;

/** Cognito's UserType (AdminCreateUser, ListUsers). */
export function userType(user: UserRecord): Json {
  return {
    Username: user.username,
    Attributes: attributeList(user),
    UserCreateDate: epochSeconds(user.createdAt),
    UserLastModifiedDate: epochSeconds(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** Sends the invitation with the temporary password to each desired medium. */
function sendTemporaryPassword(ctx: PoolContext, user: UserRecord, password: string, mediums: unknown): void {
  const wanted = Array.isArray(mediums) && mediums.length > 0 ? mediums : [user.attributes.email ? 'EMAIL' : 'SMS'];
  for (const medium of wanted) {
    const attribute = medium === 'EMAIL' ? 'email' : 'phone_number';
    const destination = user.attributes[attribute];
    if (!destination) throw invalidParameter('User has no attribute matching desired delivery mediums');
    ctx.inbox.send({ username: user.username, destination, medium: mediumOf(attribute), kind: 'TEMPORARY_PASSWORD', code: password });
  }
}

export const adminUserOperations: Operations = {
  AdminCreateUser(ctx, input) {
    requirePool(ctx, input);
    const given = requireUsername(input);
    const action = optionalString(input, 'MessageAction');
    if (action !== undefined && action !== 'RESEND' && action !== 'SUPPRESS') {
      throw invalidParameter(
        `1 validation error detected: Value '${action}' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set: [RESEND, SUPPRESS]`,
      );
    }
    const password =
      input.TemporaryPassword === undefined
        ? generatePassword(ctx.config.passwordPolicy)
        : enforcePasswordPolicy(ctx.config.passwordPolicy, input.TemporaryPassword, 'temporaryPassword');

    if (action === 'RESEND') {
      const user = findForSignIn(ctx, given);
      if (!user) throw userNotFound();
      if (user.status !== 'FORCE_CHANGE_PASSWORD') {
        throw new CognitoError('UnsupportedUserStateException', `Resend not possible. ${user.username} status is not FORCE_CHANGE_PASSWORD`);
      }
      setPassword(ctx, user, password, true);
      sendTemporaryPassword(ctx, user, password, input.DesiredDeliveryMediums);
      return { User: userType(user) };
    }

    const name = newUserName(ctx, given);
    // Required attributes may be missing: the user supplies them in NEW_PASSWORD_REQUIRED.
    const attributes = withImplied(name, parseAttributes(ctx.config, input.UserAttributes, { allowVerified: true }));
    assertAvailable(ctx, name, attributes, 'User account already exists');
    const user = newUser(name.username, attributes, Date.now());
    if (ctx.config.usernameAttributes.length > 0) user.attributes.sub = name.username;
    user.status = 'FORCE_CHANGE_PASSWORD';
    setPassword(ctx, user, password, true);
    if (action !== 'SUPPRESS') sendTemporaryPassword(ctx, user, password, input.DesiredDeliveryMediums);
    ctx.store.state.users[user.username] = user;
    return { User: userType(user) };
  },

  AdminGetUser(ctx, input) {
    const user = adminUser(ctx, input);
    const { Attributes, ...rest } = userType(user);
    return { ...rest, UserAttributes: Attributes, ...mfaMembers(user) };
  },

  AdminDeleteUser(ctx, input) {
    const user = adminUser(ctx, input);
    revokeAllFor(ctx, user.username);
    delete ctx.store.state.users[user.username];
    deleteCodes(ctx.store, user.username);
    return {};
  },

  AdminConfirmSignUp(ctx, input) {
    const user = adminUser(ctx, input);
    if (user.status !== 'UNCONFIRMED') {
      throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
    }
    user.status = 'CONFIRMED';
    user.updatedAt = Date.now();
    deleteCodes(ctx.store, user.username, 'CONFIRM_SIGN_UP');
    return {};
  },

  AdminSetUserPassword(ctx, input) {
    const user = adminUser(ctx, input);
    const password = enforcePasswordPolicy(ctx.config.passwordPolicy, input.Password);
    const permanent = input.Permanent === true;
    setPassword(ctx, user, password, !permanent);
    user.status = permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
    return {};
  },

  AdminDisableUser(ctx, input) {
    const user = adminUser(ctx, input);
    user.enabled = false;
    user.updatedAt = Date.now();
    return {};
  },

  AdminEnableUser(ctx, input) {
    const user = adminUser(ctx, input);
    user.enabled = true;
    user.updatedAt = Date.now();
    return {};
  },

  AdminUserGlobalSignOut(ctx, input) {
    revokeAllFor(ctx, adminUser(ctx, input).username);
    return {};
  },
};
