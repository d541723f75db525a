/**
 * The secondary indexes that spare lookups a pass over every user: filed on first use, kept
 * right through any write the store tracks (a changed attribute, a deleted user), and rebuilt
 * from what a data directory holds after a restart.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminDeleteUserCommand,
  AdminUpdateUserAttributesCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Index } from '../../dev-pool/indexes.js';
import { startDevPool, type DevPool } from '../../dev-pool/server.js';
import { PASSWORD, adminUser, passwordSignIn, rejectsWith, uniqueName, v3Client } from './helpers.js';

describe('Index', () => {
  it('files records under their keys, re-files a touched one, and forgets a deleted one', () => {
    const records: Record<string, { tags: string[] }> = Object.create(null);
    records.a = { tags: ['x', 'y'] };
    records.b = { tags: ['y'] };
    const index = new Index(records, (r) => r.tags);
    assert.deepEqual(index.find('y'), [records.a, records.b]);
    records.a.tags = ['z'];
    assert.deepEqual(index.find('x'), [records.a], 'untouched: the write was not reported');
    index.touched('a');
    assert.deepEqual(index.find('x'), []);
    assert.deepEqual(index.find('z'), [records.a]);
    delete records.b;
    index.touched('b');
    assert.deepEqual(index.find('y'), []);
    records.c = { tags: ['z'] };
    index.touched('c');
    assert.deepEqual(index.find('z'), [records.a, records.c]);
  });
});

describe('user lookups through the index', () => {
  const config = { UserPool: { UsernameAttributes: ['email'] } };

  async function withPool(dataDir: string, run: (pool: DevPool) => Promise<void>): Promise<void> {
    const pool = await startDevPool({ port: 0, log: () => {}, config, dataDir });
    try {
      await run(pool);
    } finally {
      await pool.close();
    }
  }

  it('follow changed and deleted users, and survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dev-pool-index-'));
    try {
      const first = `${uniqueName('first')}@example.com`;
      const moved = `${uniqueName('moved')}@example.com`;
      await withPool(dataDir, async (pool) => {
        const cognito = v3Client(pool);
        await adminUser(pool, { email: first, email_verified: 'true' }, { username: first });
        await passwordSignIn(pool, first.toUpperCase());
        await cognito.send(
          new AdminUpdateUserAttributesCommand({ UserPoolId: pool.userPoolId, Username: first, UserAttributes: [{ Name: 'email', Value: moved }] }),
        );
        await rejectsWith(passwordSignIn(pool, first), 'NotAuthorizedException', 'Incorrect username or password.');
        await passwordSignIn(pool, moved);
        await rejectsWith(
          cognito.send(new SignUpCommand({ ClientId: pool.clientId, Username: moved, Password: PASSWORD })),
          'UsernameExistsException',
          'An account with the given email already exists.',
        );
        await cognito.send(new SignUpCommand({ ClientId: pool.clientId, Username: first, Password: PASSWORD }));
      });
      await withPool(dataDir, async (pool) => {
        const signedIn = (await passwordSignIn(pool, moved.toUpperCase())).AuthenticationResult!;
        assert.ok(signedIn.AccessToken);
        await v3Client(pool).send(new AdminDeleteUserCommand({ UserPoolId: pool.userPoolId, Username: moved }));
        await rejectsWith(passwordSignIn(pool, moved), 'NotAuthorizedException', 'Incorrect username or password.');
        await v3Client(pool).send(new SignUpCommand({ ClientId: pool.clientId, Username: moved, Password: PASSWORD }));
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
