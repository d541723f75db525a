/** The HTTP surface: CORS, error framing, the /_dev endpoints and the JWKS. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ListIdentityPoolsCommand } from '@aws-sdk/client-cognito-identity';
import { AdminGetUserCommand, ResendConfirmationCodeCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, call, identityClient, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';

const ctx = usePool();

describe('HTTP', () => {
  it('answers a CORS preflight the way browsers need', async () => {
    const response = await fetch(ctx.pool.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:8000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-amz-target,x-amz-user-agent,x-something-newer',
      },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    for (const header of ['x-something-newer', 'content-type', 'x-amz-target', 'x-amz-user-agent', 'authorization', 'amz-sdk-invocation-id', 'amz-sdk-request', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'cache-control']) {
      assert.ok(allowed.includes(header), `${header} allowed`);
    }
  });

  it('frames errors as AWS JSON 1.1 with the type in a header, CORS included', async () => {
    // Raw on purpose: the framing itself (status, headers, body) is what is checked.
    const { status, headers, body } = await call(ctx.pool, 'InitiateAuth', {
      ClientId: ctx.pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'nobody', PASSWORD },
    });
    assert.equal(status, 400);
    assert.deepEqual(body, { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    assert.equal(headers.get('content-type'), 'application/x-amz-json-1.1');
    assert.match(headers.get('x-amzn-errortype') ?? '', /^NotAuthorizedException:/);
    assert.ok(headers.get('x-amzn-requestid'));
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.match(headers.get('access-control-expose-headers') ?? '', /x-amzn-errortype/);
  });

  it('answers unknown targets and bad bodies with AWS errors', async () => {
    const unknown = await call(ctx.pool, 'NoSuchThing', {});
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.__type, 'UnknownOperationException');
    await rejectsWith(
      identityClient(ctx.pool).send(new ListIdentityPoolsCommand({ MaxResults: 10 })),
      'UnknownOperationException',
      /AWSCognitoIdentityService\.ListIdentityPools/,
    );
    const response = await fetch(ctx.pool.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
      body: '{not json',
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { __type: string }).__type, 'SerializationException');
  });

  it('accepts admin calls with any (or no) Authorization header', async () => {
    const username = uniqueName('raw');
    const response = await fetch(ctx.pool.endpoint, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSCognitoIdentityProviderService.AdminCreateUser',
        authorization: 'AWS4-HMAC-SHA256 Credential=nonsense',
      },
      body: JSON.stringify({
        UserPoolId: ctx.pool.userPoolId,
        Username: username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      }),
    });
    assert.equal(response.status, 200);
    const got = await v3Client(ctx.pool).send(new AdminGetUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username }));
    assert.equal(got.UserStatus, 'FORCE_CHANGE_PASSWORD');
    assert.ok(got.UserCreateDate instanceof Date, 'epoch seconds on the wire, a Date once parsed');
  });

  it('serves /_dev/config', async () => {
    const response = await fetch(new URL('_dev/config', ctx.pool.endpoint), { headers: { Origin: 'http://127.0.0.1:8000' } });
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');
    assert.deepEqual(await response.json(), {
      endpoint: ctx.pool.endpoint,
      userPoolId: 'us-east-1_DevPool01',
      clientId: 'devpoolclient',
      identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
      region: 'us-east-1',
    });
  });

  it('serves /_dev/inbox newest last, and DELETE clears it', async () => {
    const username = uniqueName('inbox');
    const cognito = v3Client(ctx.pool);
    await cognito.send(
      new SignUpCommand({
        ClientId: ctx.pool.clientId,
        Username: username,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      }),
    );
    await cognito.send(new ResendConfirmationCodeCommand({ ClientId: ctx.pool.clientId, Username: username }));
    const inbox = (await (await fetch(new URL('_dev/inbox', ctx.pool.endpoint))).json()) as Record<string, string>[];
    const mine = inbox.filter((m) => m.username === username);
    assert.equal(mine.length, 2);
    assert.deepEqual(Object.keys(mine[0]!).sort(), ['code', 'destination', 'kind', 'medium', 'sentAt', 'username']);
    assert.equal(inbox.at(-1)!.code, ctx.pool.inbox().at(-1)!.code);
    assert.ok(!Number.isNaN(Date.parse(mine[1]!.sentAt!)));
    assert.ok(mine[0]!.sentAt! <= mine[1]!.sentAt!);

    const cleared = await fetch(new URL('_dev/inbox', ctx.pool.endpoint), { method: 'DELETE' });
    assert.equal(cleared.status, 200);
    assert.deepEqual(ctx.pool.inbox(), []);
  });

  it('publishes the JWKS under the pool id', async () => {
    const response = await fetch(new URL(`${ctx.pool.userPoolId}/.well-known/jwks.json`, ctx.pool.endpoint));
    assert.equal(response.status, 200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    assert.equal(keys.length, 1);
    assert.deepEqual(Object.keys(keys[0]!).sort(), ['alg', 'e', 'kid', 'kty', 'n', 'use']);
    assert.equal(keys[0]!.alg, 'RS256');
    assert.equal(keys[0]!.use, 'sig');
    assert.equal(keys[0]!.e, 'AQAB');
  });
});
