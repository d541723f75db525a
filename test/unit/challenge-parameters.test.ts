import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPasswordParameters, toChallenge } from '../../src/auth/challenge-parameters.js';

test('code challenges say where the code went, when Cognito says', () => {
  const raw = { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0123', USERNAME: 'ana' };
  assert.deepEqual(toChallenge('SMS_MFA', raw), {
    challenge: 'SMS_MFA',
    parameters: { codeDelivery: { DeliveryMedium: 'SMS', Destination: '+*******0123' } },
  });
  assert.deepEqual(toChallenge('EMAIL_OTP', {}), { challenge: 'EMAIL_OTP', parameters: { codeDelivery: undefined } });
  assert.deepEqual(toChallenge('SOFTWARE_TOKEN_MFA', raw), { challenge: 'SOFTWARE_TOKEN_MFA', parameters: {} });
});

test('the factors to choose or set up arrive as lists, whatever the JSON held', () => {
  assert.deepEqual(toChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA",7]' }).parameters, {
    mfaTypes: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
  });
  assert.deepEqual(toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }).parameters, { mfaTypes: ['SOFTWARE_TOKEN_MFA'] });
  assert.deepEqual(toChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: 'not json' }).parameters, { mfaTypes: [] });
  assert.deepEqual(toChallenge('MFA_SETUP', undefined).parameters, { mfaTypes: [] });
});

test('new password: required attributes without Cognito\'s prefix, once each; the user\'s values as an object', () => {
  const fromSdk = newPasswordParameters({ email: 'ana@example.com', age: 7 }, ['userAttributes.name', 'name', 'phone_number', 3]);
  assert.deepEqual(fromSdk, {
    challenge: 'NEW_PASSWORD_REQUIRED',
    parameters: { requiredAttributes: ['name', 'phone_number'], userAttributes: { email: 'ana@example.com' } },
  });
  // As Cognito sends it when the SDK does not decode it: JSON strings.
  const fromCognito = toChallenge('NEW_PASSWORD_REQUIRED', {
    userAttributes: '{"email":"ana@example.com"}',
    requiredAttributes: '["userAttributes.name"]',
  });
  assert.deepEqual(fromCognito.parameters, { requiredAttributes: ['name'], userAttributes: { email: 'ana@example.com' } });
  assert.deepEqual(toChallenge('NEW_PASSWORD_REQUIRED', { requiredAttributes: '{' }).parameters, { requiredAttributes: [], userAttributes: {} });
});

test('custom challenges keep the trigger\'s public parameters as they are', () => {
  const raw = { prompt: 'Favourite colour?', type: 'text', USERNAME: 'ana' };
  assert.deepEqual(toChallenge('CUSTOM_CHALLENGE', raw), { challenge: 'CUSTOM_CHALLENGE', parameters: raw });
});
