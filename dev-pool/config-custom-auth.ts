/**
 * `CustomAuth`: the dev pool's stand-in for the three CUSTOM_AUTH Lambda triggers. Instead
 * of code, a list of steps says what DefineAuthChallenge would decide, what
 * CreateAuthChallenge would ask (the public ChallengeParameters, the secret answer) and how
 * many wrong answers VerifyAuthChallengeResponse tolerates before the sign-in fails:
 *
 *   "CustomAuth": {
 *     "WrongAnswersAllowed": 2,
 *     "Steps": [
 *       { "Type": "SRP" },
 *       { "Type": "CODE", "DeliveryMedium": "EMAIL",
 *         "ChallengeParameters": { "prompt": "Enter the code we e-mailed you", "type": "code" } },
 *       { "Type": "ANSWER", "Answer": "blue",
 *         "ChallengeParameters": { "prompt": "Favourite colour?", "type": "text" } }
 *     ]
 *   }
 *
 * SRP (first only): the password, proven with SRP (InitiateAuth CHALLENGE_NAME=SRP_A, then
 * PASSWORD_VERIFIER), which is what amazon-cognito-identity-js sends for CUSTOM_AUTH.
 * CODE: a fresh 6-digit code to the user's e-mail or phone (inbox kind CUSTOM_CHALLENGE).
 * ANSWER: a fixed answer, compared exactly as a Lambda's `===` would.
 */
import { ConfigError, num, obj, str, stringRecord } from './json.js';

interface AskedStep {
  /** What the user sees: the CreateAuthChallenge trigger's publicChallengeParameters. */
  challengeParameters: Record<string, string>;
  /** Wrong answers tolerated; one more fails the sign-in with NotAuthorizedException. */
  wrongAnswersAllowed: number;
}

export type CustomAuthStep =
  | { type: 'SRP' }
  | (AskedStep & { type: 'CODE'; medium: 'EMAIL' | 'SMS' })
  | (AskedStep & { type: 'ANSWER'; answer: string });

export interface CustomAuthConfig {
  steps: CustomAuthStep[];
}

/** The AWS passwordless samples allow three attempts per code. */
const DEFAULT_WRONG_ANSWERS = 2;

export function loadCustomAuth(raw: unknown): CustomAuthConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  const root = obj(raw);
  if (!Array.isArray(root.Steps) || root.Steps.length === 0) {
    throw new ConfigError('CustomAuth.Steps must list at least one step (SRP, CODE or ANSWER)');
  }
  const defaultWrong = num(root.WrongAnswersAllowed, DEFAULT_WRONG_ANSWERS);
  const steps = (root.Steps as unknown[]).map((value, index): CustomAuthStep => {
    const step = obj(value);
    const type = str(step.Type, '');
    const where = `CustomAuth.Steps[${index}]`;
    if (type === 'SRP') {
      if (index !== 0) throw new ConfigError(`${where}: an SRP step can only come first`);
      return { type };
    }
    const asked: AskedStep = {
      challengeParameters: stringRecord(step.ChallengeParameters),
      wrongAnswersAllowed: num(step.WrongAnswersAllowed, defaultWrong),
    };
    if (type === 'CODE') {
      const medium = str(step.DeliveryMedium, 'EMAIL');
      if (medium !== 'EMAIL' && medium !== 'SMS') throw new ConfigError(`${where}.DeliveryMedium must be EMAIL or SMS`);
      return { ...asked, type, medium };
    }
    if (type === 'ANSWER') {
      if (typeof step.Answer !== 'string') throw new ConfigError(`${where}.Answer must be a string`);
      return { ...asked, type, answer: step.Answer };
    }
    throw new ConfigError(`${where}.Type must be SRP, CODE or ANSWER, not "${type}"`);
  });
  return { steps };
}
