/** SignUp, ConfirmSignUp, ResendConfirmationCode. */
import { attributeNames, checkRequired, parseAttributes } from '../attributes.js';
import { assertWritable } from '../client-attributes.js';
import { issueCode, redeemCode } from '../codes.js';
import type { Json, PoolContext } from '../context.js';
import { deliver, signUpAttribute, simulatedDelivery } from '../delivery.js';
import { aliasExists, codeMismatch, invalidParameter, notAuthorized, CognitoError } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { createVerifier } from '../srp.js';
import { findForSignIn, findOwnerOf, newUser, type UserRecord } from '../users.js';
import { clientOf, requireString, requireUsername } from './input.js';
import type { Operations } from './operation.js';
import { assertAvailable, newUserName } from './sign-up-names.js';

export const CONFIRM_SIGN_UP_TTL_MS = 24 * 60 * 60 * 1000;

/** LEGACY clients' answer for a user that does not exist, on the code-based operations. */
export const unknownUsernameForClient = () =>
  new CognitoError('UserNotFoundException', 'Username/client id combination not found.');

/** Sends (or re-sends) the sign-up code; undefined when no attribute is auto-verified. */
export function sendSignUpCode(ctx: PoolContext, user: UserRecord): Json | undefined {
  const attribute = signUpAttribute(ctx, user);
  if (!attribute) return undefined;
  const code = issueCode(
    ctx.store,
    { purpose: 'CONFIRM_SIGN_UP', username: user.username, attribute },
    CONFIRM_SIGN_UP_TTL_MS,
    ctx.config.fixedCode,
  );
  return { ...deliver(ctx, user, 'CONFIRM_SIGN_UP', attribute, code) };
}

export const signUpOperations: Operations = {
  SignUp(ctx, input) {
    const client = clientOf(ctx, input);
    if (ctx.config.allowAdminCreateUserOnly) throw notAuthorized('SignUp is not permitted for this user pool');
    const given = requireUsername(input);
    const password = enforcePasswordPolicy(ctx.config.passwordPolicy, input.Password);
    const name = newUserName(ctx, given);
    const parsed = parseAttributes(ctx.config, input.UserAttributes, { allowVerified: false });
    // *_verified too: parseAttributes leaves them out, Cognito refuses them.
    assertWritable(ctx, client, attributeNames(input.UserAttributes));
    const attributes = { ...parsed, ...name.implied };
    checkRequired(ctx.config, attributes);
    assertAvailable(ctx, name, attributes, 'User already exists');

    const now = Date.now();
    const user = newUser(name.username, attributes, now);
    // In pools that sign in with e-mail or phone the stored user name is the sub.
    if (ctx.config.usernameAttributes.length > 0) user.attributes.sub = name.username;
    for (const attribute of ['email', 'phone_number']) {
      if (user.attributes[attribute] !== undefined) user.attributes[`${attribute}_verified`] = 'false';
    }
    user.password = { ...createVerifier(ctx.config.poolName, user.username, password), temporary: false, setAt: now };
    ctx.store.state.users[user.username] = user;

    const delivery = sendSignUpCode(ctx, user);
    return {
      UserConfirmed: false,
      UserSub: user.attributes.sub,
      ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
    };
  },

  ConfirmSignUp(ctx, input) {
    const client = clientOf(ctx, input);
    const name = requireString(input, 'Username');
    const code = requireString(input, 'ConfirmationCode');
    const user = findForSignIn(ctx, name);
    if (!user) throw client.PreventUserExistenceErrors === 'ENABLED' ? codeMismatch() : unknownUsernameForClient();
    if (user.status !== 'UNCONFIRMED') {
      throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
    }
    const record = redeemCode(ctx.store, { purpose: 'CONFIRM_SIGN_UP', username: user.username }, code);
    const attribute = record.attribute;
    if (attribute) {
      const owner = findOwnerOf(ctx, attribute, user.attributes[attribute] ?? '', user);
      if (owner && ctx.config.aliasAttributes.includes(attribute)) {
        if (input.ForceAliasCreation !== true) throw aliasExists(`An account with the ${attribute} already exists.`);
        owner.attributes[`${attribute}_verified`] = 'false';
      }
      user.attributes[`${attribute}_verified`] = 'true';
    }
    user.status = 'CONFIRMED';
    user.updatedAt = Date.now();
    return {};
  },

  ResendConfirmationCode(ctx, input) {
    const client = clientOf(ctx, input);
    const name = requireString(input, 'Username');
    const user = findForSignIn(ctx, name);
    if (!user) {
      if (client.PreventUserExistenceErrors === 'ENABLED') return { CodeDeliveryDetails: simulatedDelivery(ctx, name) };
      throw unknownUsernameForClient();
    }
    if (user.status !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');
    const delivery = sendSignUpCode(ctx, user);
    if (!delivery) throw invalidParameter('Auto verification not turned on.');
    return { CodeDeliveryDetails: delivery };
  },
};
