/**
 * CUSTOM_AUTH with the `CustomAuth` steps standing in for the Lambda triggers: SRP then an
 * e-mailed code (amazon-cognito-identity-js's authenticateUser + sendCustomChallengeAnswer,
 * unmodified), and password-less rounds of fixed questions.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import { loadConfig, ConfigError } from '../../dev-pool/config.js';
import type { DevPool } from '../../dev-pool/server.js';
import { PASSWORD, adminUser, decodeJwt, lastMessage, rejectsWith, uniqueName, usePool, v3Client, wrongCode } from './helpers.js';
import { authenticate, sdkUser, sendCustomAnswer, type Step } from './sdk.js';

const PROMPT = { prompt: 'Enter the code we e-mailed you', type: 'code' };

function customStep(step: Step): Record<string, string> {
  assert.equal(step.step, 'CUSTOM_CHALLENGE');
  return (step as Step & { step: 'CUSTOM_CHALLENGE' }).parameters;
}

describe('CustomAuth configuration', () => {
  it('reads the steps and refuses what it cannot run', () => {
    const { customAuth } = loadConfig({
      CustomAuth: { WrongAnswersAllowed: 1, Steps: [{ Type: 'SRP' }, { Type: 'ANSWER', Answer: '42', WrongAnswersAllowed: 0 }] },
    });
    assert.deepEqual(customAuth?.steps, [
      { type: 'SRP' },
      { type: 'ANSWER', answer: '42', challengeParameters: {}, wrongAnswersAllowed: 0 },
    ]);
    assert.equal(loadConfig({}).customAuth, undefined);
    assert.throws(() => loadConfig({ CustomAuth: { Steps: [] } }), ConfigError);
    assert.throws(() => loadConfig({ CustomAuth: { Steps: [{ Type: 'CODE' }, { Type: 'SRP' }] } }), ConfigError);
    assert.throws(() => loadConfig({ CustomAuth: { Steps: [{ Type: 'ANSWER' }] } }), ConfigError);
    assert.throws(() => loadConfig({ CustomAuth: { Steps: [{ Type: 'LAMBDA' }] } }), ConfigError);
  });
});

describe('CUSTOM_AUTH: SRP, then a code by e-mail', () => {
  const ctx = usePool({
    config: {
      CustomAuth: {
        WrongAnswersAllowed: 1,
        Steps: [{ Type: 'SRP' }, { Type: 'CODE', DeliveryMedium: 'EMAIL', ChallengeParameters: PROMPT }],
      },
    },
  });

  it('works with the SDK unmodified: a wrong code asks again, the right one signs in', async () => {
    const { pool } = ctx;
    const email = `${uniqueName('custom')}@example.com`;
    const username = await adminUser(pool, { email, email_verified: 'true' });
    const user = sdkUser(pool, username);
    user.setAuthenticationFlowType('CUSTOM_AUTH');
    const first = customStep(await authenticate(user, username, PASSWORD));
    assert.deepEqual(first, { ...PROMPT, USERNAME: username });
    const message = lastMessage(pool, username, 'CUSTOM_CHALLENGE');
    assert.equal(message.destination, email);
    assert.equal(message.medium, 'EMAIL');

    const again = customStep(await sendCustomAnswer(user, wrongCode(message.code)));
    assert.deepEqual(again, first);
    assert.equal(lastMessage(pool, username, 'CUSTOM_CHALLENGE').code, message.code, 'a retry keeps the code');
    const done = await sendCustomAnswer(user, message.code);
    assert.equal(done.step, 'SUCCESS');
    const session = (done as Step & { step: 'SUCCESS' }).session;
    assert.equal(session.getIdToken().decodePayload()['cognito:username'], username);
  });

  it('fails once the wrong answers run out, and refuses a start without SRP', async () => {
    const { pool } = ctx;
    const username = await adminUser(pool, { email: `${uniqueName('custom')}@example.com` });
    const user = sdkUser(pool, username);
    user.setAuthenticationFlowType('CUSTOM_AUTH');
    customStep(await authenticate(user, username, PASSWORD));
    const code = lastMessage(pool, username, 'CUSTOM_CHALLENGE').code;
    customStep(await sendCustomAnswer(user, wrongCode(code)));
    await assert.rejects(sendCustomAnswer(user, wrongCode(code)), {
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });

    await rejectsWith(
      v3Client(pool).send(
        new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: username } }),
      ),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});

describe('CUSTOM_AUTH: two questions, no password', () => {
  const ctx = usePool({
    config: {
      CustomAuth: {
        WrongAnswersAllowed: 2,
        Steps: [
          { Type: 'ANSWER', Answer: 'blue', ChallengeParameters: { prompt: 'Favourite colour?', type: 'text' } },
          { Type: 'ANSWER', Answer: '42', ChallengeParameters: { prompt: 'The answer?', type: 'number' }, WrongAnswersAllowed: 0 },
        ],
      },
    },
  });

  const start = (pool: DevPool, name: string) =>
    v3Client(pool).send(new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: name } }));
  const answer = (pool: DevPool, name: string, session: string | undefined, value: string) =>
    v3Client(pool).send(
      new RespondToAuthChallengeCommand({
        ClientId: pool.clientId,
        ChallengeName: 'CUSTOM_CHALLENGE',
        Session: session,
        ChallengeResponses: { USERNAME: name, ANSWER: value },
      }),
    );

  it('asks each round in turn, with a new Session each time, then issues tokens that refresh', async () => {
    const { pool } = ctx;
    const username = await adminUser(pool, { email: `${uniqueName('quiz')}@example.com` });
    const first = await start(pool, username);
    assert.equal(first.ChallengeName, 'CUSTOM_CHALLENGE');
    assert.deepEqual(first.ChallengeParameters, { prompt: 'Favourite colour?', type: 'text', USERNAME: username });
    const retry = await answer(pool, username, first.Session, 'Blue');
    assert.equal(retry.ChallengeParameters?.prompt, 'Favourite colour?');
    assert.notEqual(retry.Session, first.Session);
    await rejectsWith(answer(pool, username, first.Session, 'blue'), 'NotAuthorizedException', /session can only be used once/);
    const second = await answer(pool, username, retry.Session, 'blue');
    assert.deepEqual(second.ChallengeParameters, { prompt: 'The answer?', type: 'number', USERNAME: username });
    const done = await answer(pool, username, second.Session, '42');
    assert.equal(decodeJwt(done.AuthenticationResult!.AccessToken!).payload.username, username);
    const refreshed = await v3Client(pool).send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: done.AuthenticationResult!.RefreshToken! },
      }),
    );
    assert.ok(refreshed.AuthenticationResult?.AccessToken);
  });

  it('honours each round its own number of wrong answers, and answers for nobody alike', async () => {
    const { pool } = ctx;
    const username = await adminUser(pool, { email: `${uniqueName('quiz')}@example.com` });
    const first = await start(pool, username);
    const second = await answer(pool, username, first.Session, 'blue');
    await rejectsWith(answer(pool, username, second.Session, '41'), 'NotAuthorizedException', 'Incorrect username or password.');

    // A user that does not exist is asked the same question, and fails the same way.
    const ghost = await start(pool, 'nobody-at-all');
    assert.deepEqual(ghost.ChallengeParameters, { prompt: 'Favourite colour?', type: 'text', USERNAME: 'nobody-at-all' });
    let session = ghost.Session;
    for (let i = 0; i < 2; i++) session = (await answer(pool, 'nobody-at-all', session, 'blue')).Session;
    await rejectsWith(answer(pool, 'nobody-at-all', session, 'blue'), 'NotAuthorizedException', 'Incorrect username or password.');
    assert.equal(pool.inbox().filter((m) => m.username === 'nobody-at-all').length, 0);
  });
});
