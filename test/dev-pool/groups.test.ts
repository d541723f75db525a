/** Groups and the cognito:groups / cognito:roles / cognito:preferred_role claims, through the typed v3 client. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, decodeJwt, rejectsWith, usePool, v3Client } from './helpers.js';

const ADMIN_ROLE = 'arn:aws:iam::123456789012:role/admins';
const EDITOR_ROLE = 'arn:aws:iam::123456789012:role/editors';
const ctx = usePool({ config: { Groups: [{ GroupName: 'seeded', Description: 'from the config', Precedence: 5 }] } });

describe('groups', () => {
  it('creates, lists, reads and deletes groups; seeds them from the config', async () => {
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    const created = await cognito.send(new CreateGroupCommand({ UserPoolId, GroupName: 'temp', Description: 'short-lived', Precedence: 3 }));
    assert.equal(created.Group?.GroupName, 'temp');
    assert.equal(created.Group?.Precedence, 3);
    assert.ok(created.Group?.CreationDate instanceof Date);
    await rejectsWith(cognito.send(new CreateGroupCommand({ UserPoolId, GroupName: 'temp' })), 'GroupExistsException');
    const listed = await cognito.send(new ListGroupsCommand({ UserPoolId }));
    assert.deepEqual(listed.Groups?.map((g) => g.GroupName), ['seeded', 'temp']);
    assert.equal((await cognito.send(new GetGroupCommand({ UserPoolId, GroupName: 'seeded' }))).Group?.Description, 'from the config');
    const updated = await cognito.send(new UpdateGroupCommand({ UserPoolId, GroupName: 'temp', Description: 'changed', Precedence: 9 }));
    assert.deepEqual([updated.Group?.Description, updated.Group?.Precedence], ['changed', 9]);
    assert.equal((await cognito.send(new GetGroupCommand({ UserPoolId, GroupName: 'temp' }))).Group?.Precedence, 9);
    await cognito.send(new DeleteGroupCommand({ UserPoolId, GroupName: 'temp' }));
    await rejectsWith(cognito.send(new GetGroupCommand({ UserPoolId, GroupName: 'temp' })), 'ResourceNotFoundException', 'Group not found.');
  });

  it('puts a member’s groups in both tokens, and the roles in the id token', async () => {
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    await cognito.send(new CreateGroupCommand({ UserPoolId, GroupName: 'editors', RoleArn: EDITOR_ROLE, Precedence: 2 }));
    await cognito.send(new CreateGroupCommand({ UserPoolId, GroupName: 'admins', RoleArn: ADMIN_ROLE, Precedence: 1 }));
    const username = await adminUser(ctx.pool, { email: 'member@example.com' });
    for (const GroupName of ['editors', 'admins']) {
      await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: username, GroupName }));
    }
    const mine = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId, Username: username }));
    assert.deepEqual(mine.Groups?.map((g) => g.GroupName), ['admins', 'editors']);
    const members = await cognito.send(new ListUsersInGroupCommand({ UserPoolId, GroupName: 'admins' }));
    assert.deepEqual(members.Users?.map((u) => u.Username), [username]);

    const signIn = () =>
      cognito.send(
        new InitiateAuthCommand({ ClientId: ctx.pool.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD } }),
      );
    const tokens = (await signIn()).AuthenticationResult!;
    const id = decodeJwt(tokens.IdToken!).payload;
    const access = decodeJwt(tokens.AccessToken!).payload;
    assert.deepEqual(id['cognito:groups'], ['admins', 'editors']);
    assert.deepEqual(access['cognito:groups'], ['admins', 'editors']);
    assert.deepEqual(id['cognito:roles'], [ADMIN_ROLE, EDITOR_ROLE]);
    assert.equal(id['cognito:preferred_role'], ADMIN_ROLE);

    await cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: username, GroupName: 'admins' }));
    await cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: username, GroupName: 'editors' }));
    const after = decodeJwt((await signIn()).AuthenticationResult!.IdToken!).payload;
    assert.equal(after['cognito:groups'], undefined);
  });
});
