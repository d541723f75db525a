import { CognitoUserPool } from './user-pool/user-pool.js';
import { CognitoSignUp } from './sign-up/sign-up.js';
import { CognitoConfirmSignUp } from './confirm-sign-up/confirm-sign-up.js';
import { CognitoSignIn } from './sign-in/sign-in.js';
import { CognitoMfaPrompt } from './mfa-prompt/mfa-prompt.js';
import { CognitoTotpSetup } from './totp-setup/totp-setup.js';
import { CognitoNewPassword } from './new-password/new-password.js';
import { CognitoCustomChallenge } from './custom-challenge/custom-challenge.js';
import { CognitoForgotPassword } from './forgot-password/forgot-password.js';
import { CognitoSignOut } from './sign-out/sign-out.js';
import { CognitoUserProfile } from './user-profile/user-profile.js';
import { CognitoChangePassword } from './change-password/change-password.js';
import { CognitoMfaSettings } from './mfa-settings/mfa-settings.js';
import { CognitoDeleteAccount } from './delete-account/delete-account.js';
import { CognitoPasskeys } from './passkeys/passkeys.js';
import { CognitoAuthenticator } from './authenticator/authenticator.js';

/** Tag → class. The provider comes first so that it upgrades before the elements inside it. */
export const elements = {
  'cognito-user-pool': CognitoUserPool,
  'cognito-sign-up': CognitoSignUp,
  'cognito-confirm-sign-up': CognitoConfirmSignUp,
  'cognito-sign-in': CognitoSignIn,
  'cognito-mfa-prompt': CognitoMfaPrompt,
  'cognito-totp-setup': CognitoTotpSetup,
  'cognito-new-password': CognitoNewPassword,
  'cognito-custom-challenge': CognitoCustomChallenge,
  'cognito-forgot-password': CognitoForgotPassword,
  'cognito-sign-out': CognitoSignOut,
  'cognito-user-profile': CognitoUserProfile,
  'cognito-change-password': CognitoChangePassword,
  'cognito-mfa-settings': CognitoMfaSettings,
  'cognito-delete-account': CognitoDeleteAccount,
  'cognito-passkeys': CognitoPasskeys,
  'cognito-authenticator': CognitoAuthenticator,
} as const;

declare global {
  interface HTMLElementTagNameMap {
    'cognito-user-pool': CognitoUserPool;
    'cognito-sign-up': CognitoSignUp;
    'cognito-confirm-sign-up': CognitoConfirmSignUp;
    'cognito-sign-in': CognitoSignIn;
    'cognito-mfa-prompt': CognitoMfaPrompt;
    'cognito-totp-setup': CognitoTotpSetup;
    'cognito-new-password': CognitoNewPassword;
    'cognito-custom-challenge': CognitoCustomChallenge;
    'cognito-forgot-password': CognitoForgotPassword;
    'cognito-sign-out': CognitoSignOut;
    'cognito-user-profile': CognitoUserProfile;
    'cognito-change-password': CognitoChangePassword;
    'cognito-mfa-settings': CognitoMfaSettings;
    'cognito-delete-account': CognitoDeleteAccount;
    'cognito-passkeys': CognitoPasskeys;
    'cognito-authenticator': CognitoAuthenticator;
  }
}
