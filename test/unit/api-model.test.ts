/** The request check of test/shared/api-model.ts: what it refuses, and that the dev pool's copy is the SDK's model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityModel, identityProviderModel } from '../../dev-pool/model/cognito-model.generated.js';
import { liveModels, modelViolation } from '../shared/api-model.js';

const IDP = 'AWSCognitoIdentityProviderService';

test('a request in Cognito’s shapes passes', () => {
  const body = { AccessToken: 'a.b.c', SMSMfaSettings: { Enabled: true, PreferredMfa: false } };
  assert.equal(modelViolation(`${IDP}.SetUserMFAPreference`, body), undefined);
  assert.equal(modelViolation('AWSCognitoIdentityService.GetId', { IdentityPoolId: 'us-east-1:x', Logins: { a: 'b' } }), undefined);
});

test('a member Cognito does not have is refused, naming it (PreferredEnabled)', () => {
  const violation = modelViolation(`${IDP}.SetUserMFAPreference`, { AccessToken: 'a.b.c', SMSMfaSettings: { Enabled: true, PreferredEnabled: true } });
  assert.match(violation ?? '', /Unknown member 'PreferredEnabled'.*SMSMfaSettingsType has Enabled, PreferredMfa/);
});

test('missing required members, wrong kinds and wrong nesting are refused', () => {
  assert.match(modelViolation(`${IDP}.SignUp`, { ClientId: 'c' }) ?? '', /Value null at 'username'/);
  assert.match(modelViolation(`${IDP}.ConfirmSignUp`, { ClientId: 'c', Username: 'u', ConfirmationCode: 123456 }) ?? '', /NUMBER_VALUE can not be converted to a String/);
  assert.match(modelViolation(`${IDP}.SignUp`, { ClientId: 'c', Username: 'u', UserAttributes: { email: 'x' } }) ?? '', /Start of structure or map found where not expected/);
  assert.match(modelViolation(`${IDP}.SignUp`, { ClientId: 'c', Username: 'u', UserAttributes: [{ Name: 'email', value: 'x' }] }) ?? '', /Unknown member 'value'/);
  assert.match(modelViolation(`${IDP}.InitiateAuth`, { ClientId: 'c', AuthFlow: 'X', AuthParameters: { A: 1 } }) ?? '', /can not be converted to a String/);
});

test('an operation or a service Cognito does not have is refused', () => {
  assert.match(modelViolation(`${IDP}.SetUserMfaPreference`, {}) ?? '', /not an operation/);
  assert.match(modelViolation('AWSCognitoIdentityProviderServiceX.GetUser', {}) ?? '', /not a Cognito service/);
  assert.match(modelViolation(`${IDP}.GetUser`, []) ?? '', /not a JSON object/);
});

test('the dev pool’s generated model is the installed SDK’s (run scripts/generate-dev-pool-model.mjs after an SDK update)', () => {
  assert.deepEqual(identityProviderModel, liveModels.identityProvider);
  assert.deepEqual(identityModel, liveModels.identity);
});
