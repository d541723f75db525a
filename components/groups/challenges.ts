// The sign-in challenges, one chunk: they appear together (the authenticator walks through them).
export { CognitoMfaPrompt } from '../mfa-prompt/mfa-prompt.js';
export { CognitoTotpSetup } from '../totp-setup/totp-setup.js';
export { CognitoNewPassword } from '../new-password/new-password.js';
export { CognitoCustomChallenge } from '../custom-challenge/custom-challenge.js';
