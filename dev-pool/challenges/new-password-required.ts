/**
 * NEW_PASSWORD_REQUIRED: a user created by an administrator (or given a non-permanent
 * password) signs in with the temporary password and must choose a new one, supplying the
 * required attributes (SchemaAttributes) it lacks. Mistakes (a weak password, a missing or
 * refused attribute) leave the session usable for another try.
 */
import { parseAttributes } from '../attributes.js';
import { assertWritable } from '../client-attributes.js';
import { CognitoError, invalidParameter, notAuthorized } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { createVerifier } from '../srp.js';
import type { Challenge } from './challenge.js';
import { sessionUser } from './session-user.js';
import { dict } from '../store.js';

const PREFIX = 'userAttributes.';

export const newPasswordRequired: Challenge = {
  name: 'NEW_PASSWORD_REQUIRED',

  due(ctx, _client, user) {
    if (user.status !== 'FORCE_CHANGE_PASSWORD') return undefined;
    // Cognito shows every attribute but sub and developer-only ones, *_verified included
    // (which is why apps learn to delete email_verified before answering).
    const visible = Object.fromEntries(
      Object.entries(user.attributes).filter(([name]) => name !== 'sub' && !name.startsWith('dev:')),
    );
    const missing = ctx.config.schemaAttributes
      .filter((a) => a.Required && !user.attributes[a.Name])
      .map((a) => `${PREFIX}${a.Name}`);
    return { parameters: { userAttributes: JSON.stringify(visible), requiredAttributes: JSON.stringify(missing) } };
  },

  respond({ ctx, client, session, responses, continueSignIn }) {
    const user = sessionUser(ctx, session);
    let password: string;
    let attributes: Record<string, string>;
    try {
      if (!responses.NEW_PASSWORD) throw invalidParameter('Missing required parameter NEW_PASSWORD');
      const given = givenAttributes(ctx, user.attributes, responses);
      assertWritable(ctx, client, given.map((a) => a.Name));
      attributes = { ...user.attributes, ...parseAttributes(ctx.config, given, { allowVerified: false }) };
      const missing = ctx.config.schemaAttributes.filter((a) => a.Required && !attributes[a.Name]).map((a) => a.Name);
      if (missing.length > 0) throw invalidParameter(`Invalid attributes given, ${missing.join(' and ')} is missing`);
      password = enforcePasswordPolicy(ctx.config.passwordPolicy, responses.NEW_PASSWORD, 'NEW_PASSWORD');
    } catch (error) {
      if (error instanceof CognitoError) ctx.sessions.keep(session);
      throw error;
    }
    user.attributes = dict(attributes);
    user.password = { ...createVerifier(ctx.config.poolName, user.username, password), temporary: false, setAt: Date.now() };
    user.status = 'CONFIRMED';
    user.updatedAt = Date.now();
    return continueSignIn(user, [...session.passed, 'NEW_PASSWORD_REQUIRED']);
  },
};

/**
 * The `userAttributes.*` answers, refused as Cognito refuses them: *_verified are not the
 * user's to set ("Cannot modify the non-mutable attribute email_verified", reported in
 * aws-sdk-ios#2203), and a required attribute that already has a value cannot be given again
 * (Cognito's documentation; the error read "Cannot modify an already provided email").
 */
function givenAttributes(
  ctx: Parameters<Challenge['respond']>[0]['ctx'],
  current: Record<string, string>,
  responses: Record<string, string>,
): { Name: string; Value: string }[] {
  const given = Object.entries(responses)
    .filter(([name]) => name.startsWith(PREFIX))
    .map(([name, value]) => ({ Name: name.slice(PREFIX.length), Value: value }));
  for (const { Name } of given) {
    const schema = ctx.config.schemaAttributes.find((a) => a.Name === Name);
    if (Name.endsWith('_verified') || (schema?.Mutable === false && current[Name] !== undefined)) {
      throw invalidParameter(`Cannot modify the non-mutable attribute ${Name}`);
    }
    if (schema?.Required && current[Name]) throw notAuthorized(`Cannot modify an already provided ${Name}`);
  }
  return given;
}
