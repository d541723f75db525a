import type { AccountCalls } from './account-calls.js';
import type { TokenStorage } from './storage.js';
import type { UserAuthClient } from './user-auth/client.js';
import type { AuthConfig, AuthFlow, ChallengeAnswer, CodeDelivery, SignInStep, SignUpInput, SignUpResult, Tokens } from './types.js';

/**
 * Everything the auth service needs from Cognito, as promises. The SDK-backed implementation
 * lives in sdk-adapter.ts; tests use a fake; a later adapter may speak Cognito's API directly.
 * Rejections carry Cognito's error `code` (or `NetworkError`).
 */
export interface CognitoAdapter {
  signUp(input: SignUpInput): Promise<SignUpResult>;
  confirmSignUp(username: string, code: string): Promise<void>;
  resendSignUpCode(username: string): Promise<CodeDelivery | undefined>;
  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInStep>;
  /**
   * Checks the password of the signed-in user by signing in aside: the stored session and the
   * sign-in in progress are left as they are. Resolves when the password is right (also when
   * Cognito answers with a challenge); rejects as a sign-in would otherwise.
   */
  verifyPassword(username: string, password: string, flow: AuthFlow): Promise<void>;
  /** Answers the challenge of the sign-in in progress. */
  answerChallenge(answer: ChallengeAnswer): Promise<SignInStep>;
  /**
   * Starts adding an authenticator app, during the MFA_SETUP challenge or for the signed-in
   * user; resolves to the shared secret (base32).
   */
  associateSoftwareToken(): Promise<string>;
  /** For the signed-in user: checks the first code of a new authenticator app. */
  verifySoftwareToken(code: string, deviceName?: string): Promise<void>;
  /** Marks this device as remembered, so that the pool may skip MFA on it next time. */
  rememberDevice(): Promise<void>;
  forgotPassword(username: string): Promise<CodeDelivery | undefined>;
  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void>;
  /** The stored session, refreshed when it has expired; null when there is none. */
  restoreSession(): Promise<{ username: string; tokens: Tokens } | null>;
  /**
   * The stored session as it is now, expired or not, read without any request (another tab
   * may have changed it). Adapters whose storage no other tab shares may leave it out.
   */
  storedSession?(): { username: string; tokens: Tokens } | null;
  refreshSession(): Promise<Tokens>;
  /** Revokes these tokens' refresh token (or every token, when global) on the server. */
  revokeSession(global: boolean, tokens: Tokens): Promise<void>;
  /** The signed-in user's own calls, each given the access token. */
  readonly account: AccountCalls;
  /** Forgets the session on this device only; never fails. */
  clearLocalSession(): void;
  /**
   * Where the adapter keeps the session (the SDK's storage keys): a sign-in it does not run
   * itself (USER_AUTH) stores its tokens there, so restore, refresh and the other tabs find them.
   */
  readonly storage?: TokenStorage;
  /**
   * The USER_AUTH client (choice-based sign-in, passwordless sign-up, passkeys), for adapters
   * that answer those calls themselves (tests, mock-backed pages); by default the service
   * speaks Cognito's API for them over fetch, into `storage`.
   */
  userAuth?(): Promise<UserAuthClient>;
  /** Aborts every request in flight; the adapter is not used again. */
  dispose?(): void;
}

/**
 * Makes the adapter a provider talks to Cognito through, from the provider's settings: the SDK
 * adapter by default; another adapter (Cognito's API spoken directly), or a fake for tests and
 * mock-backed pages, otherwise.
 */
export type AdapterFactory = (config: AuthConfig) => CognitoAdapter;
