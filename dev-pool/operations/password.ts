/** ForgotPassword, ConfirmForgotPassword and ChangePassword. */
import { codeIssued, issueCode, redeemCode } from '../codes.js';
import type { PoolContext } from '../context.js';
import { deliver, simulatedDelivery } from '../delivery.js';
import { codeMismatch, expiredCode, invalidParameter, limitExceeded, notAuthorized } from '../errors.js';
import { passwordRejected } from '../challenges/password-check.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { checkPassword, createVerifier } from '../srp.js';
import { findForSignIn, type UserRecord } from '../users.js';
import { clientOf, requireString, signedIn } from './input.js';
import type { Operations } from './operation.js';
import { unknownUsernameForClient } from './sign-up.js';

export const FORGOT_PASSWORD_TTL_MS = 60 * 60 * 1000;

/** The first verified attribute in the pool's AccountRecoverySetting order. */
function recoveryAttribute(ctx: PoolContext, user: UserRecord): string | undefined {
  for (const mechanism of ctx.config.recoveryMechanisms) {
    const attribute = { verified_email: 'email', verified_phone_number: 'phone_number' }[mechanism];
    if (attribute && user.attributes[attribute] && user.attributes[`${attribute}_verified`] === 'true') {
      return attribute;
    }
  }
  return undefined;
}

export function setPassword(ctx: PoolContext, user: UserRecord, password: string, temporary: boolean): void {
  user.password = { ...createVerifier(ctx.config.poolName, user.username, password), temporary, setAt: Date.now() };
  user.failedSignIns = 0;
  delete user.lockedUntil;
  user.updatedAt = Date.now();
}

export const passwordOperations: Operations = {
  ForgotPassword(ctx, input) {
    const client = clientOf(ctx, input);
    const name = requireString(input, 'Username');
    const user = findForSignIn(ctx, name);
    if (!user) {
      if (client.PreventUserExistenceErrors === 'ENABLED') return { CodeDeliveryDetails: simulatedDelivery(ctx, name) };
      throw unknownUsernameForClient();
    }
    if (!user.enabled) {
      // With existence errors prevented, a disabled user reads like any other (AWS simulates the delivery).
      if (client.PreventUserExistenceErrors === 'ENABLED') return { CodeDeliveryDetails: simulatedDelivery(ctx, name) };
      throw notAuthorized('User is disabled.');
    }
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      throw notAuthorized('User password cannot be reset in the current state.');
    }
    const attribute = recoveryAttribute(ctx, user);
    if (!attribute) {
      throw invalidParameter('Cannot reset password for the user as there is no registered/verified email or phone_number');
    }
    const code = issueCode(
      ctx.store,
      { purpose: 'FORGOT_PASSWORD', username: user.username, attribute },
      FORGOT_PASSWORD_TTL_MS,
      ctx.config.fixedCode,
    );
    return { CodeDeliveryDetails: deliver(ctx, user, 'FORGOT_PASSWORD', attribute, code) };
  },

  ConfirmForgotPassword(ctx, input) {
    const client = clientOf(ctx, input);
    const name = requireString(input, 'Username');
    const code = requireString(input, 'ConfirmationCode');
    const user = findForSignIn(ctx, name);
    if (!user) throw client.PreventUserExistenceErrors === 'ENABLED' ? codeMismatch() : unknownUsernameForClient();
    const password = enforcePasswordPolicy(ctx.config.passwordPolicy, input.Password);
    const target = { purpose: 'FORGOT_PASSWORD', username: user.username } as const;
    // A disabled user never got a code; a user who asked for none has none to match.
    if (!user.enabled) throw codeMismatch();
    if (!codeIssued(ctx.store, target)) throw expiredCode();
    redeemCode(ctx.store, target, code);
    setPassword(ctx, user, password, false);
    if (user.status === 'RESET_REQUIRED') user.status = 'CONFIRMED';
    return {};
  },

  /**
   * The current password first (wrong: "Incorrect username or password.", counted like a
   * failed sign-in, and after too many Cognito answers LimitExceededException), then the
   * policy. Other sessions stay signed in, as on AWS.
   */
  ChangePassword(ctx, input) {
    const { user } = signedIn(ctx, input);
    const previous = requireString(input, 'PreviousPassword');
    requireString(input, 'ProposedPassword');
    if (user.lockedUntil !== undefined && user.lockedUntil > Date.now()) throw limitExceeded();
    if (!user.password || !checkPassword(ctx.config.poolName, user.username, previous, user.password)) {
      const error = passwordRejected(user);
      throw error.message === 'Password attempts exceeded' ? limitExceeded() : error;
    }
    const password = enforcePasswordPolicy(ctx.config.passwordPolicy, input.ProposedPassword, 'proposedPassword');
    setPassword(ctx, user, password, false);
    return {};
  },
};
