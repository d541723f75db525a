import type { MessageKey } from '../i18n/en.js';

/**
 * Every request the library makes, by the name `cognito-error` reports in `operation` (and an
 * AuthError carries): closed, so a misspelt label fails to compile.
 */
export type Operation =
  // sign-up and sign-in
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'signIn'
  | 'respondToChallenge'
  | 'associateSoftwareToken'
  | 'verifySoftwareToken'
  | 'rememberDevice'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  // USER_AUTH: a passkey ceremony and its answer (a refusal reads "the passkey didn't work")
  | 'passkeySignIn'
  // the session
  | 'restoreSession'
  | 'refreshSession'
  | 'signOut'
  | 'getCredentials'
  // the signed-in user's account
  | 'getUser'
  | 'updateAttributes'
  | 'deleteAttributes'
  | 'sendAttributeCode'
  | 'verifyAttribute'
  | 'changePassword'
  | 'verifyPassword'
  | 'setMfaPreference'
  | 'deleteUser'
  | 'listPasskeys'
  | 'addPasskey'
  | 'deletePasskey';

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
