/**
 * Every challenge the pool knows, in the order they are due after the first factor:
 * NEW_PASSWORD_REQUIRED, then a remembered device (which stands in for MFA), then MFA
 * (setting it up, choosing a type, the code), then the custom steps of CUSTOM_AUTH.
 */
import type { Challenge } from './challenge.js';
import { customChallenge } from './custom-challenge.js';
import { devicePasswordVerifier } from './device-password-verifier.js';
import { deviceSrpAuth } from './device-srp-auth.js';
import { emailOtp } from './email-otp.js';
import { mfaSetup } from './mfa-setup.js';
import { newPasswordRequired } from './new-password-required.js';
import { passwordVerifier } from './password-verifier.js';
import { selectMfaType } from './select-mfa-type.js';
import { smsMfa } from './sms-mfa.js';
import { softwareTokenMfa } from './software-token-mfa.js';

export const challenges: Challenge[] = [
  passwordVerifier,
  newPasswordRequired,
  deviceSrpAuth,
  devicePasswordVerifier,
  mfaSetup,
  selectMfaType,
  smsMfa,
  softwareTokenMfa,
  emailOtp,
  customChallenge,
];

export const challengeNamed = (name: string): Challenge | undefined => challenges.find((c) => c.name === name);
