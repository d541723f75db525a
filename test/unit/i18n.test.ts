import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localize, registerTranslation, onTranslationChange, fieldLabel } from '../../src/i18n/i18n.js';

test('English fills placeholders', () => {
  assert.equal(localize('en', 'signIn.signedInAs', { username: 'ana' }), 'Signed in as ana.');
});

test('a registered language wins, falls back by base language, then to English', () => {
  let changes = 0;
  const off = onTranslationChange(() => changes++);
  registerTranslation('de', { 'signIn.submit': 'Anmelden' });
  assert.equal(localize('de-AT', 'signIn.submit'), 'Anmelden');
  assert.equal(localize('de', 'signUp.submit'), 'Create account');
  assert.equal(localize('xx', 'signIn.submit'), 'Sign in');
  assert.equal(changes, 1);
  off();
});

test('labels for custom attributes come from their names', () => {
  assert.equal(fieldLabel('en', 'email'), 'Email');
  assert.equal(fieldLabel('en', 'custom:favourite_colour'), 'favourite colour');
});
