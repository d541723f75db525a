import type { CodeDelivery, UserProfile } from '../../src/auth/types.js';

/** The attributes Cognito can verify with a code. */
export const CONTACTS = ['email', 'phone_number'] as const;

export const isContact = (name: string): boolean => (CONTACTS as readonly string[]).includes(name);

/** Attributes that are never edited here: the user's id, and the verified flags Cognito keeps. */
export const ALWAYS_READONLY = ['sub', 'email_verified', 'phone_number_verified', 'identities'];

/** Whether a contact attribute is verified; undefined for attributes that are not contacts. */
export function verified(profile: UserProfile, name: string): boolean | undefined {
  return isContact(name) ? profile.attributes[`${name}_verified`] === 'true' : undefined;
}

/** What the form changes: new values to update, and emptied attributes to delete. */
export function changesOf(
  profile: UserProfile,
  names: readonly string[],
  values: Record<string, string>,
): { update: Record<string, string>; remove: string[] } {
  const update: Record<string, string> = {};
  const remove: string[] = [];
  for (const name of names) {
    const before = profile.attributes[name] ?? '';
    const after = values[name] ?? '';
    if (after === before) continue;
    if (after) update[name] = after;
    else remove.push(name);
  }
  return { update, remove };
}

/** The detail of `cognito-attributes-updated`: new values, and '' for deleted attributes. */
export function changedAttributes(update: Record<string, string>, remove: readonly string[]): Record<string, string> {
  return { ...update, ...Object.fromEntries(remove.map((name) => [name, ''])) };
}

/** The profile as it is after a change, for when reading it back from Cognito failed. */
export function applied(profile: UserProfile, update: Record<string, string>, remove: readonly string[]): UserProfile {
  const attributes = { ...profile.attributes, ...update };
  for (const name of Object.keys(update)) if (isContact(name)) attributes[`${name}_verified`] = 'false';
  for (const name of remove) {
    delete attributes[name];
    delete attributes[`${name}_verified`];
  }
  return { ...profile, attributes };
}

export interface PendingCode {
  attribute: string;
  delivery?: CodeDelivery;
}

/**
 * Which attribute each verification code that UpdateUserAttributes sent is for: Cognito names
 * it in `AttributeName`; otherwise the changed contacts, in order.
 */
export function pendingCodes(deliveries: readonly CodeDelivery[], update: Record<string, string>): PendingCode[] {
  const changed = Object.keys(update).filter(isContact);
  return deliveries
    .map((delivery, i) => ({ attribute: delivery.AttributeName ?? changed[i] ?? '', delivery }))
    .filter((pending) => isContact(pending.attribute));
}
