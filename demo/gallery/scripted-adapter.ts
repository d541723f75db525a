/**
 * The gallery's stand-in for Cognito: every call succeeds with a plausible, fixed answer (the
 * same TOTP secret, masked destinations and profile on every run, so screenshots are stable),
 * except the calls a state scripts to fail. No network, no SDK: the elements and the auth
 * service are the real ones.
 */
import type { CognitoAdapter } from '../../src/auth/adapter.js';
import type { AccountCalls } from '../../src/auth/account-calls.js';
import type { CodeDelivery, SignInStep, Tokens, UserProfile } from '../../src/auth/types.js';
import { scriptedUserAuth, type CognitoScript } from './scripted-cognito.js';

export const EMAIL: CodeDelivery = { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' };

const tokens = (): Tokens => {
  const issuedAt = Date.now();
  return { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', issuedAt, expiresAt: issuedAt + 3_600_000 };
};

const profile = (): UserProfile => ({
  username: 'ana',
  attributes: { sub: 'sub-1', name: 'Ana Lima', email: 'ana@example.com', email_verified: 'true', phone_number: '+14155550123', phone_number_verified: 'false' },
  mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' },
});

/** A rejection as the SDK gives it: Cognito's code on a plain object. */
export const failure = (code: string) => Promise.reject({ code, name: code, message: code });

type Methods = Omit<CognitoAdapter, 'account'>;

export interface Script {
  /** Calls answered otherwise than the defaults (e.g. `signIn: () => failure('NetworkError')`). */
  calls?: Partial<Methods>;
  /** Signed in as `ana` from the start. */
  signedIn?: boolean;
  /** The sign-in that is under way stops at this challenge. */
  challenge?: Extract<SignInStep, { kind: 'challenge' }>;
  /** Choice-based sign-in (`auth-flow="USER_AUTH"`) instead of SRP. */
  userAuth?: boolean;
  /** Cognito's API answers for USER_AUTH and passkeys (scripted-cognito.ts). */
  cognito?: CognitoScript;
}

export function scriptedAdapter(script: Script): CognitoAdapter {
  const done = async (): Promise<SignInStep> => ({ kind: 'done', username: 'ana', tokens: tokens() });
  const defaults: Methods = {
    signUp: async (input) => ({ username: input.username, userConfirmed: false, userSub: 'sub-1', codeDelivery: EMAIL }),
    confirmSignUp: async () => {},
    resendSignUpCode: async () => EMAIL,
    signIn: async () => script.challenge ?? done(),
    verifyPassword: async () => {},
    answerChallenge: done,
    associateSoftwareToken: async () => 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    verifySoftwareToken: async () => {},
    rememberDevice: async () => {},
    forgotPassword: async () => EMAIL,
    confirmForgotPassword: async () => {},
    restoreSession: async () => (script.signedIn ? { username: 'ana', tokens: tokens() } : null),
    refreshSession: async () => tokens(),
    revokeSession: async () => {},
    clearLocalSession: () => {},
  };
  const account: AccountCalls = {
    getUser: async () => profile(),
    updateAttributes: async () => [EMAIL],
    deleteAttributes: async () => {},
    sendAttributeCode: async () => EMAIL,
    verifyAttribute: async () => {},
    changePassword: async () => {},
    setMfaPreference: async () => {},
    deleteUser: async () => {},
  };
  return { ...defaults, ...script.calls, account, userAuth: async () => scriptedUserAuth(script.cognito ?? {}) };
}
