// Signing up and recovering a password, one chunk: the forms linked from the sign-in form.
export { CognitoSignUp } from '../sign-up/sign-up.js';
export { CognitoConfirmSignUp } from '../confirm-sign-up/confirm-sign-up.js';
export { CognitoForgotPassword } from '../forgot-password/forgot-password.js';
