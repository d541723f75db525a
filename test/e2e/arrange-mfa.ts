/** Arranging users for the challenge tests, over the dev pool's admin operations. */
import type { Page } from 'playwright-core';
import { cognito, submitForm } from './arrange.js';
import type { DevPool } from './harness.js';

/** The pool configuration of a challenge test: MFA off unless given, plus `extra` top-level sections. */
export const poolConfig = (userPool: object = {}, extra: object = {}) => ({
  UserPool: { Id: 'us-east-1_Challenge1', ...userPool },
  ...extra,
});

export type MfaSetting = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
const MEMBERS: Record<MfaSetting, string> = {
  SMS_MFA: 'SMSMfaSettings',
  SOFTWARE_TOKEN_MFA: 'SoftwareTokenMfaSettings',
  EMAIL_OTP: 'EmailMfaSettings',
};

/**
 * A confirmed user with a verified e-mail and phone number (`+1555` + a number), a permanent
 * password, and the given MFA types turned on (`preferred`: the one Cognito asks for first).
 */
export async function mfaUser(
  pool: DevPool,
  username: string,
  password: string,
  { enabled = [], preferred }: { enabled?: MfaSetting[]; preferred?: MfaSetting } = {},
): Promise<{ email: string; phone: string }> {
  const email = `${username}@example.com`;
  const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  await cognito(pool, 'AdminCreateUser', {
    UserPoolId: pool.userPoolId,
    Username: username,
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'phone_number', Value: phone },
      { Name: 'phone_number_verified', Value: 'true' },
    ],
  });
  await cognito(pool, 'AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true });
  if (enabled.length > 0) {
    const settings = Object.fromEntries(
      enabled.map((type) => [MEMBERS[type], { Enabled: true, PreferredMfa: type === preferred }]),
    );
    await cognito(pool, 'AdminSetUserMFAPreference', { UserPoolId: pool.userPoolId, Username: username, ...settings });
  }
  return { email, phone };
}

/** Signs in with the page's `<cognito-sign-in>`. */
export const signIn = (page: Page, username: string, password: string) => submitForm(page, '#sign-in', { username, password });

/** The visible forms on the page, by the id of their section (which element shows a form now). */
export const formsShown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('section')].filter((s) => s.querySelector('form')).map((s) => s.id));

/** Where focus is: the section id, and the focused element's tag and name. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { section: el?.closest('section')?.id, tag: el?.localName, name: el?.getAttribute('name') ?? undefined };
  });
