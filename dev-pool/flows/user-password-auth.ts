/** USER_PASSWORD_AUTH: the password in the request, checked against the stored SRP verifier. */
import { afterPassword } from '../challenges/sign-in-flow.js';
import { checkSentPassword } from '../challenges/password-check.js';
import type { AuthFlow } from './flow.js';
import { requireParam, signInUser } from './lookup.js';
import { deviceKeyOf } from './srp-start.js';

export const userPasswordAuth: AuthFlow = {
  names: ['USER_PASSWORD_AUTH'],
  clientFlag: 'ALLOW_USER_PASSWORD_AUTH',

  start({ ctx, client, params }) {
    const name = requireParam(params, 'USERNAME');
    const password = requireParam(params, 'PASSWORD');
    const user = signInUser(ctx, client, name);
    checkSentPassword(ctx, user, password, params.DEVICE_KEY);
    return afterPassword(ctx, client, user, [], deviceKeyOf(params));
  },
};

/** ADMIN_USER_PASSWORD_AUTH (and its old name ADMIN_NO_SRP_AUTH), through AdminInitiateAuth. */
export const adminUserPasswordAuth: AuthFlow = {
  ...userPasswordAuth,
  names: ['ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'],
  clientFlag: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
};
