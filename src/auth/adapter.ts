import type { AuthFlow, CodeDelivery, SignInStep, SignUpInput, SignUpResult, Tokens } from './types.js';

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
  forgotPassword(username: string): Promise<CodeDelivery | undefined>;
  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void>;
  /** The stored session, refreshed when it has expired; null when there is none. */
  restoreSession(): Promise<{ username: string; tokens: Tokens } | null>;
  refreshSession(): Promise<Tokens>;
  /** Revokes the refresh token (or every token, when global) on the server. */
  revokeSession(global: boolean): Promise<void>;
  /** Forgets the session on this device only; never fails. */
  clearLocalSession(): void;
}
