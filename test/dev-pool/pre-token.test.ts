/**
 * `PreTokenGeneration`, the stand-in for a V2_0 pre token generation trigger: claims added,
 * overridden and suppressed in either token, for everyone, per group, per attribute and per
 * app client; scopes; group overrides; applied again at every refresh.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminAddUserToGroupCommand,
  AdminUpdateUserAttributesCommand,
  GetUserCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConfigError, loadConfig } from '../../dev-pool/config.js';
import { PASSWORD, adminUser, decodeJwt, passwordSignIn, rejectsWith, usePool, v3Client } from './helpers.js';

const ROLE = 'arn:aws:iam::123456789012:role/auditor';
const ctx = usePool({
  config: {
    UserPool: { SchemaAttributes: [{ Name: 'email', Required: true }, { Name: 'custom:tenant' }, { Name: 'custom:plan' }] },
    UserPoolClients: [{ ClientId: 'web' }, { ClientId: 'partner' }],
    Groups: [{ GroupName: 'admins', Precedence: 1 }, { GroupName: 'auditors' }],
    PreTokenGeneration: [
      {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: { tier: 'free', name: 'Renamed', profile: { theme: 'dark' } }, claimsToSuppress: ['phone_number'] },
          accessTokenGeneration: { claimsFromAttributes: { tenant: 'custom:tenant' }, scopesToAdd: ['api/read'] },
        },
      },
      { When: { Attribute: 'custom:plan', Equals: 'pro' }, claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { tier: 'pro' } } } },
      {
        When: { Group: 'admins' },
        claimsAndScopeOverrideDetails: { accessTokenGeneration: { scopesToAdd: ['api/admin'], claimsToAddOrOverride: { roles: ['admin', 'user'] } } },
      },
      {
        When: { Group: 'auditors' },
        claimsAndScopeOverrideDetails: { groupOverrideDetails: { groupsToOverride: ['audit'], iamRolesToOverride: [ROLE], preferredRole: ROLE } },
      },
      {
        When: { ClientId: 'partner' },
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: { partner: true }, claimsToSuppress: ['partner', 'email'] },
          accessTokenGeneration: { scopesToSuppress: ['aws.cognito.signin.user.admin'] },
        },
      },
    ],
  },
});

const claimsOf = (auth: { IdToken?: string; AccessToken?: string }) => ({
  id: decodeJwt(auth.IdToken!).payload,
  access: decodeJwt(auth.AccessToken!).payload,
});

describe('PreTokenGeneration', () => {
  it('adds, overrides and suppresses claims for everyone, and copies attributes into claims', async () => {
    const username = await adminUser(ctx.pool, { email: 'claims@example.com', name: 'Ada', phone_number: '+15550005555', 'custom:tenant': 'acme' });
    const { id, access } = claimsOf((await passwordSignIn(ctx.pool, username, PASSWORD, 'web')).AuthenticationResult!);
    assert.equal(id.tier, 'free');
    assert.equal(id.name, 'Renamed');
    assert.deepEqual(id.profile, { theme: 'dark' });
    assert.equal(id.phone_number, undefined);
    assert.equal(id.email, 'claims@example.com');
    assert.equal(access.tenant, 'acme');
    assert.equal(id.tenant, undefined);
    assert.equal(access.scope, 'aws.cognito.signin.user.admin api/read');
  });

  it('applies rules per attribute value and per group, again at every refresh', async () => {
    const cognito = v3Client(ctx.pool);
    const UserPoolId = ctx.pool.userPoolId;
    const username = await adminUser(ctx.pool, { email: 'rules@example.com', 'custom:plan': 'basic' });
    const first = (await passwordSignIn(ctx.pool, username, PASSWORD, 'web')).AuthenticationResult!;
    assert.equal(claimsOf(first).id.tier, 'free');
    assert.equal(claimsOf(first).access.roles, undefined);

    await cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId, Username: username, UserAttributes: [{ Name: 'custom:plan', Value: 'pro' }] }));
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: username, GroupName: 'admins' }));
    const refreshed = await cognito.send(
      new InitiateAuthCommand({ ClientId: 'web', AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: first.RefreshToken! } }),
    );
    const { id, access } = claimsOf(refreshed.AuthenticationResult!);
    assert.equal(id.tier, 'pro');
    assert.deepEqual(access.roles, ['admin', 'user']);
    assert.equal(access.scope, 'aws.cognito.signin.user.admin api/read api/admin');
    assert.deepEqual(access['cognito:groups'], ['admins']);
  });

  it('overrides the group claims with groupOverrideDetails', async () => {
    const username = await adminUser(ctx.pool, { email: 'audit@example.com' });
    await v3Client(ctx.pool).send(new AdminAddUserToGroupCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, GroupName: 'auditors' }));
    const { id, access } = claimsOf((await passwordSignIn(ctx.pool, username, PASSWORD, 'web')).AuthenticationResult!);
    assert.deepEqual(id['cognito:groups'], ['audit']);
    assert.deepEqual(access['cognito:groups'], ['audit']);
    assert.deepEqual(id['cognito:roles'], [ROLE]);
    assert.equal(id['cognito:preferred_role'], ROLE);
  });

  it('applies rules per app client; suppressing wins over adding; without its scope a token cannot read the user', async () => {
    const username = await adminUser(ctx.pool, { email: 'partner@example.com' });
    const auth = (await passwordSignIn(ctx.pool, username, PASSWORD, 'partner')).AuthenticationResult!;
    const { id, access } = claimsOf(auth);
    assert.equal(id.partner, undefined);
    assert.equal(id.email, undefined);
    assert.equal(access.scope, 'api/read');
    await rejectsWith(
      v3Client(ctx.pool).send(new GetUserCommand({ AccessToken: auth.AccessToken })),
      'NotAuthorizedException',
      'Access Token does not have required scopes',
    );
  });

  it('refuses, at start, rules that touch claims a trigger cannot, or that it does not understand', () => {
    const rule = (details: unknown, when?: unknown) => () =>
      loadConfig({ PreTokenGeneration: [{ ...(when ? { When: when } : {}), claimsAndScopeOverrideDetails: details }] });
    const id = (generation: unknown) => rule({ idTokenGeneration: generation });
    const access = (generation: unknown) => rule({ accessTokenGeneration: generation });
    assert.throws(id({ claimsToAddOrOverride: { sub: 'x' } }), /does not let a pre token generation trigger change the sub claim/);
    assert.throws(id({ claimsToSuppress: ['cognito:username'] }), /cognito:username claim/);
    assert.throws(access({ claimsFromAttributes: { client_id: 'email' } }), /client_id claim/);
    assert.throws(access({ claimsToAddOrOverride: { scope: 'x' } }), /scope claim/);
    assert.throws(id({ claimsToAddOrOverride: { 'cognito:groups': ['x'] } }), /changes through groupOverrideDetails/);
    assert.throws(id({ claimsToAddOrOverride: { email_verified: { yes: true } } }), /must be a string, number or boolean/);
    assert.throws(id({ scopesToAdd: ['x'] }), /idTokenGeneration has no "scopesToAdd"/);
    assert.throws(rule({ idTokenGenerations: {} }), ConfigError);
    assert.throws(rule({}, { Equals: 'pro' }), /Equals needs an Attribute/);
    assert.throws(() => loadConfig({ PreTokenGeneration: { claimsAndScopeOverrideDetails: {} } }), /must be a list of rules/);
    assert.doesNotThrow(access({ claimsToAddOrOverride: { email: 'x', custom: { nested: [1, 2] } }, scopesToSuppress: ['y'] }));
  });
});
