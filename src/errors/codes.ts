import type { MessageKey } from '../i18n/en.js';
import { AuthError, type Operation } from './auth-error.js';

/** Failures worth repeating as they are: the network, a timeout, the service itself. */
const RETRYABLE = new Set(['NetworkError', 'TimeoutError', 'InternalErrorException', 'InternalServerError',
  'ServiceUnavailable', 'ServiceUnavailableException']);

/** Whether Retry should be offered for this error (a 5xx without a type arrives as NetworkError). */
export const isRetryable = (error: { code?: string } | undefined) => RETRYABLE.has(error?.code ?? '');

type Rule = { key: MessageKey; field?: string };

const passwordFieldFor = (op: Operation) => (op === 'signIn' ? 'password' : 'new_password');

/**
 * Codes redeemed before sign-in: whatever Cognito says there (wrong, expired, or the account
 * unknown, disabled, administrator-created, confirmed already) reads the same, at the code
 * field, so that the answer does not tell accounts apart.
 */
const CODE_REDEEMED = new Set<Operation>(['confirmSignUp', 'confirmForgotPassword']);
const ACCOUNT_OR_CODE = new Set(['CodeMismatchException', 'ExpiredCodeException', 'NotAuthorizedException',
  'UserNotFoundException', 'UserNotConfirmedException']);

/** By Cognito's error code, never by message text; refined by the operation that failed. */
function rule(code: string, op: Operation): Rule {
  if (CODE_REDEEMED.has(op) && ACCOUNT_OR_CODE.has(code)) return { key: 'error.codeWrongOrExpired', field: 'code' };
  switch (code) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      // Unknown user, wrong password and disabled user must read alike (no account probing).
      if (op === 'signIn') return { key: 'error.signInFailed', field: 'password' };
      if (op === 'respondToChallenge') return { key: 'error.sessionExpired' };
      // A wrong current password (a revoked access token reads the same, by code; it is rarer).
      if (op === 'changePassword' || op === 'verifyPassword') return { key: 'error.currentPasswordWrong', field: 'password' };
      return { key: 'error.notSignedIn' };
    case 'UserNotConfirmedException':
      return { key: 'error.userNotConfirmed' };
    case 'PasswordResetRequiredException':
      return { key: 'error.passwordResetRequired' };
    case 'UsernameExistsException':
      return { key: 'error.usernameExists', field: 'username' };
    case 'AliasExistsException':
      return { key: 'error.aliasExists' };
    case 'InvalidPasswordException':
      return { key: 'error.invalidPassword', field: passwordFieldFor(op) };
    case 'PasswordHistoryPolicyViolationException':
      return { key: 'error.password.history', field: passwordFieldFor(op) };
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException': // a wrong first code from a new authenticator app
      return { key: 'error.codeMismatch', field: 'code' };
    case 'ExpiredCodeException':
      return { key: 'error.codeExpired', field: 'code' };
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'CodeDeliveryFailureException':
      return { key: 'error.tooManyAttempts' };
    case 'InvalidParameterException':
      return { key: 'error.invalidParameter' };
    case 'NetworkError':
      return { key: 'error.network' };
    case 'TimeoutError':
      return { key: 'error.timeout' };
    case 'InternalErrorException':
    case 'InternalServerError':
    case 'ServiceUnavailable':
    case 'ServiceUnavailableException':
      return { key: 'error.serviceUnavailable' };
    case 'ResourceNotFoundException':
    case 'InvalidUserPoolConfigurationException':
    case 'InvalidLambdaResponseException':
      return { key: 'error.configuration' };
    default:
      return { key: 'error.unknown' };
  }
}

// Cognito names what it refused only in the message: refine the generic key (and the field) with
// it when we recognise it, and keep the generic one otherwise.
// Without a field, a pattern's first group names it (an attribute the message names).
const refinements: Array<[code: string, pattern: RegExp, key: MessageKey, field?: string]> = [
  ['InvalidPasswordException', /not long enough/i, 'error.password.length'],
  ['InvalidPasswordException', /uppercase/i, 'error.password.uppercase'],
  ['InvalidPasswordException', /lowercase/i, 'error.password.lowercase'],
  ['InvalidPasswordException', /numeric/i, 'error.password.numeric'],
  ['InvalidPasswordException', /symbol/i, 'error.password.symbol'],
  ['InvalidPasswordException', /leading or trailing/i, 'error.password.whitespace'],
  // A pool that signs up with the e-mail or phone (UsernameAttributes) refuses any other user
  // name ("Username should be an email." / "...a phone number." / "...either an email or a phone
  // number."): said at the username field, as our own check would, when the page's
  // `username-attributes` does not match the pool.
  ['InvalidParameterException', /^Username should be a phone/, 'validation.phone', 'username'],
  ['InvalidParameterException', /^Username should be /, 'validation.email', 'username'],
  // A required attribute left out, e.g. the e-mail address where the user name is a phone number:
  // "Attributes did not conform to the schema: email: The attribute is required".
  ['InvalidParameterException', /schema: (\S+): The attribute is required/, 'validation.required'],
];

interface CognitoLikeError {
  /** Cognito's error code; a DOMException has a number here (AbortError: 20), its name is the code. */
  code?: string | number;
  name?: string;
  message?: string;
}

export function toAuthError(error: unknown, op: Operation): AuthError {
  if (error instanceof AuthError) return error;
  const e = (error ?? {}) as CognitoLikeError;
  const code = (typeof e.code === 'string' && e.code) || (e instanceof TypeError ? 'NetworkError' : e.name) || 'UnknownError';
  const { key, field } = rule(code, op);
  const refined = refinements.find(([of, pattern]) => of === code && pattern.test(e.message ?? ''));
  const named = refined?.[1].exec(e.message ?? '')?.[1];
  return new AuthError(code, refined?.[2] ?? key, op, refined?.[3] ?? named ?? field, { code });
}
