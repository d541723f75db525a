/**
 * What user name Cognito stores for a sign-up (or AdminCreateUser) request: the name as
 * given, or, in pools that sign in with e-mail or phone, a fresh UUID with the given name
 * becoming the email / phone_number attribute.
 */
import { randomUUID } from 'node:crypto';
import type { PoolContext } from '../context.js';
import { invalidParameter, usernameExists } from '../errors.js';
import { EMAIL_PATTERN, PHONE_PATTERN, findByUsername, findOwnerOf } from '../users.js';

export interface NewUserName {
  username: string;
  /** Attributes implied by the sign-in name (email or phone_number): see withImplied(). */
  implied: Record<string, string>;
}

/**
 * The given attributes plus the one the user name sets. Cognito refuses a different value for
 * it ("User email should be empty or same as username, since username attribute is email.");
 * the phone wording is the same sentence for phone_number (not seen from AWS here).
 */
export function withImplied(name: NewUserName, given: Record<string, string>): Record<string, string> {
  for (const [attribute, value] of Object.entries(name.implied)) {
    if (given[attribute] !== undefined && given[attribute] !== value) {
      const said = attribute === 'email' ? 'email' : 'phone number';
      throw invalidParameter(`User ${said} should be empty or same as username, since username attribute is ${attribute}.`);
    }
  }
  return { ...given, ...name.implied };
}

export function newUserName(ctx: PoolContext, name: string): NewUserName {
  const { usernameAttributes, aliasAttributes } = ctx.config;
  if (usernameAttributes.length > 0) {
    const email = usernameAttributes.includes('email') && EMAIL_PATTERN.test(name);
    const phone = usernameAttributes.includes('phone_number') && PHONE_PATTERN.test(name);
    if (!email && !phone) {
      throw invalidParameter(
        usernameAttributes.length > 1
          ? 'Username should be either an email or a phone number.'
          : usernameAttributes[0] === 'email'
            ? 'Username should be an email.'
            : 'Username should be a phone number.',
      );
    }
    return { username: randomUUID(), implied: email ? { email: name } : { phone_number: name } };
  }
  if (aliasAttributes.includes('email') && EMAIL_PATTERN.test(name)) {
    throw invalidParameter('Username cannot be of email format, since user pool is configured for email alias.');
  }
  if (aliasAttributes.includes('phone_number') && PHONE_PATTERN.test(name)) {
    throw invalidParameter(
      'Username cannot be of phone number format, since user pool is configured for phone number alias.',
    );
  }
  return { username: name, implied: {} };
}

/** UsernameExistsException with the message Cognito picks for the pool's kind of sign-in. */
export function assertAvailable(
  ctx: PoolContext,
  name: NewUserName,
  attributes: Record<string, string>,
  existsMessage: string,
): void {
  if (findByUsername(ctx, name.username)) throw usernameExists(existsMessage);
  for (const attribute of ctx.config.usernameAttributes) {
    const value = attributes[attribute];
    if (value !== undefined && findOwnerOf(ctx, attribute, value)) {
      throw usernameExists(`An account with the given ${attribute} already exists.`);
    }
  }
}
