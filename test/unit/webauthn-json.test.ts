/**
 * WebAuthn's JSON forms to and from what navigator.credentials takes and gives: the base64url
 * codec, the hand-made conversion for browsers without parse…FromJSON()/toJSON() (Node has
 * neither, so that path runs here), the native path when present, and the error mapping.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromBase64url, toBase64url } from '../../src/auth/user-auth/base64url.js';
import { creationOptionsFromJSON, credentialToJSON, requestOptionsFromJSON } from '../../src/auth/user-auth/webauthn-json.js';
import { createPasskey, getPasskey, PasskeyError, toPasskeyError } from '../../src/auth/user-auth/webauthn.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const view = (buffer: ArrayBuffer | BufferSource) => [...new Uint8Array(buffer as ArrayBuffer)];
const global = globalThis as Record<string, unknown>;
afterEach(() => {
  delete global.PublicKeyCredential;
});

test('base64url: every byte value round-trips, unpadded and URL-safe, as Node encodes it', () => {
  for (let length = 0; length < 70; length++) {
    const data = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) % 256);
    const text = toBase64url(data);
    assert.equal(text, Buffer.from(data).toString('base64url'));
    assert.doesNotMatch(text, /[+/=]/);
    assert.deepEqual(view(fromBase64url(text)), [...data]);
  }
  assert.equal(toBase64url(bytes(0xfb, 0xff, 0xbf)), '-_-_');
  assert.deepEqual(view(fromBase64url('-_-_')), [0xfb, 0xff, 0xbf]);
  // A view into a larger buffer encodes only its own bytes.
  assert.equal(toBase64url(new Uint8Array(bytes(1, 2, 3, 4).buffer, 1, 2)), Buffer.from([2, 3]).toString('base64url'));
});

test('base64url: padded and plain base64 input decode too; anything else is refused', () => {
  assert.deepEqual(view(fromBase64url('AQI=')), [1, 2]);
  assert.deepEqual(view(fromBase64url('+/8')), [0xfb, 0xff]);
  for (const bad of ['a b', 'ab$c', '{"x":1}', 'AQ===']) assert.throws(() => fromBase64url(bad), TypeError, bad);
});

const REQUEST = {
  challenge: Buffer.from('challenge-bytes').toString('base64url'),
  timeout: 180000,
  rpId: 'localhost',
  allowCredentials: [{ id: toBase64url(bytes(1, 2, 3)), type: 'public-key', transports: ['internal'] }],
  userVerification: 'required',
};

test('request options (Cognito CREDENTIAL_REQUEST_OPTIONS string): binary members decoded, the rest kept', () => {
  const options = requestOptionsFromJSON(JSON.stringify(REQUEST));
  assert.equal(Buffer.from(options.challenge as ArrayBuffer).toString(), 'challenge-bytes');
  assert.deepEqual(view(options.allowCredentials![0].id), [1, 2, 3]);
  assert.deepEqual(options.allowCredentials![0].transports, ['internal']);
  assert.equal(options.rpId, 'localhost');
  assert.equal(options.userVerification, 'required');
  assert.equal(options.timeout, 180000);
});

test('creation options (StartWebAuthnRegistration): challenge, user.id and excluded ids decoded', () => {
  const options = creationOptionsFromJSON({
    rp: { id: 'localhost', name: 'Dev pool' },
    user: { id: toBase64url(bytes(9, 8, 7)), name: 'ana', displayName: 'Ana' },
    challenge: toBase64url(bytes(5, 5)),
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
    excludeCredentials: [{ id: toBase64url(bytes(4)), type: 'public-key' }],
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  assert.deepEqual(view(options.user.id), [9, 8, 7]);
  assert.equal(options.user.name, 'ana');
  assert.deepEqual(view(options.challenge), [5, 5]);
  assert.deepEqual(view(options.excludeCredentials![0].id), [4]);
  assert.deepEqual(options.pubKeyCredParams.map((p) => p.alg), [-7, -257]);
  assert.equal(options.rp.id, 'localhost');
});

test("the browser's own parsers are used when it has them", () => {
  const seen: unknown[] = [];
  global.PublicKeyCredential = {
    parseRequestOptionsFromJSON: (json: unknown) => (seen.push(json), { native: 'get' }),
    parseCreationOptionsFromJSON: (json: unknown) => (seen.push(json), { native: 'create' }),
  };
  assert.deepEqual(requestOptionsFromJSON(JSON.stringify(REQUEST)), { native: 'get' });
  assert.deepEqual(creationOptionsFromJSON({ challenge: 'AA' }), { native: 'create' });
  assert.deepEqual(seen, [REQUEST, { challenge: 'AA' }]);
});

const buffer = (...values: number[]) => bytes(...values).buffer;

test('an assertion without toJSON() becomes AuthenticationResponseJSON', () => {
  const json = credentialToJSON({
    id: toBase64url(bytes(1, 2)),
    rawId: buffer(1, 2),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    getClientExtensionResults: () => ({}),
    response: { clientDataJSON: buffer(3), authenticatorData: buffer(4), signature: buffer(5), userHandle: buffer(6) },
  } as unknown as PublicKeyCredential);
  assert.deepEqual(json, {
    id: 'AQI',
    rawId: 'AQI',
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: { clientDataJSON: 'Aw', authenticatorData: 'BA', signature: 'BQ', userHandle: 'Bg' },
  });
});

test('an attestation without toJSON() becomes RegistrationResponseJSON (transports, key, algorithm)', () => {
  const json = credentialToJSON({
    id: 'AQI',
    rawId: buffer(1, 2),
    type: 'public-key',
    authenticatorAttachment: null,
    getClientExtensionResults: () => ({ credProps: { rk: true } }),
    response: {
      clientDataJSON: buffer(3),
      attestationObject: buffer(7),
      getAuthenticatorData: () => buffer(4),
      getTransports: () => ['internal', 'hybrid'],
      getPublicKey: () => buffer(8),
      getPublicKeyAlgorithm: () => -7,
    },
  } as unknown as PublicKeyCredential);
  assert.deepEqual(json, {
    id: 'AQI',
    rawId: 'AQI',
    type: 'public-key',
    clientExtensionResults: { credProps: { rk: true } },
    response: { clientDataJSON: 'Aw', attestationObject: 'Bw', authenticatorData: 'BA', transports: ['internal', 'hybrid'], publicKey: 'CA', publicKeyAlgorithm: -7 },
  });
});

test("a credential's own toJSON() wins", () => {
  const json = credentialToJSON({ toJSON: () => ({ id: 'native' }) } as unknown as PublicKeyCredential);
  assert.deepEqual(json, { id: 'native' });
});

test('ceremony failures: DOMException names become typed codes the elements can word', () => {
  const cases: Array<[string, string]> = [
    ['NotAllowedError', 'PasskeyCancelled'],
    ['InvalidStateError', 'PasskeyExists'],
    ['SecurityError', 'PasskeyDomain'],
    ['NotSupportedError', 'PasskeyUnsupported'],
    ['AbortError', 'PasskeyAborted'],
    ['UnknownError', 'PasskeyFailed'],
  ];
  for (const [name, code] of cases) {
    const error = toPasskeyError(new DOMException('x', name));
    assert.ok(error instanceof PasskeyError);
    assert.equal(error.code, code, name);
  }
});

test('no WebAuthn in this browser: both ceremonies refuse with PasskeyUnsupported, asking nothing', async () => {
  await assert.rejects(getPasskey(JSON.stringify(REQUEST)), { code: 'PasskeyUnsupported' });
  await assert.rejects(createPasskey({}), { code: 'PasskeyUnsupported' });
});
