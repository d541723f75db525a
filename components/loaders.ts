import type { elements } from './registry.js';

type Tag = keyof typeof elements;

const challenges = () => import('./groups/challenges.js');
const account = () => import('./groups/account.js');
const registration = () => import('./groups/registration.js');

/**
 * Tag → its module, imported when the tag first appears on the page (components/autoload.ts).
 * A bundler (and the CDN build) makes each import a chunk. Elements that appear together share
 * one (groups/): every chunk costs a request and compresses apart from the rest. The provider
 * and the sign-in form come first and alone.
 */
export const loaders: { [T in Tag]: () => Promise<(typeof elements)[T]> } = {
  'cognito-user-pool': () => import('./user-pool/user-pool.js').then((m) => m.CognitoUserPool),
  'cognito-sign-in': () => import('./sign-in/sign-in.js').then((m) => m.CognitoSignIn),
  'cognito-authenticator': () => import('./authenticator/authenticator.js').then((m) => m.CognitoAuthenticator),
  'cognito-sign-up': () => registration().then((m) => m.CognitoSignUp),
  'cognito-confirm-sign-up': () => registration().then((m) => m.CognitoConfirmSignUp),
  'cognito-forgot-password': () => registration().then((m) => m.CognitoForgotPassword),
  'cognito-mfa-prompt': () => challenges().then((m) => m.CognitoMfaPrompt),
  'cognito-totp-setup': () => challenges().then((m) => m.CognitoTotpSetup),
  'cognito-new-password': () => challenges().then((m) => m.CognitoNewPassword),
  'cognito-custom-challenge': () => challenges().then((m) => m.CognitoCustomChallenge),
  'cognito-sign-out': () => account().then((m) => m.CognitoSignOut),
  'cognito-user-profile': () => account().then((m) => m.CognitoUserProfile),
  'cognito-change-password': () => account().then((m) => m.CognitoChangePassword),
  'cognito-mfa-settings': () => account().then((m) => m.CognitoMfaSettings),
  'cognito-delete-account': () => account().then((m) => m.CognitoDeleteAccount),
  // A chunk of its own: the account chunk stays as it was for pages without passkeys.
  'cognito-passkeys': () => import('./passkeys/passkeys.js').then((m) => m.CognitoPasskeys),
};

/**
 * Tags an element renders itself: defined before it, so that they upgrade as soon as it renders
 * them (its code may wait for their first update, as with define.js).
 */
export const nested: { [T in Tag]?: Tag[] } = {
  'cognito-authenticator': ['cognito-sign-in', 'cognito-sign-up', 'cognito-confirm-sign-up', 'cognito-forgot-password',
    'cognito-mfa-prompt', 'cognito-totp-setup', 'cognito-new-password', 'cognito-custom-challenge'],
  'cognito-mfa-settings': ['cognito-totp-setup'],
};
