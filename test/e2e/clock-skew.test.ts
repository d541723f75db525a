/**
 * A page whose clock is two hours fast or slow, against the dev pool with 6-second tokens: the
 * session refreshes about once per token lifetime (no storm), and getTokens() never hands out a
 * token that has expired on the server's clock.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setup, waitForEvent } from './harness.js';
import { confirmedUser, submitForm } from './arrange.js';

const LIFETIME_S = 6;
const ctx = await setup({ config: { UserPoolClients: [{ ClientId: 'devpoolclient', DevTokenValiditySeconds: LIFETIME_S }] } });
const PASSWORD = 'Correct-Horse-7';
await confirmedUser(ctx.pool, 'sam', PASSWORD);

/** The page's Date (and Date.now) run `offset` ms off; its timers do not. (Plain source: tsx must not wrap it.) */
const skewClock = (page: Page, offset: number) =>
  page.addInitScript({
    content: `(() => {
      const Real = Date;
      class Skewed extends Real {
        constructor(...args) { if (args.length === 0) super(Real.now() + ${offset}); else super(...args); }
        static now() { return Real.now() + ${offset}; }
      }
      window.Date = Skewed;
    })();`,
  });

const HOUR = 3_600_000;
for (const [label, offset] of [['2 h fast', 2 * HOUR], ['2 h slow', -2 * HOUR]] as const) {
  test(`page clock ${label}: a refresh per token lifetime, and never an expired token`, { timeout: 60_000 }, async () => {
    const page = await ctx.openPage('flows.html');
    await skewClock(page, offset);
    await page.reload();
    assert.ok(Math.abs((await page.evaluate(() => Date.now())) - Date.now() - offset) < 5_000, 'the page clock is skewed');
    let refreshes = 0;
    page.on('request', (request) => void (request.postData()?.includes('REFRESH_TOKEN_AUTH') && refreshes++));
    await submitForm(page, '#sign-in', { username: 'sam', password: PASSWORD });
    await waitForEvent(page, 'cognito-signed-in');
    const window = 3 * LIFETIME_S * 1000;
    for (const end = Date.now() + window; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
      const exp = await page.evaluate(async () => {
        const pool = document.querySelector('cognito-user-pool') as unknown as { getTokens(): Promise<{ accessToken: string } | null> };
        const token = (await pool.getTokens())?.accessToken ?? '';
        return (JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number }).exp;
      });
      assert.ok(exp * 1000 > Date.now(), `getTokens() handed out a token that expired ${Date.now() - exp * 1000} ms ago`);
    }
    // 18 s of 6-second tokens: a refresh every 5 s or so, never a storm.
    assert.ok(refreshes >= 2 && refreshes <= 4, `${refreshes} refreshes in ${window / 1000} s`);
    await page.close();
  });
}
