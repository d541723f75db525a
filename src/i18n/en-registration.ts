/**
 * English for signing up and recovering a password (<cognito-sign-up>, <cognito-confirm-sign-up>,
 * <cognito-forgot-password>): each of them adds it (addEnglish) when it loads. The authenticator
 * shows confirmSignUp.done and forgotPassword.done after those steps, which loaded before it.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enRegistration = {
  'signUp.heading': 'Create an account',
  'signUp.submit': 'Create account',
  'signUp.codeSent': 'Your account was created. We sent a confirmation code to {destination}.',
  'signUp.codeSentAnywhere': 'Your account was created. Enter the code we sent you to confirm it.',
  'signUp.confirmed': 'Your account was created. You can sign in now.',
  'signUp.hint.email': 'Not needed if you entered your email address above.',
  'signUp.hint.phone_number': 'Not needed if you entered your phone number above.',
  'signUp.sameAsUsername.email': 'Leave this empty, or enter the same email address as above.',
  'signUp.sameAsUsername.phone_number': 'Leave this empty, or enter the same phone number as above.',
  'confirmSignUp.heading': 'Confirm your account',
  'confirmSignUp.submit': 'Confirm',
  'confirmSignUp.done': 'Your account is confirmed. You can sign in now.',
  'confirmSignUp.codeResent': 'If the account {username} still needs confirming, we sent a new code for it.',
  'forgotPassword.heading': 'Reset your password',
  'forgotPassword.request': 'Send code',
  'forgotPassword.submit': 'Set new password',
  'forgotPassword.codeSent': 'If an account exists for {username}, we sent a code to it.',
  'forgotPassword.done': 'Your password has been reset. You can sign in with the new one.',
} as const;
