import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fieldLabel,
  isRightToLeft,
  labelInSentence,
  loadLanguage,
  localize,
  onTranslationChange,
  registerTranslation,
  resolveLanguage,
  sameWord,
  addEnglish,
} from '../../src/i18n/i18n.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import { enPasswordPolicy } from '../../src/i18n/en-password-policy.js';

// The English of <cognito-sign-up> and of the password policy, which their modules add when they load.
addEnglish(enRegistration);
addEnglish(enPasswordPolicy);

test('English fills placeholders', () => {
  assert.equal(localize('en', 'signIn.signedInAs', { username: 'ana' }), 'Signed in as ana.');
});

test('a registered language wins, falls back by base language, then to English', () => {
  let changes = 0;
  const off = onTranslationChange(() => changes++);
  registerTranslation('xx', { 'signIn.submit': 'Xign in' });
  assert.equal(localize('xx-YY', 'signIn.submit'), 'Xign in');
  assert.equal(localize('xx', 'signUp.submit'), 'Create account');
  assert.equal(localize('zz', 'signIn.submit'), 'Sign in');
  assert.equal(changes, 1);
  off();
});

test('a shipped language arrives on demand, region falling back to the base; overrides still win', async () => {
  let changes = 0;
  const off = onTranslationChange(() => changes++);
  assert.equal(localize('de-CH', 'signUp.submit'), 'Create account', 'English until German has arrived');
  await loadLanguage('de-CH');
  assert.ok(changes >= 1, 'elements are told to re-render');
  assert.equal(localize('de-CH', 'signUp.submit'), 'Konto erstellen');
  registerTranslation('de', { 'signUp.submit': 'Registrieren' });
  assert.equal(localize('de-CH', 'signUp.submit'), 'Registrieren');
  assert.equal(localize('de', 'signIn.submit'), 'Anmelden', 'other shipped keys stay');
  off();
});

test('regions and scripts reach the table people expect', async () => {
  const cases: [string, string][] = [
    ['pt-BR', 'Entrar'],
    ['pt-PT', 'Iniciar sessão'],
    ['pt-AO', 'Iniciar sessão'],
    ['pt', 'Iniciar sessão'],
    ['zh-TW', '登入'],
    ['zh-Hant', '登入'],
    ['zh-HK', '登入'],
    ['zh-MO', '登入'],
    ['zh-Hant-HK', '登入'],
    ['zh-CN', '登录'],
    ['zh-Hans', '登录'],
    ['zh-SG', '登录'],
    ['zh', '登录'],
    ['zh-Hans-HK', '登录'],
    ['iw', 'כניסה'],
    ['iw-IL', 'כניסה'],
    ['no', 'Logg inn'],
    ['no-NO', 'Logg inn'],
  ];
  for (const [lang] of cases) await loadLanguage(lang);
  for (const [lang, text] of cases) assert.equal(localize(lang, 'signIn.heading'), text, lang);
  assert.ok(isRightToLeft('iw'));
});

test('a field label inside a sentence: lower-case where the language writes it so, as written where the sentence quotes it', async () => {
  await Promise.all(['nl', 'ru', 'tr', 'pl'].map((lang) => loadLanguage(lang)));
  const required = (lang: string, name: string) => localize(lang, 'validation.required', { field: labelInSentence(lang, fieldLabel(lang, name)) });
  assert.equal(required('nl', 'username'), 'Voer je gebruikersnaam in.');
  assert.equal(required('ru', 'family_name'), 'Заполните поле «Фамилия».');
  assert.equal(required('pl', 'username'), 'Wypełnij pole „Nazwa użytkownika”.');
  assert.equal(required('tr', 'middle_name'), 'İkinci ad alanını doldurun.', 'a Turkish İ stays dotted');
});

test("shipped plurals follow each language's categories", async () => {
  await Promise.all(['ru', 'uk', 'pl', 'he', 'zh-TW'].map((lang) => loadLanguage(lang)));
  const length = (lang: string, count: number) => localize(lang, 'policy.length', { count });
  assert.deepEqual([1, 2, 5, 21, 22].map((n) => length('ru', n)), [
    'Не менее 1 символа',
    'Не менее 2 символов',
    'Не менее 5 символов',
    'Не менее 21 символа',
    'Не менее 22 символов',
  ]);
  assert.deepEqual([1, 3, 8].map((n) => length('uk', n)), ['Щонайменше 1 символ', 'Щонайменше 3 символи', 'Щонайменше 8 символів']);
  assert.deepEqual([1, 4, 12, 22].map((n) => length('pl', n)), ['Co najmniej 1 znak', 'Co najmniej 4 znaki', 'Co najmniej 12 znaków', 'Co najmniej 22 znaki']);
  assert.deepEqual([1, 2, 8].map((n) => length('he', n)), ['לפחות תו אחד', 'לפחות 2 תווים', 'לפחות 8 תווים']);
  assert.equal(length('zh-TW', 8), '至少 8 個字元');
});

test("a confirmation word matches in any case, by the language's collation", () => {
  assert.ok(sameWord('tr', 'sil', 'SİL'), 'Turkish dotted İ, whatever the runtime locale');
  assert.ok(sameWord('vi', 'xoá', 'XÓA'), 'either Vietnamese accent placement');
  assert.ok(sameWord('en', 'delete', 'DELETE'));
  assert.ok(!sameWord('en', 'DELET', 'DELETE'));
  assert.ok(!sameWord('pl', 'usun', 'USUŃ'), 'ń is a letter of its own in Polish');
  assert.ok(sameWord('not a tag!', 'delete', 'DELETE'), 'a malformed lang still compares');
});

test('plurals and numbers go through Intl', () => {
  assert.equal(localize('en', 'policy.length', { count: 1 }), 'At least 1 character');
  assert.equal(localize('en', 'policy.length', { count: 12 }), 'At least 12 characters');
  registerTranslation('ar', { 'policy.length': '{count, plural, one {حرف واحد} two {حرفان} few {# أحرف} other {# حرفًا}}' });
  assert.equal(localize('ar', 'policy.length', { count: 2 }), 'حرفان');
  assert.equal(localize('ar', 'policy.length', { count: 5 }), `${new Intl.NumberFormat('ar').format(5)} أحرف`);
  assert.equal(localize('en', 'signIn.signedInAs', { username: 1234.5 }), 'Signed in as 1,234.5.');
  registerTranslation('fr', { 'signIn.signedInAs': '{username}' });
  assert.equal(localize('fr', 'signIn.signedInAs', { username: 1234.5 }), '1\u202f234,5', 'French digit grouping');
});

test('resolveLanguage never throws without a DOM', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(resolveLanguage(), (globalThis.navigator?.language ?? 'en').toLowerCase());
  assert.doesNotThrow(() => resolveLanguage({} as Element));
});

test('right-to-left languages by base code', () => {
  assert.ok(isRightToLeft('ar'));
  assert.ok(isRightToLeft('he-IL'));
  assert.ok(!isRightToLeft('de'));
});

test('labels for custom attributes come from their names', () => {
  assert.equal(fieldLabel('en', 'email'), 'Email');
  assert.equal(fieldLabel('en', 'custom:favourite_colour'), 'favourite colour');
});
