import type { ChallengeAnswer } from '../types.js';
import type { FirstFactor } from './calls.js';

/** The factors a user picks from: PASSWORD stands for PASSWORD_SRP too (the flow sends SRP when offered). */
export type Factor = Exclude<FirstFactor, 'PASSWORD_SRP'>;
const FACTORS: readonly Factor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

/** Cognito's AvailableChallenges as the buttons to show, in its order, PASSWORD and PASSWORD_SRP as one. */
export function factorsOf(available: readonly string[] = []): Factor[] {
  const named = available.map((name) => (name === 'PASSWORD_SRP' ? 'PASSWORD' : name));
  return FACTORS.filter((factor) => named.includes(factor)).sort((a, b) => named.indexOf(a) - named.indexOf(b));
}

/** Challenges answered with a one-time code, and the response key that carries it. */
export const CODE_KEYS: Record<string, string> = {
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
};

/** ChallengeResponses (without USERNAME) for the challenges the SDK path answers too; MFA_SETUP needs requests first. */
export function responsesFor(answer: Exclude<ChallengeAnswer, { challenge: 'MFA_SETUP' }>): Record<string, string> {
  switch (answer.challenge) {
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
    case 'EMAIL_OTP':
      return { [CODE_KEYS[answer.challenge]]: answer.code };
    case 'SELECT_MFA_TYPE':
      return { ANSWER: answer.mfaType };
    case 'CUSTOM_CHALLENGE':
      return { ANSWER: answer.answer };
    case 'NEW_PASSWORD_REQUIRED': {
      const attributes = Object.entries(answer.attributes).map(([name, value]) => [`userAttributes.${name}`, value]);
      return { NEW_PASSWORD: answer.newPassword, ...Object.fromEntries(attributes) };
    }
  }
}
