/**
 * Passkeys of the signed-in user: StartWebAuthnRegistration (CredentialCreationOptions, a
 * PublicKeyCredentialCreationOptionsJSON), CompleteWebAuthnRegistration (the
 * RegistrationResponseJSON, verified in full by webauthn/registration.ts),
 * ListWebAuthnCredentials and DeleteWebAuthnCredential.
 */
import type { Json, PoolContext } from '../context.js';
import { CognitoError, invalidParameter, limitExceeded, resourceNotFound } from '../errors.js';
import {
  CEREMONY_TIMEOUT_MS,
  MAX_PASSKEYS,
  friendlyName,
  issueRegistration,
  passkeysOf,
  relyingParty,
  takeRegistration,
  userHandleOf,
} from '../passkeys.js';
import type { UserRecord } from '../users.js';
import { ALGORITHMS } from '../webauthn/cose.js';
import { WebAuthnFailure, type FailureKind } from '../webauthn/failure.js';
import { verifyRegistration } from '../webauthn/registration.js';
import { optionalString, requireString, signedIn } from './input.js';
import type { Operations } from './operation.js';

/** CompleteWebAuthnRegistration's exception for each broken rule. */
const REGISTRATION_ERRORS: Record<FailureKind, string> = {
  challenge: 'WebAuthnChallengeNotFoundException',
  origin: 'WebAuthnOriginNotAllowedException',
  relyingParty: 'WebAuthnRelyingPartyMismatchException',
  notSupported: 'WebAuthnCredentialNotSupportedException',
  malformed: 'InvalidParameterException',
  refused: 'NotAuthorizedException',
};

const MAX_RESULTS = 20;

function creationOptions(ctx: PoolContext, user: UserRecord, rpId: string, challenge: string): Json {
  const email = user.attributes.email;
  return {
    challenge,
    rp: { id: rpId, name: ctx.config.name },
    user: { id: userHandleOf(user), name: user.username, displayName: email ?? user.username },
    pubKeyCredParams: ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
    timeout: CEREMONY_TIMEOUT_MS,
    excludeCredentials: passkeysOf(ctx, user).map((p) => ({ type: 'public-key', id: p.credentialId })),
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: ctx.config.webAuthn.userVerification },
  };
}

export const webAuthnOperations: Operations = {
  StartWebAuthnRegistration(ctx, input) {
    const { user, client } = signedIn(ctx, input);
    const rpId = relyingParty(ctx);
    if (passkeysOf(ctx, user).length >= MAX_PASSKEYS) throw limitExceeded();
    const challenge = issueRegistration(ctx, user, client.ClientId);
    return { CredentialCreationOptions: creationOptions(ctx, user, rpId, challenge) };
  },

  CompleteWebAuthnRegistration(ctx, input) {
    const { user, client } = signedIn(ctx, input);
    const rpId = relyingParty(ctx);
    const credential = input.Credential;
    if (credential === null || typeof credential !== 'object') throw invalidParameter('Credential must be a RegistrationResponseJSON object.');
    const pending = takeRegistration(ctx, user);
    if (!pending) throw new CognitoError('WebAuthnChallengeNotFoundException', 'No passkey registration is in progress for the user (or it expired).');
    if (pending.clientId !== client.ClientId) {
      throw new CognitoError('WebAuthnClientMismatchException', 'The registration was started by another app client.');
    }
    let verified;
    try {
      verified = verifyRegistration(credential, { challenge: pending.challenge, rpId, userVerification: ctx.config.webAuthn.userVerification });
    } catch (error) {
      if (error instanceof WebAuthnFailure) throw new CognitoError(REGISTRATION_ERRORS[error.kind], error.message);
      throw error;
    }
    const owners = ctx.store.indexes.get('users by passkey', 'users', (u) => (u.passkeys ?? []).map((p) => p.credentialId));
    if (owners.find(verified.credentialId).length > 0) throw invalidParameter('The passkey is already registered.');
    const { credentialId, alg, jwk, signCount, aaguid, transports, attachment } = verified;
    user.passkeys = [
      ...(user.passkeys ?? []),
      {
        credentialId,
        alg,
        jwk,
        signCount,
        aaguid,
        transports,
        ...(attachment ? { attachment } : {}),
        friendlyName: friendlyName(aaguid, attachment),
        relyingPartyId: rpId,
        createdAt: Date.now(),
      },
    ];
    return {};
  },

  ListWebAuthnCredentials(ctx, input) {
    const { user } = signedIn(ctx, input);
    const max = typeof input.MaxResults === 'number' ? input.MaxResults : MAX_RESULTS;
    if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS) {
      throw invalidParameter(`1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${MAX_RESULTS}`);
    }
    const token = optionalString(input, 'NextToken');
    const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
    if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid NextToken.');
    const all = passkeysOf(ctx, user);
    const page = all.slice(start, start + max);
    const next = start + page.length;
    return {
      Credentials: page.map((p) => ({
        CredentialId: p.credentialId,
        FriendlyCredentialName: p.friendlyName,
        RelyingPartyId: p.relyingPartyId,
        ...(p.attachment ? { AuthenticatorAttachment: p.attachment } : {}),
        AuthenticatorTransports: p.transports,
        CreatedAt: Math.floor(p.createdAt / 1000),
      })),
      ...(next < all.length ? { NextToken: Buffer.from(String(next)).toString('base64url') } : {}),
    };
  },

  DeleteWebAuthnCredential(ctx, input) {
    const { user } = signedIn(ctx, input);
    const id = requireString(input, 'CredentialId');
    const index = (user.passkeys ?? []).findIndex((p) => p.credentialId === id);
    if (index === -1) throw resourceNotFound('The passkey does not exist.');
    user.passkeys = user.passkeys!.filter((_, i) => i !== index);
    return {};
  },
};

