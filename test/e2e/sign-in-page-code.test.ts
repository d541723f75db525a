// What a password sign-in page downloads (issue 13): the CDN entry carries the provider, the
// sign-in form and the strings they show; the Cognito Identity client, the other elements and
// their English come in their groups' chunks, only when a page shows them. Each file fetched is
// read through its source map, so the test names modules, not the chunks' hashed names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import el from '../../src/i18n/locales/el.js';
import { en } from '../../src/i18n/en.js';
import { enAccount } from '../../src/i18n/en-account.js';
import { enAuthenticator } from '../../src/i18n/en-authenticator.js';
import { enChallenges } from '../../src/i18n/en-challenges.js';
import { enPasswordPolicy } from '../../src/i18n/en-password-policy.js';
import { enRegistration } from '../../src/i18n/en-registration.js';
import type { Translation } from '../../src/i18n/en.js';
import { confirmedUser, submitForm } from './arrange.js';
import { DIST_DIR, pageErrors, setup, waitForEvent } from './harness.js';

const english = { ...en, ...enRegistration, ...enChallenges, ...enAuthenticator, ...enAccount, ...enPasswordPolicy } as Partial<Translation>;

const page = (lang: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head>
    <body><main><cognito-user-pool><cognito-sign-in></cognito-sign-in></cognito-user-pool></main>
    <script src="/e2e-page.js"></script><script type="module" src="/cdn/cognito-elements.js"></script></body></html>`,
});
const ctx = await setup({ serve: () => ({ routes: { '/sign-in-en.html': page('en'), '/sign-in-el.html': page('el') } }) });

/** The modules in the CDN files the page has fetched so far (locale files aside), by their source maps. */
async function fetchedModules(tab: Page): Promise<string[]> {
  const paths: string[] = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  const code = paths.filter((path) => path.startsWith('/cdn/') && path.endsWith('.js') && !path.startsWith('/cdn/locales/'));
  assert.ok(code.includes('/cdn/cognito-elements.js'), `the entry was fetched: ${paths.join(', ')}`);
  return code.flatMap((path) => modulesOf(path.slice(1)));
}

const modulesOf = (file: string): string[] =>
  (JSON.parse(readFileSync(join(DIST_DIR, `${file}.map`), 'utf8')) as { sources: string[] }).sources.map((source) =>
    source.replace(/^(\.\.\/)+/, ''),
  );

/** What only the other elements, or an identity pool, need. */
const ELSEWHERE = [
  /^src\/credentials\//,
  /^components\/user-pool\/credentials-link\.ts$/,
  /^src\/i18n\/en-[\w-]+\.ts$/,
  /^components\/(sign-up|confirm-sign-up|forgot-password|mfa-prompt|totp-setup|new-password|custom-challenge|authenticator|user-profile|change-password|mfa-settings|delete-account|sign-out|passkeys)\//,
];
const elsewhere = (modules: string[]) => modules.filter((module) => ELSEWHERE.some((pattern) => pattern.test(module)));

test('the CDN entry holds no identity-pool code, no account calls and no other element\'s English', () => {
  const modules = modulesOf('cdn/cognito-elements.js');
  assert.ok(modules.includes('components/sign-in/sign-in.ts') && modules.includes('src/i18n/en.ts'), 'the sign-in form and its English are in it');
  assert.deepEqual(elsewhere(modules), []);
  assert.ok(!modules.includes('src/auth/account-calls.ts'), 'the account calls come with the adapter');
});

for (const [lang, table] of [['en', english], ['el', el]] as const) {
  test(`<html lang="${lang}">: a password sign-in fetches none of the other elements' code; they bring their strings when they appear`, { timeout: 60_000 }, async () => {
    const username = `code-${lang}`;
    await confirmedUser(ctx.pool, username, 'Secret-pass-1');
    const tab = await ctx.openPage(`sign-in-${lang}.html`);
    try {
      await tab.waitForFunction((heading) => document.querySelector('cognito-sign-in h2')?.textContent?.trim() === heading, table['signIn.heading'], {
        timeout: 10_000,
      });
      assert.deepEqual(elsewhere(await fetchedModules(tab)), [], 'before the form is used');

      await submitForm(tab, 'cognito-sign-in', { username, password: 'Secret-pass-1' });
      await waitForEvent(tab, 'cognito-signed-in');
      assert.deepEqual(elsewhere(await fetchedModules(tab)), [], 'signed in, with no identity pool');

      // Elements that appear later bring their code and English (or the page's language).
      await tab.evaluate(() => {
        const provider = document.querySelector('cognito-user-pool')!;
        for (const tag of ['cognito-change-password', 'cognito-sign-out', 'cognito-totp-setup', 'cognito-sign-up', 'cognito-forgot-password']) {
          provider.append(document.createElement(tag));
        }
      });
      const shown = {
        'cognito-change-password h2': table['changePassword.heading'],
        'cognito-sign-out button': table['signOut.submit'],
        'cognito-totp-setup h2': table['totp.heading'],
        'cognito-sign-up h2': table['signUp.heading'],
        'cognito-sign-up .cognito-policy > span': table['policy.heading'],
        'cognito-forgot-password h2': table['forgotPassword.heading'],
      };
      await tab.waitForFunction(
        (expected) => Object.entries(expected).every(([selector, text]) => document.querySelector(selector)?.textContent?.trim() === text),
        shown,
        { timeout: 10_000 },
      ).catch(async (error: Error) => {
        const actual = await tab.evaluate((selectors) => selectors.map((s) => `${s}: ${document.querySelector(s)?.textContent?.trim()}`), Object.keys(shown));
        throw new Error(`${error.message}\n${actual.join('\n')}`);
      });
      const modules = await fetchedModules(tab);
      for (const module of ['src/i18n/en-account.ts', 'src/i18n/en-challenges.ts', 'src/i18n/en-registration.ts', 'src/i18n/en-password-policy.ts']) {
        assert.ok(modules.includes(module), `${module} came with its elements`);
      }
      assert.deepEqual(elsewhere(modules).filter((module) => /credentials/.test(module)), [], 'still no identity-pool code');
      assert.deepEqual(pageErrors(tab), []);
    } finally {
      await tab.close();
    }
  });

  test(`<html lang="${lang}">: an authenticator added to a sign-in page shows its links`, { timeout: 30_000 }, async () => {
    const tab = await ctx.openPage(`sign-in-${lang}.html`);
    try {
      await tab.waitForFunction((heading) => document.querySelector('cognito-sign-in h2')?.textContent?.trim() === heading, table['signIn.heading'], {
        timeout: 10_000,
      });
      await tab.evaluate(() => document.querySelector('cognito-user-pool')!.append(document.createElement('cognito-authenticator')));
      const links = [table['authenticator.forgotPassword'] ?? '', table['authenticator.signUp'] ?? ''];
      await tab.waitForFunction(
        (expected) => {
          const texts = [...document.querySelectorAll('cognito-authenticator .cognito-links button')].map((b) => b.textContent?.trim() ?? '');
          return expected.every((text) => texts.includes(text));
        },
        links,
        { timeout: 10_000 },
      );
      assert.deepEqual(pageErrors(tab), []);
    } finally {
      await tab.close();
    }
  });
}

test('a provider with an identity pool fetches the credentials code, and only then', { timeout: 30_000 }, async () => {
  const tab = await ctx.openPage('sign-in-en.html', { identityPoolId: ctx.pool.identityPoolId });
  try {
    await tab.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/cdn/chunks/credentials')), undefined, {
      timeout: 10_000,
    });
    assert.ok((await fetchedModules(tab)).includes('src/credentials/identity-client.ts'));
  } finally {
    await tab.close();
  }
});
