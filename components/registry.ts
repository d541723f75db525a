import { CognitoUserPool } from './user-pool/user-pool.js';
import { CognitoSignUp } from './sign-up/sign-up.js';
import { CognitoConfirmSignUp } from './confirm-sign-up/confirm-sign-up.js';
import { CognitoSignIn } from './sign-in/sign-in.js';
import { CognitoForgotPassword } from './forgot-password/forgot-password.js';
import { CognitoSignOut } from './sign-out/sign-out.js';

/** Tag → class. The provider comes first so that it upgrades before the elements inside it. */
export const elements = {
  'cognito-user-pool': CognitoUserPool,
  'cognito-sign-up': CognitoSignUp,
  'cognito-confirm-sign-up': CognitoConfirmSignUp,
  'cognito-sign-in': CognitoSignIn,
  'cognito-forgot-password': CognitoForgotPassword,
  'cognito-sign-out': CognitoSignOut,
} as const;

declare global {
  interface HTMLElementTagNameMap {
    'cognito-user-pool': CognitoUserPool;
    'cognito-sign-up': CognitoSignUp;
    'cognito-confirm-sign-up': CognitoConfirmSignUp;
    'cognito-sign-in': CognitoSignIn;
    'cognito-forgot-password': CognitoForgotPassword;
    'cognito-sign-out': CognitoSignOut;
  }
}
