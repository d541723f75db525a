/**
 * The WebAuthn verifier, rule by rule: a real ceremony from the test authenticator is
 * accepted, and the same ceremony with one rule broken on purpose is refused, naming why.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyAssertion, type StoredKey } from '../../dev-pool/webauthn/assertion.js';
import { WebAuthnFailure, type FailureKind } from '../../dev-pool/webauthn/failure.js';
import { verifyRegistration, type RegistrationExpectation } from '../../dev-pool/webauthn/registration.js';
import { TestAuthenticator, type Tamper } from './authenticator.js';

const CHALLENGE = 'q1w2e3r4t5y6u7i8o9p0q1w2e3r4t5y6u7i8o9p0qwe';
const USER = 'dXNlci1oYW5kbGU';
const creation = { challenge: CHALLENGE, rp: { id: 'localhost' }, user: { id: USER } };
const expected: RegistrationExpectation = { challenge: CHALLENGE, rpId: 'localhost', userVerification: 'preferred' };

function refused(run: () => unknown, kind: FailureKind, message?: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof WebAuthnFailure, `expected a WebAuthnFailure, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

describe('WebAuthn registration', () => {
  for (const alg of [-7, -257] as const) {
    for (const fmt of ['none', 'packed'] as const) {
      it(`accepts ${alg === -7 ? 'ES256' : 'RS256'} with attestation ${fmt}`, () => {
        const authenticator = new TestAuthenticator(alg);
        const result = verifyRegistration(authenticator.register(creation, { fmt }), expected);
        assert.equal(result.credentialId, authenticator.id);
        assert.equal(result.alg, alg);
        assert.equal(result.signCount, 0);
        assert.deepEqual(result.transports, ['internal', 'hybrid']);
        assert.equal(result.attachment, 'platform');
      });
    }
  }

  const broken: [string, Tamper, FailureKind, RegistrationExpectation?][] = [
    ['a challenge the pool did not issue', { challenge: 'b3RoZXItY2hhbGxlbmdl' }, 'challenge'],
    ['another origin', { origin: 'https://evil.example' }, 'origin'],
    ['a look-alike origin', { origin: 'http://localhost.evil.example' }, 'origin'],
    ['a cross-origin iframe', { crossOrigin: true }, 'origin'],
    ['another relying party’s RP ID hash', { rpId: 'evil.example' }, 'relyingParty'],
    ['no user presence (UP)', { up: false }, 'refused'],
    ['no user verification (UV) where required', { uv: false }, 'notSupported', { ...expected, userVerification: 'required' }],
    ['the wrong ceremony type', { type: 'webauthn.get' }, 'refused'],
    ['a bad attestation signature', { fmt: 'packed', badSignature: true }, 'refused'],
    ['an attestation alg that is not the key’s', { fmt: 'packed', attestationAlg: -257 }, 'refused'],
    ['an attestation format it does not take', { fmt: 'fido-u2f' }, 'notSupported'],
    ['a credential id that is not the attested one', { credentialId: 'AAAAAAAAAAAAAAAAAAAAAA' }, 'refused'],
  ];
  for (const [what, tamper, kind, expectation] of broken) {
    it(`refuses ${what}`, () => {
      refused(() => verifyRegistration(new TestAuthenticator().register(creation, tamper), expectation ?? expected), kind);
    });
  }

  it('takes no UV where it is only preferred', () => {
    assert.ok(verifyRegistration(new TestAuthenticator().register(creation, { uv: false }), expected));
  });

  it('allows https subdomains of a domain RP ID, never plain http', () => {
    const rp = { ...creation, rp: { id: 'example.com' } };
    const domain = { ...expected, rpId: 'example.com' };
    assert.ok(verifyRegistration(new TestAuthenticator(-7, 'https://login.example.com').register(rp), domain));
    refused(() => verifyRegistration(new TestAuthenticator(-7, 'http://example.com').register(rp), domain), 'origin');
    refused(() => verifyRegistration(new TestAuthenticator(-7, 'https://notexample.com').register(rp), domain), 'origin');
  });

  it('refuses malformed input as malformed', () => {
    const good = new TestAuthenticator().register(creation);
    const response = good.response as Record<string, string>;
    refused(() => verifyRegistration({ ...good, response: { ...response, attestationObject: 'not*base64' } }, expected), 'malformed');
    refused(() => verifyRegistration({ ...good, response: { ...response, attestationObject: 'oA' } }, expected), 'malformed');
    refused(() => verifyRegistration({ ...good, type: 'password' }, expected), 'malformed');
    refused(() => verifyRegistration('{}', expected), 'malformed');
  });
});

describe('WebAuthn authentication', () => {
  function registered(alg: -7 | -257 = -7) {
    const authenticator = new TestAuthenticator(alg);
    const { credentialId, jwk, signCount } = verifyRegistration(authenticator.register(creation), expected);
    const stored: StoredKey = { credentialId, alg, jwk, signCount };
    const request = { challenge: CHALLENGE, rpId: 'localhost' };
    const expectation = { challenge: CHALLENGE, rpId: 'localhost', userVerification: 'preferred' as const, allowed: [credentialId], userHandle: USER };
    return { authenticator, stored, request, expectation };
  }

  for (const alg of [-7, -257] as const) {
    it(`accepts a ${alg === -7 ? 'ES256' : 'RS256'} assertion and returns the new counter`, () => {
      const { authenticator, stored, request, expectation } = registered(alg);
      assert.equal(verifyAssertion(authenticator.assert(request), stored, expectation), 1);
    });
  }

  const broken: [string, Tamper, FailureKind][] = [
    ['a challenge the pool did not issue', { challenge: 'b3RoZXItY2hhbGxlbmdl' }, 'challenge'],
    ['another origin', { origin: 'https://evil.example' }, 'origin'],
    ['another relying party’s RP ID hash', { rpId: 'evil.example' }, 'relyingParty'],
    ['no user presence (UP)', { up: false }, 'refused'],
    ['the wrong ceremony type', { type: 'webauthn.create' }, 'refused'],
    ['a bad signature', { badSignature: true }, 'refused'],
    ['a counter that did not increase', { counter: 0 }, 'refused'],
  ];
  for (const [what, tamper, kind] of broken) {
    it(`refuses ${what}`, () => {
      const { authenticator, stored, request, expectation } = registered();
      stored.signCount = tamper.counter === 0 ? 5 : stored.signCount;
      refused(() => verifyAssertion(authenticator.assert(request, tamper), stored, expectation), kind);
    });
  }

  it('refuses no user verification (UV) where required', () => {
    const { authenticator, stored, request, expectation } = registered();
    refused(() => verifyAssertion(authenticator.assert(request, { uv: false }), stored, { ...expectation, userVerification: 'required' }), 'notSupported');
  });

  it('refuses a replayed assertion: the same counter twice', () => {
    const { authenticator, stored, request, expectation } = registered();
    const assertion = authenticator.assert(request);
    stored.signCount = verifyAssertion(assertion, stored, expectation);
    refused(() => verifyAssertion(assertion, stored, expectation), 'refused', /counter/);
  });

  it('accepts authenticators that never count (zero on both sides)', () => {
    const { authenticator, stored, request, expectation } = registered();
    assert.equal(verifyAssertion(authenticator.assert(request, { counter: 0 }), stored, expectation), 0);
  });

  it('refuses an unknown credential, one not allowed, another user’s handle, and another key', () => {
    const { authenticator, stored, request, expectation } = registered();
    refused(() => verifyAssertion(authenticator.assert(request), undefined, expectation), 'refused');
    refused(() => verifyAssertion(authenticator.assert(request), stored, { ...expectation, allowed: [] }), 'refused');
    refused(() => verifyAssertion(authenticator.assert(request), stored, { ...expectation, userHandle: 'b3RoZXI' }), 'refused');
    // A different authenticator claiming this credential id: its signature does not verify.
    const impostor = new TestAuthenticator();
    refused(() => verifyAssertion(impostor.assert(request, { credentialId: stored.credentialId }), stored, expectation), 'refused', /signature/);
  });
});
