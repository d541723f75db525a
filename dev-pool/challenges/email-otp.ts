/**
 * EMAIL_OTP: e-mail MFA, a code sent to the user's e-mail (the inbox, medium EMAIL),
 * answered as EMAIL_OTP_CODE; the parameters show the masked address.
 */
import { deliveredCodeChallenge } from './mfa-codes.js';

export const emailOtp = deliveredCodeChallenge('EMAIL_OTP', 'EMAIL_OTP_CODE');
