/** Arranging state in the dev pool directly over its protocol, as a test's "given". */
import type { Page } from 'playwright-core';
import type { DevPool } from './harness.js';
import { assertFitsModel } from '../shared/api-model.js';

export async function cognito(pool: DevPool, op: string, body: object): Promise<Record<string, unknown>> {
  // Raw calls fit Cognito's official model too: a test must not share a mistake with the pool.
  assertFitsModel(`AWSCognitoIdentityProviderService.${op}`, body);
  const res = await fetch(pool.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${op}` },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${op}: ${String(data.__type)} ${String(data.message)}`);
  return data;
}

/** A user confirmed with the e-mailed code (so the e-mail is verified), ready to sign in. */
export async function confirmedUser(pool: DevPool, username: string, password: string): Promise<void> {
  await cognito(pool, 'SignUp', {
    ClientId: pool.clientId,
    Username: username,
    Password: password,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
  });
  const sent = pool.inbox().filter((m) => m.username === username && m.kind === 'CONFIRM_SIGN_UP');
  await cognito(pool, 'ConfirmSignUp', { ClientId: pool.clientId, Username: username, ConfirmationCode: sent.at(-1)?.code });
}

/** Fills the named inputs of the form inside `scope` (a CSS selector) and submits it. */
export async function submitForm(page: Page, scope: string, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await page.fill(`${scope} form [name="${name}"]:not([hidden])`, value);
  await page.click(`${scope} form button[type=submit]`);
}

export const alertText = (page: Page, scope: string) => page.locator(`${scope} [role=alert]`).innerText();
export const fieldError = (page: Page, scope: string, name: string) =>
  page.locator(`${scope} [name="${name}"]:not([hidden])`).evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const error = ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'));
    return { invalid: input.getAttribute('aria-invalid'), message: error?.textContent?.trim() ?? '' };
  });
