import type { MessageKey } from '../../src/i18n/i18n.js';
import { readsAsPhone } from '../base/validation.js';

/** The attributes a user name can be, in a pool whose UsernameAttributes hold both. */
export type Twin = 'email' | 'phone_number';
const TWINS: readonly string[] = ['email', 'phone_number'];

/**
 * The listed attributes a typed user name may stand in for. Only where the pool takes either an
 * address or a number as the user name: with one of them, the user name always is that attribute
 * and its field is not shown at all; with both, the other one is an ordinary attribute, which the
 * page may ask for (and the pool may require).
 */
export function twinsOf(listed: readonly string[], usernameAttributes: readonly string[]): Twin[] {
  if (usernameAttributes.length < 2) return [];
  return listed.filter((name): name is Twin => TWINS.includes(name) && usernameAttributes.includes(name));
}

/** Which attribute the typed user name is, read as the username field's checks read it; undefined before anything is typed. */
export function twinOfUsername(username: string): Twin | undefined {
  const value = username.trim();
  if (!value) return undefined;
  return readsAsPhone(value) ? 'phone_number' : 'email';
}

export const twinHint = (name: Twin): MessageKey => (name === 'email' ? 'signUp.hint.email' : 'signUp.hint.phone_number');

/**
 * What to send for the field of the attribute the user name already is: nothing (Cognito sets it
 * from the user name) when it is empty or says the same; a message for the field when it says
 * something else, which Cognito would refuse ("User email should be empty or same as username").
 */
export function twinProblem(name: Twin, value: string, username: string): MessageKey | undefined {
  const same = name === 'email' ? value.toLowerCase() === username.toLowerCase() : value === username;
  if (!value || same) return undefined;
  return name === 'email' ? 'signUp.sameAsUsername.email' : 'signUp.sameAsUsername.phone_number';
}
