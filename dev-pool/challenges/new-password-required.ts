/**
 * NEW_PASSWORD_REQUIRED: a user created by an administrator (or given a non-permanent
 * password) signs in with the temporary password and must choose a new one, supplying any
 * required attributes it lacks.
 */
import { checkRequired, parseAttributes } from '../attributes.js';
import { invalidParameter } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { createVerifier } from '../srp.js';
import type { Challenge } from './challenge.js';

const PREFIX = 'userAttributes.';

export const newPasswordRequired: Challenge = {
  name: 'NEW_PASSWORD_REQUIRED',

  due(ctx, _client, user) {
    if (user.status !== 'FORCE_CHANGE_PASSWORD') return undefined;
    const { sub: _sub, ...visible } = user.attributes;
    const missing = ctx.config.schemaAttributes
      .filter((a) => a.Required && !user.attributes[a.Name])
      .map((a) => `${PREFIX}${a.Name}`);
    return { parameters: { userAttributes: JSON.stringify(visible), requiredAttributes: JSON.stringify(missing) } };
  },

  respond({ ctx, session, responses, continueSignIn }) {
    const user = ctx.store.state.users[session.username ?? ''];
    if (!user) throw invalidParameter('Invalid session for the user.');
    if (!responses.NEW_PASSWORD) throw invalidParameter('Missing required parameter NEW_PASSWORD');
    const given = Object.entries(responses)
      .filter(([name]) => name.startsWith(PREFIX))
      .map(([name, value]) => ({ Name: name.slice(PREFIX.length), Value: value }));
    const attributes = { ...user.attributes, ...parseAttributes(ctx.config, given, { allowVerified: false }) };
    checkRequired(ctx.config, attributes);
    const password = enforcePasswordPolicy(ctx.config.passwordPolicy, responses.NEW_PASSWORD, 'NEW_PASSWORD');
    user.attributes = attributes;
    user.password = { ...createVerifier(ctx.config.poolName, user.username, password), temporary: false, setAt: Date.now() };
    user.status = 'CONFIRMED';
    user.updatedAt = Date.now();
    return continueSignIn(user, [...session.passed, 'NEW_PASSWORD_REQUIRED']);
  },
};
