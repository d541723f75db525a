import type { PasswordPolicy } from './config.js';
import { invalidParameter, invalidPassword } from './errors.js';
import { randomInt } from 'node:crypto';

/** Cognito's symbol set (plus space, allowed when not leading or trailing). */
const SYMBOLS = `^$*.[]{}()?-"!@#%&/\\,><':;|_~\`+= `;

const hasSymbol = (password: string) => [...password].some((c) => SYMBOLS.includes(c));

/**
 * Throws what Cognito throws for a password the policy rejects: the API-level pattern
 * first (InvalidParameterException), then one rule at a time (InvalidPasswordException).
 * `field` is the request member's name, which Cognito echoes in the validation message.
 */
export function enforcePasswordPolicy(policy: PasswordPolicy, password: unknown, field = 'password'): string {
  if (typeof password !== 'string' || password === '') {
    throw invalidParameter(`1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  if (password.length > 256 || /^\s|\s$/.test(password)) {
    throw invalidParameter(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$`,
    );
  }
  const fail = (rule: string) => invalidPassword(`Password did not conform with policy: ${rule}`);
  if ([...password].length < policy.MinimumLength) throw fail('Password not long enough');
  if (policy.RequireUppercase && !/\p{Lu}/u.test(password)) throw fail('Password must have uppercase characters');
  if (policy.RequireLowercase && !/\p{Ll}/u.test(password)) throw fail('Password must have lowercase characters');
  if (policy.RequireNumbers && !/[0-9]/.test(password)) throw fail('Password must have numeric characters');
  if (policy.RequireSymbols && !hasSymbol(password)) throw fail('Password must have symbol characters');
  return password;
}

/** A temporary password that satisfies any policy (AdminCreateUser without TemporaryPassword). */
export function generatePassword(policy: PasswordPolicy): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%*-_=+?'];
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = sets.map(pick);
  const all = sets.join('');
  while (chars.length < Math.max(12, policy.MinimumLength)) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
