import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAuthError } from '../../src/errors/codes.js';
import { cognitoError } from './fake-adapter.js';

test('errors map by code and operation to a message key and a field', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    ['CodeMismatchException', 'confirmSignUp', 'error.codeMismatch', 'code'],
    ['CodeMismatchException', 'respondToChallenge', 'error.codeMismatch', 'code'],
    ['EnableSoftwareTokenMFAException', 'respondToChallenge', 'error.codeMismatch', 'code'],
    ['EnableSoftwareTokenMFAException', 'verifySoftwareToken', 'error.codeMismatch', 'code'],
    ['NotAuthorizedException', 'respondToChallenge', 'error.sessionExpired', undefined],
    ['ExpiredCodeException', 'confirmForgotPassword', 'error.codeExpired', 'code'],
    ['UsernameExistsException', 'signUp', 'error.usernameExists', 'username'],
    ['InvalidPasswordException', 'signUp', 'error.invalidPassword', 'new_password'],
    ['UserNotConfirmedException', 'signIn', 'error.userNotConfirmed', undefined],
    ['LimitExceededException', 'resendSignUpCode', 'error.tooManyAttempts', undefined],
    ['NetworkError', 'signIn', 'error.network', undefined],
    ['InvalidParameterException', 'forgotPassword', 'error.cannotReset', undefined],
    ['SomethingNewException', 'signIn', 'error.unknown', undefined],
  ];
  for (const [code, op, key, field] of cases) {
    const error = toAuthError(cognitoError(code), op);
    assert.deepEqual([error.code, error.key, error.field], [code, key, field], code);
  }
});

test('the broken password rule refines the message when Cognito names it', () => {
  const error = toAuthError(
    cognitoError('InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters'),
    'confirmForgotPassword',
  );
  assert.equal(error.key, 'error.password.uppercase');
  assert.equal(error.field, 'new_password');
});

test('a fetch TypeError is a network error', () => {
  assert.equal(toAuthError(new TypeError('Failed to fetch'), 'signIn').code, 'NetworkError');
});

test('an aborted request or lock wait is an AbortError by name, not DOMException code 20', () => {
  assert.equal(toAuthError(new DOMException('The operation was aborted.', 'AbortError'), 'refreshSession').code, 'AbortError');
});
