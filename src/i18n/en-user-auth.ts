/**
 * English for choice-based sign-in (USER_AUTH) and <cognito-passkeys>: kept out of en.ts so that
 * a password sign-in page does not download it; the code that shows these strings adds them
 * (addEnglish) when it loads. Every language table has these keys too, after en.ts's.
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
  // <cognito-passkeys>
  'passkeys.heading': 'Passkeys',
  'passkeys.none': "You don't have any passkeys yet.",
  'passkeys.add': 'Add a passkey',
  'passkeys.delete': 'Delete',
  'passkeys.deleteLabel': 'Delete the passkey {name}',
  'passkeys.confirmDelete': "Delete the passkey {name}? You won't be able to sign in with it any more.",
  'passkeys.confirm': 'Delete passkey',
  'passkeys.added': 'Passkey added.',
  'passkeys.deleted': 'Passkey deleted.',
  'passkeys.unavailable': "This browser can't create or use passkeys. You can still delete the ones you have.",
  'passkeys.unnamed': 'Passkey',
  'passkeys.created': 'Added {date}',
  'passkeys.platform': 'On this device',
  'passkeys.crossPlatform': 'Security key or another device',
} as const;
