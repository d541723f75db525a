/**
 * The USER_AUTH state machine over a scripted Cognito (fetch stubbed): which request each step
 * sends (each checked against Cognito's API model), where each answer leads, and that the
 * tokens land in the SDK's storage keys, where the SDK adapter reads them back.
 */
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cognitoApi } from '../../src/auth/user-auth/api.js';
import { userAuthCalls } from '../../src/auth/user-auth/calls.js';
import { UserAuthFlow, type UserAuthStep } from '../../src/auth/user-auth/flow.js';
import { SdkAdapter } from '../../src/auth/sdk-adapter.js';
import { AuthError } from '../../src/errors/auth-error.js';
import { modelViolation } from '../shared/api-model.js';

interface Body {
  AuthFlow?: string;
  ChallengeName?: string;
  Session?: string;
  Password?: string;
  AuthParameters: Record<string, string>;
  ChallengeResponses: Record<string, string>;
}
type Sent = { op: string; body: Body };
let sent: Sent[] = [];
let answers: Array<Record<string, unknown> | Response> = [];
const realFetch = globalThis.fetch;
const global = globalThis as Record<string, unknown>;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`;
const now = () => Math.floor(Date.now() / 1000);
/** Cognito's user name is the sub in e-mail pools: not what the user typed. */
const tokens = (username = '7d1e-sub') => ({
  AuthenticationResult: {
    AccessToken: jwt({ sub: username, username, iat: now(), exp: now() + 3600, token_use: 'access' }),
    IdToken: jwt({ sub: username, 'cognito:username': username, iat: now(), exp: now() + 3600, token_use: 'id' }),
    RefreshToken: 'refresh.token.value',
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  },
});
const challenge = (ChallengeName: string, ChallengeParameters: Record<string, string> = {}, extra = {}) => ({
  ChallengeName, Session: `session-${ChallengeName}`, ChallengeParameters, ...extra,
});
const select = (...available: string[]) => challenge('SELECT_CHALLENGE', {}, { AvailableChallenges: available });
const emailed = challenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' });

const config = { userPoolId: 'us-east-1_TestPool1', clientId: 'testclient', endpoint: 'http://pool.test/' };
let adapter: SdkAdapter;
let steps: UserAuthStep['kind'][];
const flow = () => new UserAuthFlow(userAuthCalls(cognitoApi(config).call, config.clientId), {
  ...config, storage: adapter.storage, onStep: (step) => steps.push(step.kind),
});
const requests = () => sent.map(({ op, body }) => [op, body.ChallengeName ?? body.AuthFlow, body.ChallengeResponses ?? body.AuthParameters]);

beforeEach(() => {
  sent = [];
  answers = [];
  steps = [];
  adapter = new SdkAdapter({ ...config, storage: 'memory' });
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    assert.equal(url, config.endpoint);
    const headers = init.headers as Record<string, string>;
    assert.equal(headers['Content-Type'], 'application/x-amz-json-1.1');
    const op = headers['X-Amz-Target'];
    const body = JSON.parse(String(init.body));
    assert.equal(modelViolation(op, body), undefined);
    sent.push({ op: op.split('.')[1], body });
    const answer = answers.shift() ?? {};
    // Cognito's errors are 400s with the type in the body.
    return answer instanceof Response ? answer : Response.json(answer, { status: answer.__type ? 400 : 200 });
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
  delete global.PublicKeyCredential;
  delete global.navigator;
});

test('e-mail code: username alone, SELECT_CHALLENGE, the code (spaces and dashes dropped), tokens in the SDK keys', async () => {
  const f = flow();
  answers.push(select('WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP', 'PASSWORD'), emailed, tokens());
  assert.deepEqual(await f.start('ana@example.com'), { kind: 'select', username: 'ana@example.com', available: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD'] });
  const code = await f.choose('EMAIL_OTP');
  assert.deepEqual(code, { kind: 'code', username: 'ana@example.com', challenge: 'EMAIL_OTP', delivery: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL' }, available: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD'] });
  const done = await f.code(' 123-456 ');
  assert.equal(done.kind, 'done');
  assert.deepEqual(requests(), [
    ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ana@example.com' }],
    ['RespondToAuthChallenge', 'SELECT_CHALLENGE', { USERNAME: 'ana@example.com', ANSWER: 'EMAIL_OTP' }],
    ['RespondToAuthChallenge', 'EMAIL_OTP', { USERNAME: 'ana@example.com', EMAIL_OTP_CODE: '123456' }],
  ]);
  assert.equal(sent[2].body.Session, 'session-EMAIL_OTP');
  const prefix = 'CognitoIdentityServiceProvider.testclient';
  assert.equal(adapter.storage.getItem(`${prefix}.LastAuthUser`), '7d1e-sub');
  assert.ok(done.kind === 'done');
  assert.equal(done.username, '7d1e-sub');
  assert.equal(adapter.storage.getItem(`${prefix}.7d1e-sub.accessToken`), done.tokens.accessToken);
  assert.equal(adapter.storage.getItem(`${prefix}.7d1e-sub.refreshToken`), 'refresh.token.value');
  assert.match(adapter.storage.getItem(`${prefix}.7d1e-sub.clockDrift`) ?? '', /^-?\d+$/);
  // The SDK adapter's own restore finds the session, as after an SRP sign-in.
  const restored = await adapter.restoreSession();
  assert.equal(restored?.username, '7d1e-sub');
  assert.equal(restored?.tokens.idToken, done.tokens.idToken);
  assert.deepEqual(steps, ['select', 'code', 'done']);
});

test('a wrong code rejects as CodeMismatchException at the code field and keeps the step; resend asks for the factor again', async () => {
  const f = flow();
  answers.push(emailed, { __type: 'CodeMismatchException', message: 'Invalid code' }, emailed);
  await f.start('ana', { preferred: 'EMAIL_OTP' });
  assert.deepEqual(sent[0].body.AuthParameters, { USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
  const error = await f.code('000000').catch((e) => e);
  assert.ok(error instanceof AuthError);
  assert.equal(error.code, 'CodeMismatchException');
  assert.equal(error.field, 'code');
  assert.equal(f.step?.kind, 'code');
  await f.resend();
  assert.deepEqual(sent[2].body.AuthParameters, { USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
});

test('password: chosen at SELECT_CHALLENGE it is sent by SRP (never in plain text), then PASSWORD_VERIFIER', async () => {
  const f = flow();
  answers.push(select('PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'));
  await f.start('ana');
  assert.deepEqual(await f.choose('PASSWORD'), { kind: 'password', username: 'ana', available: ['PASSWORD', 'EMAIL_OTP'] });
  assert.equal(sent.length, 1, 'choosing the password asks nothing yet');
  const verifier = challenge('PASSWORD_VERIFIER', { SRP_B: 'ab'.repeat(192), SALT: '0123abcd', SECRET_BLOCK: Buffer.from('secret').toString('base64'), USER_ID_FOR_SRP: '7d1e-sub', USERNAME: '7d1e-sub' });
  answers.push(verifier, tokens());
  assert.equal((await f.password('Correct-Horse-7')).kind, 'done');
  const [, chosen, proof] = sent;
  assert.equal(chosen.body.ChallengeResponses.ANSWER, 'PASSWORD_SRP');
  assert.match(chosen.body.ChallengeResponses.SRP_A, /^[0-9a-f]{500,}$/);
  assert.equal(proof.body.ChallengeName, 'PASSWORD_VERIFIER');
  assert.equal(proof.body.ChallengeResponses.USERNAME, '7d1e-sub');
  assert.match(proof.body.ChallengeResponses.PASSWORD_CLAIM_SIGNATURE, /^[A-Za-z0-9+/]{43}=$/);
  assert.match(proof.body.ChallengeResponses.TIMESTAMP, /^\w{3} \w{3} \d{1,2} \d\d:\d\d:\d\d UTC \d{4}$/);
  assert.doesNotMatch(JSON.stringify(sent), /Correct-Horse-7/);
});

test('preferred PASSWORD: the password step comes first, without a request; a wrong password reads like any sign-in failure', async () => {
  const f = flow();
  assert.equal((await f.start('ana', { preferred: 'PASSWORD' })).kind, 'password');
  assert.equal(sent.length, 0);
  answers.push({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  const error = await f.password('wrong').catch((e) => e);
  assert.equal(sent[0].body.AuthParameters.PREFERRED_CHALLENGE, 'PASSWORD_SRP');
  assert.equal(error.key, 'error.signInFailed');
  assert.equal(error.field, 'password');
  assert.equal(f.step?.kind, 'password');
});

test('a refused password ends that Cognito session: the next try asks anew instead of answering the spent one', async () => {
  const f = flow();
  answers.push(select('PASSWORD', 'EMAIL_OTP'), { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }, tokens());
  await f.start('ana');
  await f.choose('PASSWORD');
  assert.equal((await f.password('wrong').catch((e) => e)).key, 'error.signInFailed');
  assert.equal((await f.password('right')).kind, 'done');
  assert.deepEqual(requests().slice(1), [
    ['RespondToAuthChallenge', 'SELECT_CHALLENGE', { USERNAME: 'ana', ANSWER: 'PASSWORD', PASSWORD: 'wrong' }],
    ['InitiateAuth', 'USER_AUTH', { USERNAME: 'ana', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'right' }],
  ]);
});

test('MFA after the password is a challenge (EMAIL_OTP included), answered as the SDK path answers it', async () => {
  const f = flow();
  answers.push(select('PASSWORD'));
  await f.start('ana');
  answers.push(challenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', USERNAME: '7d1e-sub' }));
  const mfa = await f.password('pw');
  assert.equal(sent[1].body.ChallengeResponses.PASSWORD, 'pw', 'a pool that offers PASSWORD alone gets it in plain text, as it asked');
  assert.deepEqual(mfa.kind === 'challenge' && [mfa.challenge, mfa.parameters.CODE_DELIVERY_DELIVERY_MEDIUM], ['EMAIL_OTP', 'EMAIL']);
  answers.push(tokens());
  assert.equal((await f.answer({ challenge: 'EMAIL_OTP', code: '111222' })).kind, 'done');
  assert.deepEqual(sent[2].body.ChallengeResponses, { USERNAME: '7d1e-sub', EMAIL_OTP_CODE: '111222' });
});

test('MFA_SETUP after the password: the app secret and its first code over the challenge session, then the challenge answered', async () => {
  const f = flow();
  answers.push(challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USERNAME: '7d1e-sub' }));
  await f.start('ana', { preferred: 'PASSWORD' });
  const setup = await f.password('pw');
  assert.ok(setup.kind === 'challenge' && setup.challenge === 'MFA_SETUP', JSON.stringify(setup));
  answers.push({ SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'after-associate' });
  assert.equal(await f.associateSoftwareToken(), 'JBSWY3DPEHPK3PXP');
  answers.push({ Status: 'SUCCESS', Session: 'after-verify' }, tokens());
  assert.equal((await f.answer({ challenge: 'MFA_SETUP', code: '123456', deviceName: 'Phone' })).kind, 'done');
  const [, associate, verify, respond] = sent;
  assert.deepEqual([associate.op, associate.body.Session], ['AssociateSoftwareToken', 'session-MFA_SETUP']);
  assert.deepEqual([verify.op, verify.body.Session], ['VerifySoftwareToken', 'after-associate']);
  assert.deepEqual([respond.body.ChallengeName, respond.body.Session, respond.body.ChallengeResponses], ['MFA_SETUP', 'after-verify', { USERNAME: '7d1e-sub' }]);
});

test('sign-in after sign-up: ConfirmSignUp\'s Session goes with InitiateAuth and signs in at once', async () => {
  const calls = userAuthCalls(cognitoApi(config).call, config.clientId);
  answers.push({ UserConfirmed: false, UserSub: 'sub-1', CodeDeliveryDetails: { DeliveryMedium: 'EMAIL' }, Session: 'signup-session' });
  const signedUp = await calls.signUp({ username: 'ana', attributes: { email: 'ana@example.com' } });
  assert.equal(sent[0].body.Password, undefined);
  answers.push({ Session: 'confirmed-session' });
  const session = await calls.confirmSignUp('ana', '123456', signedUp.session);
  assert.equal(sent[1].body.Session, 'signup-session');
  answers.push(tokens('ana'));
  const done = await flow().start('ana', { session });
  assert.equal(done.kind, 'done');
  assert.equal(sent[2].body.Session, 'confirmed-session');
  assert.deepEqual(sent[2].body.AuthParameters, { USERNAME: 'ana' });
});

/** A browser with WebAuthn whose get() does what `get` says. */
function browser(get: (options: CredentialRequestOptions) => Promise<unknown>) {
  global.PublicKeyCredential = function PublicKeyCredential() {};
  Object.defineProperty(globalThis, 'navigator', { value: { credentials: { get, create: get } }, configurable: true, writable: true });
}
const REQUEST_OPTIONS = JSON.stringify({ challenge: 'AAEC', rpId: 'localhost', allowCredentials: [], userVerification: 'required' });

test('passkey: the ceremony runs on CREDENTIAL_REQUEST_OPTIONS and its JSON goes back as CREDENTIAL', async () => {
  let asked: CredentialRequestOptions | undefined;
  browser(async (options) => ((asked = options), { toJSON: () => ({ id: 'cred-1', type: 'public-key', response: {} }) }));
  const f = flow();
  answers.push(challenge('WEB_AUTHN', { CREDENTIAL_REQUEST_OPTIONS: REQUEST_OPTIONS }), tokens());
  assert.equal((await f.start('ana', { preferred: 'WEB_AUTHN' })).kind, 'done');
  assert.deepEqual([...new Uint8Array(asked!.publicKey!.challenge as ArrayBuffer)], [0, 1, 2]);
  assert.deepEqual(JSON.parse(sent[1].body.ChallengeResponses.CREDENTIAL), { id: 'cred-1', type: 'public-key', response: {} });
  assert.deepEqual(steps, ['passkey', 'done']);
});

test('a cancelled ceremony is a step: words for it, the username and the other factors kept; retry asks Cognito anew', async () => {
  browser(async () => {
    throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
  });
  const f = flow();
  answers.push(select('WEB_AUTHN', 'EMAIL_OTP'), challenge('WEB_AUTHN', { CREDENTIAL_REQUEST_OPTIONS: REQUEST_OPTIONS }));
  await f.start('ana');
  const failed = await f.choose('WEB_AUTHN');
  assert.equal(failed.kind, 'passkey-failed');
  assert.equal(failed.kind === 'passkey-failed' && failed.error.key, 'error.passkey.cancelled');
  assert.deepEqual(failed.kind === 'passkey-failed' && [failed.username, failed.available], ['ana', ['WEB_AUTHN', 'EMAIL_OTP']]);
  assert.equal(sent.length, 2, 'nothing sent for the cancelled ceremony');
  answers.push(emailed);
  await f.choose('EMAIL_OTP');
  assert.deepEqual(sent[2].body.AuthParameters, { USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
});

test('the client: Cognito error types from body or header, untyped failures as NetworkError, timeouts, aborts', async () => {
  const api = cognitoApi({ ...config, requestTimeout: 50 });
  const failing = (response: () => Promise<Response>) => (globalThis.fetch = response as unknown as typeof fetch);
  failing(async () => Response.json({ __type: 'com.amazonaws#UserNotFoundException', message: 'x' }, { status: 400 }));
  await assert.rejects(api.call('GetUser', {}), { code: 'UserNotFoundException', statusCode: 400 });
  failing(async () => new Response('', { status: 400, headers: { 'x-amzn-errortype': 'LimitExceededException:http://internal' } }));
  await assert.rejects(api.call('GetUser', {}), { code: 'LimitExceededException' });
  failing(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
  await assert.rejects(api.call('GetUser', {}), { code: 'NetworkError' });
  failing(async () => Promise.reject(new TypeError('Failed to fetch')));
  await assert.rejects(api.call('GetUser', {}), { code: 'NetworkError' });
  const hanging = async (_: string, init: RequestInit) =>
    new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  globalThis.fetch = hanging as unknown as typeof fetch;
  await assert.rejects(api.call('GetUser', {}), { code: 'TimeoutError' });
  const controller = new AbortController();
  const call = api.call('GetUser', {}, controller.signal);
  controller.abort();
  await assert.rejects(call, { code: 'AbortError' });
  const pending = api.call('GetUser', {});
  api.abortAll();
  await assert.rejects(pending, { code: 'AbortError' });
});
