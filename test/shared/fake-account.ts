/**
 * The FakeAdapter's `account` calls (each given the access token): recorded and answered like
 * the adapter's other methods, whose default answers read and change one user profile as
 * Cognito would (a changed e-mail or phone is unverified and gets a code, and so on).
 */
import type { AccountCalls } from '../../src/auth/account-calls.js';
import type { CodeDelivery, MfaPreference, UserProfile } from '../../src/auth/types.js';

export type AccountMethod = keyof AccountCalls;
type Answer = <M extends AccountMethod>(
  method: M,
  args: unknown[],
  fallback: () => Awaited<ReturnType<AccountCalls[M]>>,
) => Promise<Awaited<ReturnType<AccountCalls[M]>>>;

export const SMS_DELIVERY: CodeDelivery = { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
const EMAIL: CodeDelivery = { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' };
const deliveryTo = (name: string) => (name === 'phone_number' ? SMS_DELIVERY : EMAIL);
const isContact = (name: string) => name === 'email' || name === 'phone_number';

/** Ana, with a verified e-mail address, a name, and no MFA. */
export function defaultProfile(username = 'ana'): UserProfile {
  return {
    username,
    attributes: { sub: 'sub-1', name: 'Ana Lima', email: 'ana@example.com', email_verified: 'true' },
    mfa: { enabled: [] },
  };
}

const MFA_TYPES: Record<keyof MfaPreference, string> = { sms: 'SMS_MFA', totp: 'SOFTWARE_TOKEN_MFA', email: 'EMAIL_OTP' };

function applyPreference(profile: UserProfile, preference: MfaPreference) {
  for (const [key, setting] of Object.entries(preference) as Array<[keyof MfaPreference, { enabled: boolean; preferred: boolean }]>) {
    const type = MFA_TYPES[key];
    const others = profile.mfa.enabled.filter((t) => t !== type);
    profile.mfa.enabled = setting.enabled ? [...others, type] : others;
    if (setting.preferred) profile.mfa.preferred = type;
    else if (profile.mfa.preferred === type) profile.mfa.preferred = undefined;
  }
}

export function fakeAccount(answer: Answer, user: { profile: UserProfile }): AccountCalls {
  const attributes = () => user.profile.attributes;
  return {
    getUser: (token) => answer('getUser', [token], () => structuredClone(user.profile)),
    updateAttributes: (token, changes) =>
      answer('updateAttributes', [token, changes], () => {
        const sent: CodeDelivery[] = [];
        for (const [name, value] of Object.entries(changes)) {
          attributes()[name] = value;
          if (!isContact(name)) continue;
          attributes()[`${name}_verified`] = 'false';
          sent.push(deliveryTo(name));
        }
        return sent;
      }),
    deleteAttributes: (token, names) =>
      answer('deleteAttributes', [token, names], () => {
        for (const name of names) delete attributes()[name], delete attributes()[`${name}_verified`];
      }),
    sendAttributeCode: (token, name) => answer('sendAttributeCode', [token, name], () => deliveryTo(name)),
    verifyAttribute: (token, name, code) =>
      answer('verifyAttribute', [token, name, code], () => void (attributes()[`${name}_verified`] = 'true')),
    changePassword: (token, previous, proposed) => answer('changePassword', [token, previous, proposed], () => undefined),
    setMfaPreference: (token, preference) =>
      answer('setMfaPreference', [token, preference], () => applyPreference(user.profile, preference)),
    deleteUser: (token) => answer('deleteUser', [token], () => undefined),
  };
}
