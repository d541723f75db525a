import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { en as core } from '../../src/i18n/en.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';
import { enAuthenticator } from '../../src/i18n/en-authenticator.js';
import { enAccount } from '../../src/i18n/en-account.js';
import { enPasswordPolicy } from '../../src/i18n/en-password-policy.js';
import { enUserAuth } from '../../src/i18n/en-user-auth.js';
import { enPasskeys } from '../../src/i18n/en-passkeys.js';
import { LOADERS } from '../../src/i18n/loaders.js';

// Every file in src/i18n/locales/, whatever languages exist: each has exactly English's keys, in
// English's order, with the same {placeholders}, and a loader that splits it out.
const dir = new URL('../../src/i18n/locales/', import.meta.url);
const langs = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
// English: the core's table, then those of the code loaded on demand (en.ts's MessageKey order).
const en: Record<string, string> = { ...core, ...enRegistration, ...enChallenges, ...enAuthenticator, ...enAccount, ...enPasswordPolicy, ...enUserAuth, ...enPasskeys };
const englishKeys = Object.keys(en);

test('there are language files', () => assert.ok(langs.length > 0));

test('loaders.ts lists exactly the language files (npm run i18n:check -- --write)', () => {
  assert.deepEqual(Object.keys(LOADERS).sort(), langs.map((l) => l.toLowerCase()).sort());
});

for (const lang of langs) {
  test(`${lang}: every key of en.ts, no stale keys, same placeholders`, async () => {
    const table: Record<string, string> = (await import(new URL(`${lang}.ts`, dir).href)).default;
    const keys = Object.keys(table);
    assert.deepEqual(englishKeys.filter((k) => !(k in table)), [], 'missing keys');
    assert.deepEqual(keys.filter((k) => !(k in en)), [], 'stale keys');
    assert.deepEqual(keys, englishKeys, "English's order");
    for (const [key, english] of Object.entries(en)) {
      assert.deepEqual(placeholders(table[key]), placeholders(english), `placeholders of ${key}`);
      assert.ok(table[key].trim(), `${key} is empty`);
    }
  });
}
