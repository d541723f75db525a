/**
 * English for <cognito-authenticator>: the links between its steps. It adds it (addEnglish)
 * when it loads.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enAuthenticator = {
  'authenticator.signUp': 'Create an account',
  'authenticator.forgotPassword': 'Forgot your password?',
  'authenticator.signIn': 'Back to sign in',
} as const;
