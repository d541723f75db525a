/**
 * The user's own attributes: UpdateUserAttributes, DeleteUserAttributes,
 * GetUserAttributeVerificationCode, VerifyUserAttribute, and the Admin* update / delete.
 */
import { assertUnclaimed, deleteAttributes, sendVerificationCode, updateAttributes, VERIFIABLE } from '../attribute-updates.js';
import { redeemCode } from '../codes.js';
import { invalidParameter } from '../errors.js';
import { adminUser } from './admin-user.js';
import { requireString, signedIn } from './input.js';
import type { Operations } from './operation.js';

function verifiableAttribute(input: Record<string, unknown>): string {
  const attribute = requireString(input, 'AttributeName');
  if (!VERIFIABLE.includes(attribute)) throw invalidParameter(`Only email and phone_number can be verified, not ${attribute}.`);
  return attribute;
}

export const attributeOperations: Operations = {
  UpdateUserAttributes(ctx, input) {
    const { user } = signedIn(ctx, input);
    return { CodeDeliveryDetailsList: updateAttributes(ctx, user, input.UserAttributes, false) };
  },

  AdminUpdateUserAttributes(ctx, input) {
    updateAttributes(ctx, adminUser(ctx, input), input.UserAttributes, true);
    return {};
  },

  DeleteUserAttributes(ctx, input) {
    deleteAttributes(ctx, signedIn(ctx, input).user, input.UserAttributeNames);
    return {};
  },

  AdminDeleteUserAttributes(ctx, input) {
    deleteAttributes(ctx, adminUser(ctx, input), input.UserAttributeNames);
    return {};
  },

  GetUserAttributeVerificationCode(ctx, input) {
    const { user } = signedIn(ctx, input);
    return { CodeDeliveryDetails: sendVerificationCode(ctx, user, verifiableAttribute(input)) };
  },

  VerifyUserAttribute(ctx, input) {
    const { user } = signedIn(ctx, input);
    const attribute = verifiableAttribute(input);
    const code = requireString(input, 'Code');
    redeemCode(ctx.store, { purpose: 'VERIFY_ATTRIBUTE', username: user.username, attribute }, code);
    const pending = user.pendingAttributes?.[attribute];
    // A verified e-mail or phone becomes a sign-in alias: it must not be another user's.
    assertUnclaimed(ctx, user, attribute, pending ?? user.attributes[attribute] ?? '');
    if (pending !== undefined) {
      user.attributes[attribute] = pending;
      delete user.pendingAttributes![attribute];
      if (Object.keys(user.pendingAttributes!).length === 0) delete user.pendingAttributes;
    }
    user.attributes[`${attribute}_verified`] = 'true';
    user.updatedAt = Date.now();
    return {};
  },
};
