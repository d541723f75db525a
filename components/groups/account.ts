// The signed-in user's self-service elements, one chunk: an account page shows them together.
export { CognitoUserProfile } from '../user-profile/user-profile.js';
export { CognitoChangePassword } from '../change-password/change-password.js';
export { CognitoMfaSettings } from '../mfa-settings/mfa-settings.js';
export { CognitoDeleteAccount } from '../delete-account/delete-account.js';
export { CognitoSignOut } from '../sign-out/sign-out.js';
