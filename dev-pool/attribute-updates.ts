/**
 * Changing a user's attributes as Cognito does. A new e-mail or phone number takes effect at
 * once, its *_verified turns false and, when the attribute is auto-verified, a
 * VERIFY_ATTRIBUTE code goes to the new value. In pools whose
 * UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate names the attribute,
 * a verified old value stays until the code is confirmed, and the new one waits in
 * pendingAttributes (it cannot be used to sign in meanwhile).
 */
import { attributeNames, parseAttributes } from './attributes.js';
import { assertWritable } from './client-attributes.js';
import { deleteCodes, issueCode } from './codes.js';
import type { ClientConfig, PoolContext } from './context.js';
import { deliveryDetails, type CodeDeliveryDetails } from './delivery.js';
import { aliasExists, invalidParameter } from './errors.js';
import { findOwnerOf, type UserRecord } from './users.js';

export const VERIFY_ATTRIBUTE_TTL_MS = 24 * 60 * 60 * 1000;
export const VERIFIABLE = ['email', 'phone_number'];

const nonMutable = (name: string) => invalidParameter(`Cannot modify the non-mutable attribute ${name}`);

/** Sends a VERIFY_ATTRIBUTE code to the attribute's pending value, or its current one. */
export function sendVerificationCode(ctx: PoolContext, user: UserRecord, attribute: string): CodeDeliveryDetails {
  const destination = user.pendingAttributes?.[attribute] ?? user.attributes[attribute];
  if (!destination) throw invalidParameter(`The user has no ${attribute} to verify.`);
  const code = issueCode(ctx.store, { purpose: 'VERIFY_ATTRIBUTE', username: user.username, attribute }, VERIFY_ATTRIBUTE_TTL_MS, ctx.config.fixedCode);
  const details = deliveryDetails(attribute, destination);
  ctx.inbox.send({ username: user.username, destination, medium: details.DeliveryMedium, kind: 'VERIFY_ATTRIBUTE', code });
  return details;
}

/** E-mail and phone numbers that are sign-in names must stay unique. */
export function assertUnclaimed(ctx: PoolContext, user: UserRecord, attribute: string, value: string): void {
  const owner = findOwnerOf(ctx, attribute, value, user);
  if (owner) throw aliasExists(`An account with the given ${attribute} already exists.`);
}

/**
 * UpdateUserAttributes (with the app client the user's token came from, whose
 * WriteAttributes apply) and AdminUpdateUserAttributes (client undefined: an administrator,
 * who may also set *_verified). Returns where codes went.
 */
export function updateAttributes(ctx: PoolContext, user: UserRecord, raw: unknown, client: ClientConfig | undefined): CodeDeliveryDetails[] {
  const admin = client === undefined;
  if (!admin) {
    for (const name of attributeNames(raw)) if (name.endsWith('_verified')) throw nonMutable(name);
  }
  const given = parseAttributes(ctx.config, raw, { allowVerified: admin });
  if (client) assertWritable(ctx, client, Object.keys(given));
  for (const name of Object.keys(given)) {
    const schema = ctx.config.schemaAttributes.find((a) => a.Name === name);
    if (schema?.Mutable === false && user.attributes[name] !== undefined) throw nonMutable(name);
    if (VERIFIABLE.includes(name) && given[name] !== user.attributes[name]) assertUnclaimed(ctx, user, name, given[name]!);
  }

  const deliveries: CodeDeliveryDetails[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (!VERIFIABLE.includes(name)) {
      if (!(name.endsWith('_verified') && given[name.replace(/_verified$/, '')] !== undefined)) user.attributes[name] = value;
      continue;
    }
    const flag = `${name}_verified`;
    const verifiedNow = admin && given[flag] === 'true';
    if (value === user.attributes[name]) {
      if (admin && given[flag] !== undefined) user.attributes[flag] = given[flag]!;
      continue;
    }
    const pending = { ...user.pendingAttributes };
    delete pending[name];
    const keepOld =
      !verifiedNow &&
      ctx.config.verifyBeforeUpdate.includes(name) &&
      ctx.config.autoVerifiedAttributes.includes(name) &&
      user.attributes[flag] === 'true';
    if (keepOld) {
      pending[name] = value;
    } else {
      user.attributes[name] = value;
      user.attributes[flag] = verifiedNow ? 'true' : 'false';
    }
    user.pendingAttributes = pending;
    // A code sent for the previous value must not verify this one.
    deleteCodes(ctx.store, user.username, 'VERIFY_ATTRIBUTE', name);
    if (!verifiedNow && ctx.config.autoVerifiedAttributes.includes(name)) {
      deliveries.push(sendVerificationCode(ctx, user, name));
    }
  }
  if (user.pendingAttributes && Object.keys(user.pendingAttributes).length === 0) delete user.pendingAttributes;
  user.updatedAt = Date.now();
  return deliveries;
}

/** DeleteUserAttributes (with the token's app client) / AdminDeleteUserAttributes (client undefined). */
export function deleteAttributes(ctx: PoolContext, user: UserRecord, raw: unknown, client: ClientConfig | undefined): void {
  if (!Array.isArray(raw) || raw.some((name) => typeof name !== 'string')) {
    throw invalidParameter(
      "1 validation error detected: Value at 'userAttributeNames' failed to satisfy constraint: Member must not be null",
    );
  }
  const names = raw as string[];
  for (const name of names) {
    if (name === 'sub' || name.endsWith('_verified')) throw nonMutable(name);
    const schema = ctx.config.schemaAttributes.find((a) => a.Name === name);
    if (schema?.Required) throw invalidParameter(`Attributes did not conform to the schema: ${name}: The attribute is required`);
    if (schema?.Mutable === false) throw nonMutable(name);
  }
  if (client) assertWritable(ctx, client, names);
  for (const name of names) {
    delete user.attributes[name];
    if (VERIFIABLE.includes(name)) {
      delete user.attributes[`${name}_verified`];
      delete user.pendingAttributes?.[name];
      deleteCodes(ctx.store, user.username, 'VERIFY_ATTRIBUTE', name);
    }
  }
  user.updatedAt = Date.now();
}
