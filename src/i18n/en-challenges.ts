/**
 * English for the sign-in challenges (<cognito-mfa-prompt>, <cognito-totp-setup>,
 * <cognito-new-password>, <cognito-custom-challenge> and their challenge controller): each of them
 * adds it (addEnglish) when it loads.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enChallenges = {
  'challenge.startAgain': 'Start again',
  'challenge.failed': "That didn't work. Start signing in again.",
  'mfa.heading': "Verify it's you",
  'mfa.hint.SOFTWARE_TOKEN_MFA': 'Enter the code your authenticator app shows.',
  'mfa.rememberDevice': 'Remember this device',
  'mfa.select.heading': "Choose how to verify it's you",
  'mfa.select.legend': 'Get a code by',
  'mfa.select.submit': 'Continue',
  'totp.heading': 'Set up an authenticator app',
  'totp.intro': 'Add a second step to signing in: a code from an authenticator app on your phone.',
  'totp.start': 'Set up authenticator app',
  'totp.scan': 'Scan this QR code with your authenticator app, then enter the code it shows.',
  'totp.qr': 'QR code for your authenticator app',
  'totp.secret': "Can't scan it? Enter this key in the app instead:",
  'totp.copy': 'Copy key',
  'totp.copied': 'The key is copied.',
  'totp.copyFailed': "Couldn't copy the key. Select it and copy it yourself.",
  'totp.deviceName': 'Device name (optional)',
  'totp.hint.deviceName': 'A name to tell this authenticator apart, e.g. Work phone.',
  'totp.submit': 'Verify',
  'totp.done': 'Your authenticator app is set up.',
  'newPassword.heading': 'Choose a new password',
  'newPassword.intro': 'Your account has a temporary password. Choose a new one to continue.',
  'newPassword.submit': 'Continue',
  'customChallenge.heading': "Verify it's you",
  'customChallenge.prompt': 'Answer to continue signing in.',
  'customChallenge.answer': 'Answer',
  'customChallenge.submit': 'Continue',
  'customChallenge.wrong': 'That answer is not right. Try again.',
} as const;
