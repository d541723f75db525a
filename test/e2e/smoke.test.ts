import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageErrors, setup } from './harness.js';

const ctx = await setup();

test('flows.html loads the CDN bundle, which defines every element on the page', { timeout: 30_000 }, async () => {
  const page = await ctx.openPage('flows.html');

  const provider = page.locator('cognito-user-pool');
  assert.equal(await provider.getAttribute('user-pool-id'), ctx.pool.userPoolId, 'query string copied onto the provider');
  assert.equal(await provider.getAttribute('client-id'), ctx.pool.clientId);
  assert.equal(await provider.getAttribute('endpoint'), ctx.pool.endpoint);

  // Each tag's module loads when the tag appears (lazy elements): wait for them, then look.
  const undefinedTags = () =>
    page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))]
        .filter((tag) => tag.startsWith('cognito-'))
        .filter((tag) => !customElements.get(tag)),
    );
  await page
    .waitForFunction(() => ![...document.querySelectorAll(':not(:defined)')].some((el) => el.localName.startsWith('cognito-')), undefined, { timeout: 10_000 })
    .catch(() => {}); // the assertion below names the tags
  assert.deepEqual(await undefinedTags(), [], 'every cognito-* tag on the page is defined');
  assert.deepEqual(pageErrors(page), []);
  await page.close();
});
