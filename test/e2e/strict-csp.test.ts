/**
 * Every element under a strict Content Security Policy with Trusted Types: a whole journey
 * (sign-up → confirm → sign-in → profile → password → MFA with its QR code → sign-out → sign-in)
 * on a page served with the policy README.md shows, and not one violation; then the single-file
 * build pinned with Subresource Integrity under the same policy.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST_DIR, PAGES_DIR, pageErrors, setup, waitForEvent } from './harness.js';
import { submitForm } from './arrange.js';

const PAGE = readFileSync(join(PAGES_DIR, 'strict-csp.html'), 'utf8');
const BUNDLE = readFileSync(join(DIST_DIR, 'cdn/cognito-elements.bundle.js'));
const INTEGRITY = `sha384-${createHash('sha384').update(BUNDLE).digest('base64')}`;
/** The page with the single file instead of the CDN entry, pinned by `integrity`. */
const pinned = (integrity: string) =>
  PAGE.replace(
    '<script type="module" src="/cdn/cognito-elements.js"></script>',
    `<script type="module" src="/cdn/cognito-elements.bundle.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  );

/** The policy of README.md ("Strict Content Security Policy"), with the dev pool as the Cognito endpoint. */
const policy = (endpoint: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${new URL(endpoint).origin}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

const ctx = await setup({
  serve: (pool) => ({
    routes: {
      '/strict-csp-sri.html': { type: 'text/html; charset=utf-8', body: pinned(INTEGRITY) },
      '/strict-csp-tampered.html': { type: 'text/html; charset=utf-8', body: pinned(`sha384-${'A'.repeat(64)}`) },
    },
    headers: (pathname) => (pathname.startsWith('/strict-csp') ? { 'content-security-policy': policy(pool.endpoint) } : undefined),
  }),
});
const PASSWORD = 'Correct-Horse-7';
const NEW_PASSWORD = 'Battery-Staple-8';

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations);

/** No violation event, and no console error at all (Chromium reports blocked styles and scripts there). */
async function assertClean(page: Page) {
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(pageErrors(page), []);
}

test('a whole journey under the strict policy, with no violation', { timeout: 90_000 }, async () => {
  const page = await ctx.openPage('strict-csp.html');
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.equal(header, policy(ctx.pool.endpoint), 'the page is served with the policy');
  await page.waitForSelector('cognito-authenticator form [name=username]');
  assert.equal(await page.$eval('cognito-authenticator', (el) => getComputedStyle(el).display), 'block', 'its styles apply');
  assert.equal(
    await page.$eval('cognito-authenticator form', (form) => getComputedStyle(form).display),
    'grid',
    'the shared stylesheet applies',
  );

  // Sign up, confirm: the authenticator signs in with the password given at sign-up.
  await page.click('cognito-authenticator button[name=sign-up]');
  await submitForm(page, 'cognito-sign-up', { username: 'cara', email: 'cara@example.com', new_password: PASSWORD });
  await waitForEvent(page, 'cognito-signed-up');
  await submitForm(page, 'cognito-confirm-sign-up', { code: await ctx.waitForCode('cara', 'CONFIRM_SIGN_UP') });
  await waitForEvent(page, 'cognito-signed-in');

  // The profile and the password.
  await page.waitForSelector('#user-profile form [name=name]');
  await submitForm(page, '#user-profile', { name: 'Cara Example' });
  await waitForEvent(page, 'cognito-attributes-updated');
  await submitForm(page, '#change-password', { password: PASSWORD, new_password: NEW_PASSWORD });
  await waitForEvent(page, 'cognito-password-changed');

  // Sign out, and in again with the new password.
  await page.click('#sign-out button[type=submit]');
  await waitForEvent(page, 'cognito-signed-out');
  await submitForm(page, 'cognito-sign-in', { username: 'cara', password: NEW_PASSWORD });
  await waitForEvent(page, 'cognito-signed-in', { count: 2 });

  // Two-step verification: the authenticator-app setup draws its QR code (inline SVG).
  await page.waitForSelector('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]');
  await page.check('#mfa-settings input[name=mfa][value=SOFTWARE_TOKEN_MFA]');
  await page.click('#mfa-settings button[type=submit]');
  const qr = page.locator('#mfa-settings svg.cognito-qr');
  await qr.waitFor();
  const box = await qr.boundingBox();
  assert.ok(box && box.width > 100, 'the QR code is drawn at its size');

  await assertClean(page);

  // The watch works, and the policy is enforced: an inline style is refused and reported.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0);
  assert.deepEqual((await violations(page)).map((v) => (v as { directive: string }).directive), ['style-src-elem']);
  await page.close();
});

test('the single file, pinned with integrity, works under the same policy; a wrong hash loads nothing', { timeout: 60_000 }, async () => {
  const page = await ctx.openPage('strict-csp-sri.html');
  await submitForm(page, 'cognito-sign-in', { username: 'cara', password: NEW_PASSWORD });
  await waitForEvent(page, 'cognito-signed-in');
  await page.waitForSelector('#user-profile form [name=name]');
  await assertClean(page);
  await page.close();

  const tampered = await ctx.openPage('strict-csp-tampered.html');
  await tampered.waitForTimeout(500);
  assert.equal(await tampered.evaluate(() => customElements.get('cognito-sign-in')), undefined);
  assert.ok(pageErrors(tampered).some((error) => /integrity/i.test(error)), 'the browser says why');
  await tampered.close();
});
