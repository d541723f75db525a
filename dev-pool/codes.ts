/**
 * One-time codes (sign-up confirmation, password reset, attribute verification): six
 * digits, single use, one live code per purpose and user (sending a new one replaces it).
 */
import { randomInt } from 'node:crypto';
import { codeMismatch, expiredCode, limitExceeded } from './errors.js';
import type { Store } from './store.js';
import type { CodePurpose, CodeFor, CodeRecord } from './records.js';

export type { CodePurpose, CodeFor, CodeRecord };

const MAX_FAILURES = 5;
const EXPIRED_CODE_MEMORY_MS = 24 * 60 * 60 * 1000;

const keyOf = ({ purpose, username, attribute }: CodeFor) =>
  JSON.stringify([purpose, username, purpose === 'VERIFY_ATTRIBUTE' ? attribute : '']);

/** Six random digits, or the pool's fixed code (`FixedCode`, `--fixed-code`) for end-to-end tests. */
export const newCode = (fixed?: string): string => fixed ?? String(randomInt(0, 1_000_000)).padStart(6, '0');

export function issueCode(store: Store, target: CodeFor, ttlMs: number, fixed?: string): string {
  const code = newCode(fixed);
  store.state.codes[keyOf(target)] = { ...target, code, expiresAt: Date.now() + ttlMs, failures: 0 };
  return code;
}

/** Whether a code was ever issued for this purpose (and not yet used or forgotten). */
export const codeIssued = (store: Store, target: CodeFor): boolean => Object.hasOwn(store.state.codes, keyOf(target));

/** Consumes the code when it matches; throws Cognito's errors otherwise. */
export function redeemCode(store: Store, target: CodeFor, given: unknown): CodeRecord {
  const key = keyOf(target);
  const record = store.state.codes[key];
  if (!record) throw codeMismatch();
  if (record.expiresAt <= Date.now()) {
    delete store.state.codes[key];
    throw expiredCode();
  }
  if (record.failures >= MAX_FAILURES) throw limitExceeded();
  if (typeof given !== 'string' || record.code === '' || given.trim() !== record.code) {
    record.failures += 1;
    throw codeMismatch();
  }
  // Kept, spent, until it expires: a used code then answers as a wrong one, not as none at all.
  store.state.codes[key] = { ...record, code: '' };
  return record;
}

/** The user's codes (an index: deleting a user's codes does not pass over everyone's). */
const codesOf = (store: Store, username: string): CodeRecord[] =>
  store.indexes.get('codes by user', 'codes', (record) => [record.username]).find(username);

export function deleteCodes(store: Store, username: string, purpose?: CodePurpose, attribute?: string): void {
  for (const record of codesOf(store, username)) {
    if ((purpose === undefined || record.purpose === purpose) && (attribute === undefined || record.attribute === attribute)) {
      delete store.state.codes[keyOf(record)];
    }
  }
}

/**
 * Drops codes that expired over a day ago. Recently expired ones stay, so that typing one
 * still answers ExpiredCodeException ("request a code again") rather than a mismatch.
 */
export function pruneCodes(store: Store): void {
  const before = Date.now() - EXPIRED_CODE_MEMORY_MS;
  for (const [key, record] of Object.entries(store.state.codes)) {
    if (record.expiresAt <= before) delete store.state.codes[key];
  }
}
