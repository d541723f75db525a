/**
 * Why a WebAuthn ceremony was refused. The verifier only says which rule broke; the
 * operation decides what Cognito answers (registration has an exception per kind,
 * RespondToAuthChallenge answers NotAuthorizedException for all of them).
 */
export type FailureKind =
  /** Not the challenge the pool issued (or it expired / was used). */
  | 'challenge'
  | 'origin'
  /** The RP ID hash in authenticatorData is not the pool's relying party's. */
  | 'relyingParty'
  /** An algorithm, key type or attestation format the pool does not take, or no user verification where required. */
  | 'notSupported'
  /** Malformed: not JSON, not base64url, not CBOR, members missing. */
  | 'malformed'
  /** Well-formed but false: a flag, a signature, a counter, a credential that is not the user's. */
  | 'refused';

export class WebAuthnFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

export const fail = (kind: FailureKind, message: string): never => {
  throw new WebAuthnFailure(kind, message);
};
