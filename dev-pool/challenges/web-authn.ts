/**
 * WEB_AUTHN: USER_AUTH's passkey factor. The parameters carry CREDENTIAL_REQUEST_OPTIONS
 * (PublicKeyCredentialRequestOptionsJSON); the answer CREDENTIAL is the
 * AuthenticationResponseJSON of navigator.credentials.get(), verified in full
 * (webauthn/assertion.ts). A refused assertion spends the session, as any reuse would be a
 * replay; RespondToAuthChallenge has no WebAuthn exceptions, so it is NotAuthorizedException.
 */
import { invalidParameter, notAuthorized } from '../errors.js';
import { passkeysOf, userHandleOf } from '../passkeys.js';
import { assertedCredentialId, verifyAssertion } from '../webauthn/assertion.js';
import { WebAuthnFailure } from '../webauthn/failure.js';
import type { Challenge } from './challenge.js';
import { requireAnswer } from './mfa-codes.js';
import { sessionUser } from './session-user.js';

export const webAuthn: Challenge = {
  name: 'WEB_AUTHN',

  respond({ ctx, session, responses, continueSignIn }) {
    const user = sessionUser(ctx, session);
    const answer = requireAnswer(ctx, session, responses, 'CREDENTIAL');
    let credential: unknown;
    try {
      credential = JSON.parse(answer);
    } catch {
      ctx.sessions.keep(session);
      throw invalidParameter('CREDENTIAL is not JSON (an AuthenticationResponseJSON).');
    }
    try {
      const id = assertedCredentialId(credential);
      const stored = passkeysOf(ctx, user).find((p) => p.credentialId === id);
      const signCount = verifyAssertion(credential, stored, {
        challenge: session.data.challenge!,
        rpId: session.data.rpId!,
        userVerification: session.data.userVerification === 'required' ? 'required' : 'preferred',
        allowed: JSON.parse(session.data.allowed ?? '[]') as string[],
        userHandle: userHandleOf(user),
      });
      stored!.signCount = signCount;
      stored!.lastUsedAt = Date.now();
    } catch (error) {
      if (error instanceof WebAuthnFailure) throw notAuthorized(`Passkey authentication failed: ${error.message}.`);
      throw error;
    }
    return continueSignIn(user, [...session.passed, 'WEB_AUTHN']);
  },
};
