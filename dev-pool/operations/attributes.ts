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
    const { user, client } = signedIn(ctx, input);
    return { CodeDeliveryDetailsList: updateAttributes(ctx, user, input.UserAttributes, client) };
  },

  AdminUpdateUserAttributes(ctx, input) {
    updateAttributes(ctx, adminUser(ctx, input), input.UserAttributes, undefined);
    return {};
  },

  DeleteUserAttributes(ctx, input) {
    const { user, client } = signedIn(ctx, input);
    deleteAttributes(ctx, user, input.UserAttributeNames, client);
    return {};
  },

  AdminDeleteUserAttributes(ctx, input) {
    deleteAttributes(ctx, adminUser(ctx, input), input.UserAttributeNames, undefined);
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
