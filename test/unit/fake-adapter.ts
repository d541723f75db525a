import type { CognitoAdapter } from '../../src/auth/adapter.js';
import type { Tokens } from '../../src/auth/types.js';

export function tokens(issuedAt: number, lifetimeMs = 3_600_000, tag = 'a'): Tokens {
  return {
    idToken: `id-${tag}`,
    accessToken: `access-${tag}`,
    refreshToken: 'refresh',
    issuedAt,
    expiresAt: issuedAt + lifetimeMs,
    session: {} as Tokens['session'],
  };
}

export const cognitoError = (code: string, message = code) => Object.assign(new Error(message), { code, name: code });

type Calls = Array<[string, ...unknown[]]>;

/** An adapter whose every method is a test-set function; every call is recorded. */
export function fakeAdapter(overrides: Partial<CognitoAdapter> = {}): CognitoAdapter & { calls: Calls } {
  const calls: Calls = [];
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected ${name}`));
  const { account, ...methods } = overrides;
  const base: Omit<CognitoAdapter, 'account'> = {
    signUp: unexpected('signUp'),
    confirmSignUp: unexpected('confirmSignUp'),
    resendSignUpCode: unexpected('resendSignUpCode'),
    signIn: unexpected('signIn'),
    verifyPassword: unexpected('verifyPassword'),
    answerChallenge: unexpected('answerChallenge'),
    associateSoftwareToken: unexpected('associateSoftwareToken'),
    verifySoftwareToken: unexpected('verifySoftwareToken'),
    rememberDevice: unexpected('rememberDevice'),
    forgotPassword: unexpected('forgotPassword'),
    confirmForgotPassword: unexpected('confirmForgotPassword'),
    restoreSession: () => Promise.resolve(null),
    refreshSession: unexpected('refreshSession'),
    revokeSession: () => Promise.resolve(),
    clearLocalSession: () => {},
    ...methods,
  };
  const recorded = Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.push([name, ...args]);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as Omit<CognitoAdapter, 'account'>;
  // The account calls are not used by these tests unless given: any use is a failure.
  const noAccount = new Proxy({} as CognitoAdapter['account'], { get: (_, name) => unexpected(`account.${String(name)}`) });
  return Object.assign(recorded, { calls, account: account ?? noAccount });
}
