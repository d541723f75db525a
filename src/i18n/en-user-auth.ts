/**
 * English for choice-based sign-in (USER_AUTH): kept out of en.ts so that a password sign-in page
 * does not download it; the sign-in form's USER_AUTH view adds it (addEnglish) when it loads.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enUserAuth = {
  // Choice-based sign-in (USER_AUTH): the username first, then a first factor
  'userAuth.continue': 'Continue',
  'userAuth.chooseHeading': 'Choose how to sign in',
  'userAuth.factor.PASSWORD': 'Use my password',
  'userAuth.factor.EMAIL_OTP': 'Email me a code',
  'userAuth.factor.SMS_OTP': 'Text me a code',
  'userAuth.factor.WEB_AUTHN': 'Use a passkey',
  'userAuth.codeHeading': 'Enter your sign-in code',
  'userAuth.passkeyWaiting': "Use your passkey in your browser's prompt.",
  'userAuth.retryPasskey': 'Try the passkey again',
} as const;
