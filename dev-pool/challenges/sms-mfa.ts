/**
 * SMS_MFA: a code texted to the verified phone_number (the inbox, medium SMS), answered as
 * SMS_MFA_CODE; the parameters show the masked number (CODE_DELIVERY_DESTINATION).
 */
import { deliveredCodeChallenge } from './mfa-codes.js';

export const smsMfa = deliveredCodeChallenge('SMS_MFA', 'SMS_MFA_CODE');
