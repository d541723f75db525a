/**
 * Cognito's error codes and the exact messages it uses, so clients that branch on
 * `__type`/`name` (and the odd app that shows `message`) behave as against AWS.
 */
export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

const error =
  (type: string, status = 400) =>
  (message: string) =>
    new CognitoError(type, message, status);

export const notAuthorized = error('NotAuthorizedException');
export const invalidParameter = error('InvalidParameterException');
export const invalidPassword = error('InvalidPasswordException');
export const usernameExists = error('UsernameExistsException');
export const aliasExists = error('AliasExistsException');
export const codeMismatch = () =>
  new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
export const expiredCode = () =>
  new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
export const limitExceeded = () =>
  new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
export const tooManyFailedAttempts = error('TooManyFailedAttemptsException');
export const userNotFound = () => new CognitoError('UserNotFoundException', 'User does not exist.');
export const userNotConfirmed = () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
export const passwordResetRequired = () =>
  new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');
export const resourceNotFound = error('ResourceNotFoundException');
export const unsupportedTokenType = error('UnsupportedTokenTypeException');
/** AWS sends no message here; naming the target helps whoever calls what the pool lacks. */
export const unknownOperation = (target: string) =>
  new CognitoError('UnknownOperationException', `The dev pool does not implement ${target || '(no X-Amz-Target)'}.`);
export const serialization = error('SerializationException');
export const internalError = () =>
  new CognitoError('InternalErrorException', 'An internal error occurred in the dev pool.', 500);

/** The one message for unknown user / wrong password / disabled user when existence errors are prevented. */
export const incorrectCredentials = () => notAuthorized('Incorrect username or password.');

export const sessionExpired = () => notAuthorized('Invalid session for the user, session is expired.');
export const sessionReused = () => notAuthorized('Invalid session for the user, session can only be used once.');
