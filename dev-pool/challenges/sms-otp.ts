/**
 * SMS_OTP: USER_AUTH's first factor by text message, a code sent to the verified
 * phone_number (the inbox, kind SIGN_IN), answered as SMS_OTP_CODE. Never due by itself:
 * only SELECT_CHALLENGE or PREFERRED_CHALLENGE starts it.
 */
import { deliveredCodeChallenge } from './mfa-codes.js';

const { name, respond } = deliveredCodeChallenge('SMS_OTP', 'SMS_OTP_CODE');
export const smsOtp = { name, respond };
