import { expect } from '@open-wc/testing';
// define.js (through the fixture), as an app that defines every element at once imports it.
import './fixture.js';
import { localize } from '../../src/i18n/i18n.js';
import { en } from '../../src/i18n/en.js';
import { enAccount } from '../../src/i18n/en-account.js';
import { enAuthenticator } from '../../src/i18n/en-authenticator.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';
import { enPasskeys } from '../../src/i18n/en-passkeys.js';
import { enPasswordPolicy } from '../../src/i18n/en-password-policy.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import type { MessageKey } from '../../src/i18n/i18n.js';

// The English of the elements outside the sign-in entry is added by their modules when they load
// (addEnglish), not by en.ts: with every element defined, every key must read in English. (The
// sign-in form's USER_AUTH view, with en-user-auth.ts, loads only in a USER_AUTH provider, even
// with define.js; the e2e tests of USER_AUTH see its English.)
describe('English tables', () => {
  it('define.js: every element brings its English, so no key shows as itself', () => {
    const tables = { en, enRegistration, enChallenges, enAuthenticator, enAccount, enPasswordPolicy, enPasskeys };
    const untranslated = Object.entries(tables).flatMap(([name, table]) =>
      Object.keys(table)
        .filter((key) => localize('en', key as MessageKey) === key)
        .map((key) => `${name}: ${key}`),
    );
    expect(untranslated).to.deep.equal([]);
    expect(localize('en', 'totp.heading')).to.equal(enChallenges['totp.heading']);
  });
});
