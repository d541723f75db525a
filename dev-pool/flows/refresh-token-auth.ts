/**
 * REFRESH_TOKEN_AUTH (alias REFRESH_TOKEN): new id and access tokens, no new refresh token.
 * DEVICE_KEY names the device the refresh token was bound to, when the pool tracks devices.
 */
import { refresh } from '../sign-ins.js';
import type { AuthFlow } from './flow.js';
import { requireParam } from './lookup.js';

export const refreshTokenAuth: AuthFlow = {
  names: ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'],
  clientFlag: 'ALLOW_REFRESH_TOKEN_AUTH',

  start({ ctx, client, params }) {
    const token = requireParam(params, 'REFRESH_TOKEN');
    return { AuthenticationResult: refresh(ctx, client, token, params.DEVICE_KEY), ChallengeParameters: {} };
  },
};
