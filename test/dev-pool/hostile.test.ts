/** Hostile input and the developer's machine: odd user names, huge bodies, other websites. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, Agent } from 'node:http';
import {
  AdminGetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, rejectsWith, usePool, v3Client } from './helpers.js';

const ctx = usePool();

describe('hostile input', () => {
  for (const username of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`a user named ${username} is an ordinary user`, async () => {
      const cognito = v3Client(ctx.pool);
      await rejectsWith(
        cognito.send(new AdminGetUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username })),
        'UserNotFoundException',
        'User does not exist.',
      );
      await cognito.send(
        new SignUpCommand({
          ClientId: ctx.pool.clientId,
          Username: username,
          Password: PASSWORD,
          UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
        }),
      );
      const got = await cognito.send(new AdminGetUserCommand({ UserPoolId: ctx.pool.userPoolId, Username: username }));
      assert.equal(got.Username, username);
      assert.equal(got.UserStatus, 'UNCONFIRMED');
    });
  }

  it('a confirmed user named __proto__ signs in', async () => {
    const username = await adminUser(ctx.pool, { email: 'proto@example.com' }, { username: '__proto__x' });
    const auth = await v3Client(ctx.pool).send(
      new InitiateAuthCommand({ ClientId: ctx.pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD } }),
    );
    assert.ok(auth.AuthenticationResult?.AccessToken);
  });

  it('answers an oversized body with 413 and keeps the connection usable', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: string) =>
      new Promise<{ status: number; socket: unknown; text: string }>((resolve, reject) => {
        const req = request(ctx.pool.endpoint, {
          method: 'POST',
          agent,
          headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp', 'content-type': 'application/x-amz-json-1.1' },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket, text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const big = await post(JSON.stringify({ ClientId: 'x'.repeat(2 * 1024 * 1024) }));
      assert.equal(big.status, 413);
      assert.equal((JSON.parse(big.text) as { __type: string }).__type, 'RequestEntityTooLargeException');
      const next = await post('{}');
      assert.equal(next.status, 400);
      assert.equal(next.socket, big.socket, 'the same keep-alive connection');
    } finally {
      agent.destroy();
    }
  });

  it('answers admin operations and /_dev/* only to loopback origins; Cognito operations to any', async () => {
    const adminCall = (origin: string) =>
      fetch(ctx.pool.endpoint, {
        method: 'POST',
        headers: { origin, 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminGetUser', 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ UserPoolId: ctx.pool.userPoolId, Username: 'nobody' }),
      });
    const evil = await adminCall('https://evil.example');
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    for (const origin of ['http://localhost:5173', 'http://127.0.0.2:8000', 'http://[::1]:3000']) {
      const ok = await adminCall(origin);
      assert.equal(ok.status, 400, origin); // UserNotFoundException: answered
      assert.equal(ok.headers.get('access-control-allow-origin'), origin);
    }
    const inbox = await fetch(new URL('_dev/inbox', ctx.pool.endpoint), { headers: { origin: 'https://evil.example' } });
    assert.equal(inbox.status, 403);
    assert.equal(inbox.headers.get('access-control-allow-origin'), null);
    const cleared = await fetch(new URL('_dev/inbox', ctx.pool.endpoint), { method: 'DELETE', headers: { origin: 'http://localhost.evil.example' } });
    assert.equal(cleared.status, 403);
    const preflight = await fetch(new URL('_dev/inbox', ctx.pool.endpoint), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const publicCall = await fetch(ctx.pool.endpoint, {
      method: 'POST',
      headers: { origin: 'https://app.example', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({ ClientId: ctx.pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'nobody', PASSWORD } }),
    });
    assert.equal(publicCall.status, 400);
    assert.equal(publicCall.headers.get('access-control-allow-origin'), '*');
  });
});
