/** USER_AUTH and passkey settings in the configuration: Cognito's shapes, Cognito's refusals. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../dev-pool/config.js';

const withPolicy = (factors: unknown, webAuthn?: unknown) =>
  loadConfig({
    UserPool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors } } },
    ...(webAuthn ? { MfaConfig: { WebAuthnConfiguration: webAuthn } } : {}),
  });

describe('sign-in policy and WebAuthn configuration', () => {
  it('defaults to password only, preferred user verification and no relying party', () => {
    const config = loadConfig({});
    assert.deepEqual(config.allowedFirstAuthFactors, ['PASSWORD']);
    assert.deepEqual(config.webAuthn, { relyingPartyId: undefined, userVerification: 'preferred' });
  });

  it('reads the factors and the relying party', () => {
    const config = withPolicy(['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP'], { RelyingPartyId: 'auth.example.com', UserVerification: 'required' });
    assert.deepEqual(config.allowedFirstAuthFactors, ['PASSWORD', 'WEB_AUTHN', 'EMAIL_OTP']);
    assert.deepEqual(config.webAuthn, { relyingPartyId: 'auth.example.com', userVerification: 'required' });
  });

  const refused: [string, () => unknown, RegExp][] = [
    ['a policy without PASSWORD', () => withPolicy(['EMAIL_OTP']), /must include PASSWORD/],
    ['an unknown factor', () => withPolicy(['PASSWORD', 'MAGIC_LINK']), /MAGIC_LINK/],
    ['a relying party with a scheme', () => withPolicy(['PASSWORD'], { RelyingPartyId: 'https://example.com' }), /not a domain name/],
    ['a relying party with a port', () => withPolicy(['PASSWORD'], { RelyingPartyId: 'localhost:8000' }), /not a domain name/],
    ['an unknown user verification', () => withPolicy(['PASSWORD'], { UserVerification: 'discouraged' }), /required or preferred/],
    ['passkeys as MFA', () => withPolicy(['PASSWORD'], { FactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION' }), /not modelled/],
  ];
  for (const [what, load, message] of refused) {
    it(`refuses ${what}`, () => {
      assert.throws(load, (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }
});
