/**
 * Sending codes the way Cognito reports them: the message goes to the inbox unmasked,
 * the API answers with CodeDeliveryDetails whose Destination is masked.
 */
import { createHash } from 'node:crypto';
import type { PoolContext } from './context.js';
import type { MessageKind } from './inbox.js';
import type { UserRecord } from './users.js';

export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: 'EMAIL' | 'SMS';
  AttributeName: string;
}

/** alice@example.com -> a***@e*** */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

/** +15555551234 -> +*******1234 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  return `+${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

export const mediumOf = (attribute: string): 'EMAIL' | 'SMS' => (attribute === 'phone_number' ? 'SMS' : 'EMAIL');

export function deliveryDetails(attribute: string, destination: string): CodeDeliveryDetails {
  const medium = mediumOf(attribute);
  return {
    Destination: medium === 'EMAIL' ? maskEmail(destination) : maskPhone(destination),
    DeliveryMedium: medium,
    AttributeName: attribute,
  };
}

export function deliver(
  ctx: PoolContext,
  user: UserRecord,
  kind: MessageKind,
  attribute: string,
  code: string,
): CodeDeliveryDetails {
  const destination = user.attributes[attribute] ?? '';
  ctx.inbox.send({ username: user.username, destination, medium: mediumOf(attribute), kind, code });
  return deliveryDetails(attribute, destination);
}

/**
 * Where sign-up codes go: the first auto-verified attribute the user has, e-mail before
 * phone. Undefined when nothing is auto-verified (an administrator confirms the user).
 */
export function signUpAttribute(ctx: PoolContext, user: UserRecord): string | undefined {
  return ['email', 'phone_number'].find(
    (a) => ctx.config.autoVerifiedAttributes.includes(a) && user.attributes[a] !== undefined,
  );
}

/**
 * A plausible, stable answer for a user that does not exist, so that responses do not
 * reveal who has an account (PreventUserExistenceErrors ENABLED).
 */
export function simulatedDelivery(ctx: PoolContext, name: string): CodeDeliveryDetails {
  const phoneOnly =
    !ctx.config.autoVerifiedAttributes.includes('email') && ctx.config.autoVerifiedAttributes.includes('phone_number');
  if (phoneOnly || /^\+\d+$/.test(name)) {
    return deliveryDetails('phone_number', /^\+\d+$/.test(name) ? name : `+1555${digitsFrom(name, 7)}`);
  }
  if (name.includes('@')) return deliveryDetails('email', name);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const hash = createHash('sha256').update(name).digest();
  return deliveryDetails('email', `${letters[hash[0]! % 26]}@${letters[hash[1]! % 26]}.com`);
}

function digitsFrom(name: string, count: number): string {
  const hash = createHash('sha256').update(name).digest();
  return [...hash.subarray(0, count)].map((b) => b % 10).join('');
}
