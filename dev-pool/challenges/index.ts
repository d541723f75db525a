/**
 * Every challenge the pool knows, in the order they are due after the first factor:
 * NEW_PASSWORD_REQUIRED, then a remembered device (which stands in for MFA), then MFA
 * (setting it up, choosing a type, the code), then the custom steps of CUSTOM_AUTH; last the
 * first factors of USER_AUTH, which are never due after another factor.
 */
import type { Challenge } from './challenge.js';
import { customChallenge } from './custom-challenge.js';
import { devicePasswordVerifier } from './device-password-verifier.js';
import { deviceSrpAuth } from './device-srp-auth.js';
import { emailOtp } from './email-otp.js';
import { mfaSetup } from './mfa-setup.js';
import { newPasswordRequired } from './new-password-required.js';
import { passwordVerifier } from './password-verifier.js';
import { selectChallenge } from './select-challenge.js';
import { selectMfaType } from './select-mfa-type.js';
import { smsMfa } from './sms-mfa.js';
import { smsOtp } from './sms-otp.js';
import { softwareTokenMfa } from './software-token-mfa.js';
import { webAuthn } from './web-authn.js';

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
  // USER_AUTH's first factors: only a flow or SELECT_CHALLENGE starts them.
  selectChallenge,
  smsOtp,
  webAuthn,
];

export const challengeNamed = (name: string): Challenge | undefined => challenges.find((c) => c.name === name);
