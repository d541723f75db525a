/**
 * English for the password policy shown under every new-password field (sign-up, password reset,
 * a new password at sign-in, change password): components/base/password-policy.ts adds it
 * (addEnglish) when it loads.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enPasswordPolicy = {
  'policy.heading': 'The new password needs:',
  'policy.length': '{count, plural, one {At least # character} other {At least # characters}}',
  'policy.uppercase': 'An upper-case letter',
  'policy.lowercase': 'A lower-case letter',
  'policy.numbers': 'A number',
  'policy.symbols': 'A symbol, such as ! @ # $ %',
  'policy.met': 'Done:',
  'policy.unmet': 'Still needed:',
} as const;
