import type { CodeDelivery, MfaPreference, UserProfile } from './types.js';

type Call = <T = Record<string, unknown>>(op: string, params: object) => Promise<T>;

/** The signed-in user's own calls (each takes the access token), as plain JSON requests. */
export function accountCalls(call: Call) {
  return {
    async getUser(AccessToken: string): Promise<UserProfile> {
      const data = await call<{
        Username: string;
        UserAttributes?: Array<{ Name: string; Value: string }>;
        UserMFASettingList?: string[];
        PreferredMfaSetting?: string;
      }>('GetUser', { AccessToken });
      return {
        username: data.Username,
        attributes: Object.fromEntries((data.UserAttributes ?? []).map((a) => [a.Name, a.Value])),
        mfa: { enabled: data.UserMFASettingList ?? [], preferred: data.PreferredMfaSetting },
      };
    },
    async updateAttributes(AccessToken: string, attributes: Record<string, string>): Promise<CodeDelivery[]> {
      const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
      const data = await call<{ CodeDeliveryDetailsList?: CodeDelivery[] }>('UpdateUserAttributes', { AccessToken, UserAttributes });
      return data.CodeDeliveryDetailsList ?? [];
    },
    async deleteAttributes(AccessToken: string, names: string[]): Promise<void> {
      await call('DeleteUserAttributes', { AccessToken, UserAttributeNames: names });
    },
    async sendAttributeCode(AccessToken: string, AttributeName: string): Promise<CodeDelivery | undefined> {
      const data = await call<{ CodeDeliveryDetails?: CodeDelivery }>('GetUserAttributeVerificationCode', { AccessToken, AttributeName });
      return data.CodeDeliveryDetails;
    },
    async verifyAttribute(AccessToken: string, AttributeName: string, Code: string): Promise<void> {
      await call('VerifyUserAttribute', { AccessToken, AttributeName, Code });
    },
    async changePassword(AccessToken: string, PreviousPassword: string, ProposedPassword: string): Promise<void> {
      await call('ChangePassword', { AccessToken, PreviousPassword, ProposedPassword });
    },
    async setMfaPreference(AccessToken: string, preference: MfaPreference): Promise<void> {
      const settings = (type: keyof MfaPreference) =>
        preference[type] && { Enabled: preference[type]!.enabled, PreferredMfa: preference[type]!.preferred };
      await call('SetUserMFAPreference', {
        AccessToken,
        SMSMfaSettings: settings('sms'),
        SoftwareTokenMfaSettings: settings('totp'),
        EmailMfaSettings: settings('email'),
      });
    },
    async deleteUser(AccessToken: string): Promise<void> {
      await call('DeleteUser', { AccessToken });
    },
  };
}

export type AccountCalls = ReturnType<typeof accountCalls>;
