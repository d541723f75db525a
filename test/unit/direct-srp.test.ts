/**
 * The direct adapter's SRP (src/auth/direct/) against amazon-cognito-identity-js's own: the same
 * secret a gives the same SRP_A, the same claim (signature) for the same server values and
 * clock, the same device verifier for the same random password and salt, the same TIMESTAMP.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { AuthenticationDetails, AuthenticationHelper, CognitoUser, CognitoUserPool, DateHelper } from '../../src/auth/sdk.js';
import { SrpClient } from '../../src/auth/direct/srp-client.js';
import { deviceVerifier } from '../../src/auth/direct/device-verifier.js';
import { fromHex, padHex, timestamp } from '../../src/auth/direct/srp-math.js';

type Big = { toString(radix: number): string };
type Internals = { smallAValue: Big; padHex(value: Big): string; getRandomPassword(): string; getSaltDevices(): string; getVerifierDevices(): string };
const internals = (helper: AuthenticationHelper) => helper as unknown as Internals;
const BigInteger = new AuthenticationHelper('x').N.constructor;
const realFetch = globalThis.fetch;
afterEach(() => (globalThis.fetch = realFetch));

test('padHex writes numbers as the SDK does (even length, 00 before a set top bit)', () => {
  const helper = internals(new AuthenticationHelper('Pool'));
  for (const hex of ['0', '1', 'f', '7f', '80', 'ff', '100', '8000', '7fff', 'abcdef', '123456789', helper.smallAValue.toString(16)]) {
    assert.equal(padHex(fromHex(hex)), helper.padHex(new BigInteger(hex, 16)), hex);
  }
});

test('the timestamp is the SDK\'s "ddd MMM D HH:mm:ss UTC YYYY"', () => {
  assert.equal(timestamp(new Date(Date.UTC(2026, 0, 4, 3, 5, 9))), 'Sun Jan 4 03:05:09 UTC 2026');
  assert.equal(timestamp(new Date(Date.UTC(2025, 11, 31, 23, 59, 59))), 'Wed Dec 31 23:59:59 UTC 2025');
  for (let attempt = 0; attempt < 3; attempt++) {
    const [ours, sdk] = [timestamp(), new DateHelper().getNowString()];
    if (ours === sdk) return;
  }
  assert.fail('timestamp() and the SDK\'s getNowString() disagree');
});

/** The SDK's whole SRP sign-in over a stubbed Cognito, with a known a and a fixed clock. */
async function sdkSrpSignIn(a: Big, parameters: Record<string, string>, now: string) {
  const sent: Array<Record<string, unknown>> = [];
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    if (sent.length === 1) return Response.json({ ChallengeName: 'PASSWORD_VERIFIER', Session: 'S', ChallengeParameters: parameters });
    return Response.json({ __type: 'NotAuthorizedException', message: 'stop here' }, { status: 400 });
  }) as typeof fetch;
  const proto = AuthenticationHelper.prototype as unknown as { generateRandomSmallA(): Big };
  const dates = DateHelper.prototype as unknown as { getNowString(): string };
  const [draw, clock] = [proto.generateRandomSmallA, dates.getNowString];
  proto.generateRandomSmallA = () => a;
  dates.getNowString = () => now;
  try {
    const pool = new CognitoUserPool({ UserPoolId: 'us-east-1_AbCd', ClientId: 'client', endpoint: 'http://pool.test/' });
    const user = new CognitoUser({ Username: 'ana@example.com', Pool: pool });
    await new Promise<void>((resolve) =>
      user.authenticateUser(new AuthenticationDetails({ Username: 'ana@example.com', Password: 'Sécret-123' }), {
        onSuccess: () => resolve(),
        onFailure: () => resolve(),
      }),
    );
  } finally {
    proto.generateRandomSmallA = draw;
    dates.getNowString = clock;
  }
  return sent as Array<{ AuthParameters?: Record<string, string>; ChallengeResponses?: Record<string, string> }>;
}

test('same a, same server values, same clock: the same SRP_A and the same PASSWORD_VERIFIER claim as the SDK', async () => {
  const sdkA = internals(new AuthenticationHelper('AbCd')).smallAValue;
  const parameters = {
    SRP_B: (fromHex('ab'.repeat(384)) % fromHex('f'.repeat(760))).toString(16),
    SALT: '9f'.repeat(16),
    SECRET_BLOCK: Buffer.from('a secret block from Cognito').toString('base64'),
    USER_ID_FOR_SRP: '3c1f-user-id',
    USERNAME: '3c1f-user-id',
  };
  const when = new Date(Date.UTC(2026, 11, 6, 9, 4, 3));
  const [initiate, verifier] = await sdkSrpSignIn(sdkA, parameters, timestamp(when));
  const ours = new SrpClient('AbCd', fromHex(sdkA.toString(16)));
  assert.equal(await ours.largeA(), initiate.AuthParameters?.SRP_A);
  const claim = await ours.claim(parameters.USER_ID_FOR_SRP, 'Sécret-123', parameters, when);
  assert.deepEqual({ USERNAME: parameters.USER_ID_FOR_SRP, ...claim }, verifier.ChallengeResponses);
  // Another a gives another A: the comparison above is not vacuous.
  assert.notEqual(await new SrpClient('AbCd').largeA(), initiate.AuthParameters?.SRP_A);
});

test('the device verifier is the SDK\'s for the same random password and salt', async () => {
  const helper = internals(new AuthenticationHelper('AbCd'));
  await new Promise((resolve) => (helper as unknown as { generateHashDevice(g: string, k: string, cb: () => void): void }).generateHashDevice('group-1', 'us-east-1_device-1', () => resolve(undefined)));
  const password = new Uint8Array(Buffer.from(helper.getRandomPassword(), 'base64'));
  const ours = await deviceVerifier('group-1', 'us-east-1_device-1', { password, salt: fromHex(helper.getSaltDevices()) });
  assert.equal(ours.randomPassword, helper.getRandomPassword());
  assert.equal(ours.Salt, Buffer.from(helper.getSaltDevices(), 'hex').toString('base64'));
  assert.equal(ours.PasswordVerifier, Buffer.from(helper.getVerifierDevices(), 'hex').toString('base64'));
});

test('prepareSrp draws the next sign-in\'s a ahead; the next SrpClient takes it, and only that one', async (t) => {
  const { prepareSrp } = await import('../../src/auth/direct/srp-client.js');
  const draws = t.mock.method(crypto, 'getRandomValues');
  prepareSrp();
  prepareSrp(); // one spare at a time
  assert.equal(draws.mock.callCount(), 1, 'one a drawn ahead');
  const first = new SrpClient('AbCd');
  assert.equal(draws.mock.callCount(), 1, 'the client drew nothing: it took the spare');
  const second = new SrpClient('AbCd');
  assert.equal(draws.mock.callCount(), 2, 'a spare is used once; the next client draws its own');
  assert.notEqual(await first.largeA(), await second.largeA());
});
