/** ListUsers with Cognito's filter syntax, through the typed v3 client. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AdminDisableUserCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { adminUser, rejectsWith, usePool, v3Client } from './helpers.js';

const ctx = usePool();

describe('ListUsers', () => {
  it('filters with = and ^=, pages, and trims attributes', async () => {
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    const ann = await adminUser(ctx.pool, { email: 'ann@corp.example', given_name: 'Ann' }, { username: 'ann' });
    await adminUser(ctx.pool, { email: 'anna@corp.example' }, { username: 'anna' });
    await adminUser(ctx.pool, { email: 'bob@home.example' }, { username: 'bob' });
    const names = async (Filter?: string, Limit?: number, PaginationToken?: string) => {
      const out = await cognito.send(new ListUsersCommand({ UserPoolId, Filter, Limit, PaginationToken }));
      return { names: out.Users?.map((u) => u.Username), token: out.PaginationToken };
    };
    assert.deepEqual((await names('email = "ann@corp.example"')).names, [ann]);
    assert.deepEqual((await names('username ^= "ann"')).names, ['ann', 'anna']);
    assert.deepEqual((await names('given_name = "Ann"')).names, ['ann']);
    assert.deepEqual((await names()).names, ['ann', 'anna', 'bob']);
    const first = await names(undefined, 2);
    assert.deepEqual(first.names, ['ann', 'anna']);
    assert.deepEqual((await names(undefined, 2, first.token)).names, ['bob']);
    await cognito.send(new AdminDisableUserCommand({ UserPoolId, Username: 'bob' }));
    assert.deepEqual((await names('status = "Disabled"')).names, ['bob']);
    assert.deepEqual((await names('cognito:user_status = "CONFIRMED"')).names, ['ann', 'anna', 'bob']);
    const trimmed = await cognito.send(new ListUsersCommand({ UserPoolId, Filter: 'username = "ann"', AttributesToGet: ['email'] }));
    assert.deepEqual(trimmed.Users?.[0]?.Attributes, [{ Name: 'email', Value: 'ann@corp.example' }]);
    await rejectsWith(cognito.send(new ListUsersCommand({ UserPoolId, Filter: 'nickname = "x"' })), 'InvalidParameterException');
    await rejectsWith(cognito.send(new ListUsersCommand({ UserPoolId, Filter: 'email is ann' })), 'InvalidParameterException');
  });
});
