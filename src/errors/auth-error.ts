import type { MessageKey } from '../i18n/en.js';

export type Operation =
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'signIn'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  | 'restoreSession'
  | 'refreshSession'
  | 'signOut'
  | (string & {});

/** A failure the elements can show: Cognito's code, the message key, and the field it concerns. */
export class AuthError extends Error {
  constructor(
    readonly code: string,
    readonly key: MessageKey,
    readonly operation: Operation,
    readonly field?: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AuthError';
  }
}
