import type { enRegistration } from './en-registration.js';
import type { enChallenges } from './en-challenges.js';
import type { enAuthenticator } from './en-authenticator.js';
import type { enAccount } from './en-account.js';
import type { enPasswordPolicy } from './en-password-policy.js';
import type { enUserAuth } from './en-user-auth.js';
import type { enPasskeys } from './en-passkeys.js';

/**
 * English, the reference table: what the provider, the sign-in form and the code every form
 * shares need (field labels, validation, every error, since any form may show any Cognito error).
 * The other elements' strings are in the en-*.ts tables imported below (as types), in this order
 * after these keys; each element's module adds its table (addEnglish) when it loads, so a
 * password sign-in page does not download them. `{name}` placeholders are filled by localize().
 */
export const en = {
  // Field labels
  'field.username': 'Username',
  'field.password': 'Password',
  'field.new_password': 'New password',
  'field.code': 'Code',
  'field.email': 'Email',
  'field.phone_number': 'Phone number',
  /** A username field in a pool that signs in with an e-mail address or a phone number. */
  'field.email_or_phone': 'Email or phone number',
  'field.name': 'Name',
  'field.given_name': 'First name',
  'field.family_name': 'Last name',
  'field.middle_name': 'Middle name',
  'field.nickname': 'Nickname',
  'field.preferred_username': 'Preferred username',
  'field.birthdate': 'Date of birth',
  'field.gender': 'Gender',
  'field.locale': 'Locale',
  'field.zoneinfo': 'Time zone',
  'field.address': 'Address',
  'field.website': 'Website',
  'field.profile': 'Profile page',
  'field.picture': 'Picture URL',

  // Hints
  'hint.phone_number': 'International format, e.g. +1 415 555 0123',
  'hint.code': 'Check your {medium} at {destination}.',
  'hint.codeAnywhere': 'Enter the code we sent you.',
  'medium.EMAIL': 'email',
  'medium.SMS': 'text messages',

  // Sign-in, and the actions and states every form shares
  'signIn.heading': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.signedInAs': 'Signed in as {username}.',
  'signOut.localOnly': 'You are signed out on this device, but the server could not be reached to end the session.',
  'action.resend': 'Send the code again',
  'action.back': 'Back',
  'action.cancel': 'Cancel',
  'action.retry': 'Try again',
  'password.show': 'Show password',
  'password.hide': 'Hide password',
  'cooldown.wait': 'You can try again in {seconds, plural, one {# second} other {# seconds}}.',
  'cooldown.over': 'You can try again now.',
  'cooldown.submit': 'Try again in {seconds, plural, one {# second} other {# seconds}}',
  'state.busy': 'Please wait…',
  'state.codeResent': 'We sent a new code to {destination}.',
  'state.codeResentAnywhere': 'We sent a new code.',

  // Validation before any request
  'validation.required': 'Enter your {field}.',
  'validation.email': 'Enter an email address like name@example.com.',
  'validation.phone': 'Enter the number in international format, starting with + and the country code.',
  'validation.code': 'Enter the code: digits only.',

  // Errors by Cognito code (errors/codes.ts picks the key)
  'error.signInFailed': 'Incorrect username or password.',
  'error.userNotConfirmed': 'Your account is not confirmed yet. Enter the code we sent you.',
  'error.passwordResetRequired': 'You need to reset your password before you can sign in.',
  'error.usernameExists': 'An account with this username already exists.',
  'error.aliasExists': 'An account with this email or phone number already exists.',
  'error.invalidPassword': "This password doesn't meet the requirements.",
  'error.password.length': 'The password is too short.',
  'error.password.uppercase': 'The password needs an upper-case letter.',
  'error.password.lowercase': 'The password needs a lower-case letter.',
  'error.password.numeric': 'The password needs a number.',
  'error.password.symbol': 'The password needs a symbol.',
  'error.password.whitespace': 'The password cannot start or end with a space.',
  'error.password.history': 'Choose a password you have not used before.',
  'error.codeMismatch': 'That code is not right. Check it and try again.',
  'error.codeExpired': 'That code has expired. Send a new one.',
  'error.tooManyAttempts': 'Too many attempts. Wait a moment, then try again.',
  'error.sessionExpired': 'This sign-in took too long. Start again.',
  'error.codeWrongOrExpired': 'That code is not right or has expired. Check it, or send a new one.',
  'error.invalidParameter': 'Some of the details are not valid. Check them and try again.',
  'error.notSignedIn': 'You are not signed in.',
  'error.network': "Couldn't reach the sign-in service. Check your connection and try again.",
  'error.configuration': 'Sign-in is not set up correctly on this page ({code}).',
  'error.timeout': 'The sign-in service took too long to answer. Try again.',
  'error.serviceUnavailable': 'The sign-in service is having trouble right now. Try again in a moment.',
  'error.unknown': 'Something went wrong ({code}). Please try again.',

  // A code's submit button (a challenge, a USER_AUTH one-time code) and MFA types (the prompt
  // and the account's settings, which load apart)
  'mfa.submit': 'Verify',
  'mfa.type.SMS_MFA': 'Text message',
  'mfa.type.SOFTWARE_TOKEN_MFA': 'Authenticator app',
  'mfa.type.EMAIL_OTP': 'Email',

  // Shared by the account elements and <cognito-passkeys> (which load apart)
  'account.signInFirst': 'Sign in to manage your account.',
  'account.loading': 'Loading your account…',
  'error.currentPasswordWrong': 'Your current password is not right.',
  // Re-authentication before sensitive changes (profile contacts, turning MFA off)
  'reauth.label': 'Current password',
  // Passkeys (WebAuthn): why a ceremony gave no credential
  'error.passkey.cancelled': 'The passkey request was cancelled or timed out, or this device has no passkey for this site.',
  'error.passkey.exists': 'This device already has a passkey for your account.',
  'error.passkey.domain': "Passkeys can't be used at this page's address.",
  'error.passkey.unsupported': "This browser can't use passkeys.",
  'error.passkey.failed': "The passkey didn't work. Try again, or choose another way.",
} as const;

/** Every key: the core's (above) and those of the code that loads on demand (en-*.ts). */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enRegistration
  | keyof typeof enChallenges
  | keyof typeof enAuthenticator
  | keyof typeof enAccount
  | keyof typeof enPasswordPolicy
  | keyof typeof enUserAuth
  | keyof typeof enPasskeys;
export type Translation = Record<MessageKey, string>;
