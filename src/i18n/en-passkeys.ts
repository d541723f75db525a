/**
 * English for <cognito-passkeys>, which adds it (addEnglish) when it loads.
 * Every language table has these keys too, after en.ts's (en.ts, MessageKey, gives the order).
 */
export const enPasskeys = {
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
