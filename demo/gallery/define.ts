// Every element but the provider (which brings the SDK; the gallery's auth services come from
// gallery.ts instead), under its usual tag. A function, not a side effect: package.json's
// `sideEffects` would let the bundler drop a bare import of this file.
import { CognitoAuthenticator } from '../../components/authenticator/authenticator.js';
import { CognitoChangePassword } from '../../components/change-password/change-password.js';
import { CognitoConfirmSignUp } from '../../components/confirm-sign-up/confirm-sign-up.js';
import { CognitoCustomChallenge } from '../../components/custom-challenge/custom-challenge.js';
import { CognitoDeleteAccount } from '../../components/delete-account/delete-account.js';
import { CognitoForgotPassword } from '../../components/forgot-password/forgot-password.js';
import { CognitoMfaPrompt } from '../../components/mfa-prompt/mfa-prompt.js';
import { CognitoMfaSettings } from '../../components/mfa-settings/mfa-settings.js';
import { CognitoNewPassword } from '../../components/new-password/new-password.js';
import { CognitoPasskeys } from '../../components/passkeys/passkeys.js';
import { CognitoSignIn } from '../../components/sign-in/sign-in.js';
import { CognitoSignOut } from '../../components/sign-out/sign-out.js';
import { CognitoSignUp } from '../../components/sign-up/sign-up.js';
import { CognitoTotpSetup } from '../../components/totp-setup/totp-setup.js';
import { CognitoUserProfile } from '../../components/user-profile/user-profile.js';

const tags = {
  'cognito-authenticator': CognitoAuthenticator,
  'cognito-change-password': CognitoChangePassword,
  'cognito-confirm-sign-up': CognitoConfirmSignUp,
  'cognito-custom-challenge': CognitoCustomChallenge,
  'cognito-delete-account': CognitoDeleteAccount,
  'cognito-forgot-password': CognitoForgotPassword,
  'cognito-mfa-prompt': CognitoMfaPrompt,
  'cognito-mfa-settings': CognitoMfaSettings,
  'cognito-new-password': CognitoNewPassword,
  'cognito-passkeys': CognitoPasskeys,
  'cognito-sign-in': CognitoSignIn,
  'cognito-sign-out': CognitoSignOut,
  'cognito-sign-up': CognitoSignUp,
  'cognito-totp-setup': CognitoTotpSetup,
  'cognito-user-profile': CognitoUserProfile,
};
export function defineElements() {
  for (const [tag, element] of Object.entries(tags)) if (!customElements.get(tag)) customElements.define(tag, element);
}
