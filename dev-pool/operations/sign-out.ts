/** GlobalSignOut and RevokeToken. */
import { CognitoError, unsupportedTokenType } from '../errors.js';
import { authorize, findByRefreshToken, revokeAllFor, revokeSignIn } from '../sign-ins.js';
import { clientOf, requireString } from './input.js';
import type { Operations } from './operation.js';

export const signOutOperations: Operations = {
  GlobalSignOut(ctx, input) {
    const { user } = authorize(ctx, requireString(input, 'AccessToken'));
    revokeAllFor(ctx, user.username);
    return {};
  },

  RevokeToken(ctx, input) {
    const client = clientOf(ctx, input);
    const token = requireString(input, 'Token');
    if (!client.EnableTokenRevocation) {
      throw new CognitoError('UnsupportedOperationException', 'Token revocation is not enabled for this app client.');
    }
    const record = findByRefreshToken(ctx, token);
    if (!record) {
      // Access and id tokens are JWTs; only refresh tokens can be revoked.
      if (token.split('.').length === 3) throw unsupportedTokenType('Unsupported token type.');
      // RFC 7009: revoking an unknown token succeeds.
      return {};
    }
    if (record.clientId !== client.ClientId) throw new CognitoError('UnauthorizedException', 'Invalid token.');
    revokeSignIn(record);
    return {};
  },
};
