/** SignUp, ConfirmSignUp, ResendConfirmationCode. */
import { attributeNames, checkRequired, parseAttributes } from '../attributes.js';
import { assertWritable } from '../client-attributes.js';
import { issueCode, redeemCode } from '../codes.js';
import type { ClientConfig, Json, PoolContext } from '../context.js';
import { deliver, signUpAttribute, simulatedDelivery } from '../delivery.js';
import { aliasExists, codeMismatch, invalidParameter, notAuthorized, sessionExpired, CognitoError } from '../errors.js';
import { SIGN_IN_AFTER_SIGN_UP } from '../flows/user-auth.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { createVerifier } from '../srp.js';
import { findForSignIn, findOwnerOf, newUser, type UserRecord } from '../users.js';
import { clientOf, requireString, requireUsername } from './input.js';
import type { Operations } from './operation.js';
import { assertAvailable, newUserName, withImplied } from './sign-up-names.js';

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

/**
 * Cognito lets a USER_AUTH client sign users up without a password where the pool allows a
 * code (EMAIL_OTP or SMS_OTP) as a first factor: they sign in with codes (and passkeys).
 */
const passwordless = (ctx: PoolContext, client: ClientConfig) =>
  client.ExplicitAuthFlows.includes('ALLOW_USER_AUTH') &&
  ctx.config.mfaConfiguration !== 'ON' &&
  ctx.config.allowedFirstAuthFactors.some((factor) => factor === 'EMAIL_OTP' || factor === 'SMS_OTP');

/** The Session SignUp hands a USER_AUTH client, for ConfirmSignUp to turn into a sign-in. */
const SIGN_UP = 'SIGN_UP';

/** ConfirmSignUp's Session: the one SignUp gave this client for this user, kept for a retry if the code is wrong. */
function signUpSession(ctx: PoolContext, client: ClientConfig, user: UserRecord | undefined, handle: unknown) {
  if (handle === undefined) return undefined;
  const session = ctx.sessions.take(handle, SIGN_UP);
  if (session.clientId !== client.ClientId || session.username !== user?.username) throw sessionExpired();
  return session;
}

export const signUpOperations: Operations = {
  SignUp(ctx, input) {
    const client = clientOf(ctx, input);
    if (ctx.config.allowAdminCreateUserOnly) throw notAuthorized('SignUp is not permitted for this user pool');
    const given = requireUsername(input);
    const password =
      input.Password === undefined && passwordless(ctx, client) ? undefined : enforcePasswordPolicy(ctx.config.passwordPolicy, input.Password);
    const name = newUserName(ctx, given);
    const parsed = parseAttributes(ctx.config, input.UserAttributes, { allowVerified: false });
    // *_verified too: parseAttributes leaves them out, Cognito refuses them.
    assertWritable(ctx, client, attributeNames(input.UserAttributes));
    const attributes = withImplied(name, parsed);
    checkRequired(ctx.config, attributes);
    assertAvailable(ctx, name, attributes, 'User already exists');

    const now = Date.now();
    const user = newUser(name.username, attributes, now);
    // In pools that sign in with e-mail or phone the stored user name is the sub.
    if (ctx.config.usernameAttributes.length > 0) user.attributes.sub = name.username;
    for (const attribute of ['email', 'phone_number']) {
      if (user.attributes[attribute] !== undefined) user.attributes[`${attribute}_verified`] = 'false';
    }
    if (password !== undefined) {
      user.password = { ...createVerifier(ctx.config.poolName, user.username, password), temporary: false, setAt: now };
    }
    ctx.store.state.users[user.username] = user;

    const delivery = sendSignUpCode(ctx, user);
    const session = client.ExplicitAuthFlows.includes('ALLOW_USER_AUTH')
      ? ctx.sessions.create({ challengeName: SIGN_UP, clientId: client.ClientId, username: user.username, passed: [], data: {} })
      : undefined;
    return {
      UserConfirmed: false,
      UserSub: user.attributes.sub,
      ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
      ...(session ? { Session: session.id } : {}),
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
    const session = signUpSession(ctx, client, user, input.Session);
    let record: ReturnType<typeof redeemCode>;
    try {
      record = redeemCode(ctx.store, { purpose: 'CONFIRM_SIGN_UP', username: user.username }, code);
    } catch (error) {
      if (session) ctx.sessions.keep(session);
      throw error;
    }
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
    if (!session) return {};
    const next = ctx.sessions.create({ challengeName: SIGN_IN_AFTER_SIGN_UP, clientId: client.ClientId, username: user.username, passed: [], data: {} });
    return { Session: next.id };
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
