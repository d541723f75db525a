import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAuthError } from '../../src/errors/codes.js';
import type { Operation } from '../../src/errors/auth-error.js';
import { sdkError } from '../shared/fake-adapter.js';

test('errors map by code and operation to a message key and a field', () => {
  const cases: Array<[string, Operation, string, string | undefined]> = [
    ['CodeMismatchException', 'confirmSignUp', 'error.codeWrongOrExpired', 'code'],
    ['CodeMismatchException', 'verifyAttribute', 'error.codeMismatch', 'code'],
    ['ExpiredCodeException', 'verifyAttribute', 'error.codeExpired', 'code'],
    ['CodeMismatchException', 'respondToChallenge', 'error.codeMismatch', 'code'],
    ['EnableSoftwareTokenMFAException', 'respondToChallenge', 'error.codeMismatch', 'code'],
    ['EnableSoftwareTokenMFAException', 'verifySoftwareToken', 'error.codeMismatch', 'code'],
    ['NotAuthorizedException', 'respondToChallenge', 'error.sessionExpired', undefined],
    ['ExpiredCodeException', 'confirmForgotPassword', 'error.codeWrongOrExpired', 'code'],
    ['UsernameExistsException', 'signUp', 'error.usernameExists', 'username'],
    ['InvalidPasswordException', 'signUp', 'error.invalidPassword', 'new_password'],
    ['UserNotConfirmedException', 'signIn', 'error.userNotConfirmed', undefined],
    ['LimitExceededException', 'resendSignUpCode', 'error.tooManyAttempts', undefined],
    ['NetworkError', 'signIn', 'error.network', undefined],
    ['InvalidParameterException', 'forgotPassword', 'error.invalidParameter', undefined],
    ['SomethingNewException', 'signIn', 'error.unknown', undefined],
  ];
  for (const [code, op, key, field] of cases) {
    const error = toAuthError(sdkError(code), op);
    assert.deepEqual([error.code, error.key, error.field], [code, key, field], code);
  }
});

test('codes redeemed before sign-in read alike whatever the account: wrong, expired, unknown, disabled, confirmed', () => {
  for (const op of ['confirmSignUp', 'confirmForgotPassword'] as const) {
    const seen = ['CodeMismatchException', 'ExpiredCodeException', 'NotAuthorizedException', 'UserNotFoundException', 'UserNotConfirmedException']
      .map((code) => toAuthError(sdkError(code, `from the service: ${code}`), op))
      .map((error) => `${error.key} at ${error.field}`);
    assert.deepEqual(new Set(seen), new Set(['error.codeWrongOrExpired at code']), op);
  }
});

test('the broken password rule refines the message when Cognito names it', () => {
  const error = toAuthError(
    sdkError('InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters'),
    'confirmForgotPassword',
  );
  assert.equal(error.key, 'error.password.uppercase');
  assert.equal(error.field, 'new_password');
});

test('a required attribute left out is said at the field Cognito names', () => {
  const error = toAuthError(
    sdkError('InvalidParameterException', 'Attributes did not conform to the schema: custom:team: The attribute is required'),
    'signUp',
  );
  assert.equal(error.key, 'validation.required');
  assert.equal(error.field, 'custom:team');
});

test('a fetch TypeError is a network error', () => {
  assert.equal(toAuthError(new TypeError('Failed to fetch'), 'signIn').code, 'NetworkError');
});

test('an aborted request or lock wait is an AbortError by name, not DOMException code 20', () => {
  assert.equal(toAuthError(new DOMException('The operation was aborted.', 'AbortError'), 'refreshSession').code, 'AbortError');
});
