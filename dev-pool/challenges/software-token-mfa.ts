/** SOFTWARE_TOKEN_MFA: the code of the user's authenticator app, answered as SOFTWARE_TOKEN_MFA_CODE. */
import { CognitoError } from '../errors.js';
import { dueMfa } from '../mfa.js';
import { verifyTotp } from '../totp.js';
import type { UserRecord } from '../users.js';
import type { Challenge } from './challenge.js';
import { requireAnswer, wrongCode } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

/** Cognito names the authenticator (VerifySoftwareToken's FriendlyDeviceName, or its default). */
const parameters = (user: UserRecord) => ({ FRIENDLY_DEVICE_NAME: user.mfa.totp?.friendlyName ?? 'TOTP device' });

export const softwareTokenMfa: Challenge = {
  name: 'SOFTWARE_TOKEN_MFA',

  due: (ctx, _client, user, passed, carried) =>
    dueMfa(ctx, user, passed, carried) === 'SOFTWARE_TOKEN_MFA' ? { parameters: parameters(user) } : undefined,

  prompt: (_ctx, user) => ({ parameters: parameters(user) }),

  respond({ ctx, session, responses, continueSignIn }) {
    const user = sessionUser(ctx, session);
    const secret = user.mfa.totp?.verified ? user.mfa.totp.secret : undefined;
    if (!secret) throw new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA does not exist for the user.');
    const code = requireAnswer(ctx, session, responses, 'SOFTWARE_TOKEN_MFA_CODE');
    if (!verifyTotp(secret, code)) throw wrongCode(ctx, session);
    return continueSignIn(user, [...session.passed, 'SOFTWARE_TOKEN_MFA']);
  },
};
