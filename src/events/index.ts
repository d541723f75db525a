import type { ChallengeDetail, CodeSentDetail, CredentialsDetail, AttributesUpdatedDetail,
  AttributeVerifiedDetail, ErrorDetail, MfaUpdatedDetail, SessionDetail, SignedOutDetail,
  SignedUpDetail, UsernameDetail, PasskeyDetail } from './details.js';
import type { Tokens } from '../auth/types.js';

export type * from './details.js';
export type { CognitoSignedUpEvent } from './cognito-signed-up.js';
export type { CognitoSignUpConfirmedEvent } from './cognito-sign-up-confirmed.js';
export type { CognitoCodeSentEvent } from './cognito-code-sent.js';
export type { CognitoChallengeEvent } from './cognito-challenge.js';
export type { CognitoSignedInEvent } from './cognito-signed-in.js';
export type { CognitoSessionRestoredEvent } from './cognito-session-restored.js';
export type { CognitoTokensRefreshedEvent } from './cognito-tokens-refreshed.js';
export type { CognitoCredentialsEvent } from './cognito-credentials.js';
export type { CognitoPasswordResetEvent } from './cognito-password-reset.js';
export type { CognitoPasswordChangedEvent } from './cognito-password-changed.js';
export type { CognitoAttributesUpdatedEvent } from './cognito-attributes-updated.js';
export type { CognitoAttributeVerifiedEvent } from './cognito-attribute-verified.js';
export type { CognitoMfaUpdatedEvent } from './cognito-mfa-updated.js';
export type { CognitoAccountDeletedEvent } from './cognito-account-deleted.js';
export type { CognitoSignedOutEvent } from './cognito-signed-out.js';
export type { CognitoErrorEvent } from './cognito-error.js';
export type { CognitoTotpVerifiedEvent } from './cognito-totp-verified.js';
export type { CognitoPasskeyAddedEvent } from './cognito-passkey-added.js';
export type { CognitoPasskeyDeletedEvent } from './cognito-passkey-deleted.js';

/** Every event of the library and its detail, for emit() and for typed listeners. */
export interface CognitoEventDetails {
  'cognito-signed-up': SignedUpDetail;
  'cognito-sign-up-confirmed': UsernameDetail;
  'cognito-code-sent': CodeSentDetail;
  'cognito-challenge': ChallengeDetail;
  'cognito-signed-in': SessionDetail;
  'cognito-session-restored': SessionDetail;
  'cognito-tokens-refreshed': SessionDetail;
  'cognito-credentials': CredentialsDetail;
  'cognito-password-reset': UsernameDetail;
  'cognito-password-changed': UsernameDetail;
  'cognito-attributes-updated': AttributesUpdatedDetail;
  'cognito-attribute-verified': AttributeVerifiedDetail;
  'cognito-mfa-updated': MfaUpdatedDetail;
  'cognito-totp-verified': UsernameDetail;
  'cognito-account-deleted': UsernameDetail;
  'cognito-passkey-added': PasskeyDetail;
  'cognito-passkey-deleted': PasskeyDetail;
  'cognito-signed-out': SignedOutDetail;
  'cognito-error': ErrorDetail;
}

export type CognitoEventName = keyof CognitoEventDetails;

/** Dispatches one of the library's events: bubbling and composed, as API.md promises. */
export function emit<K extends CognitoEventName>(
  target: EventTarget,
  type: K,
  detail: CognitoEventDetails[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** The detail of the session events; never the password, only what the tokens say. */
export function sessionDetail(username: string, tokens: Tokens): SessionDetail {
  const { idToken, accessToken, refreshToken, expiresAt } = tokens;
  return { username, tokens: { idToken, accessToken, refreshToken }, expiresAt };
}
