import { AuthError, type Operation } from '../../errors/auth-error.js';
import { toAuthError } from '../../errors/codes.js';
import type { MessageKey } from '../../i18n/en.js';
import { PasskeyError, type PasskeyErrorCode } from './webauthn.js';

const PASSKEY_KEYS: Record<PasskeyErrorCode, MessageKey> = {
  PasskeyCancelled: 'error.passkey.cancelled',
  PasskeyAborted: 'error.passkey.cancelled',
  PasskeyExists: 'error.passkey.exists',
  PasskeyDomain: 'error.passkey.domain',
  PasskeyUnsupported: 'error.passkey.unsupported',
  PasskeyFailed: 'error.passkey.failed',
};

/** Cognito's WebAuthn refusals: the pool or client is not set up for this page, or the assertion did not check out. */
const WEBAUTHN_CONFIGURATION = new Set(['WebAuthnNotEnabledException', 'WebAuthnConfigurationMissingException',
  'WebAuthnRelyingPartyMismatchException', 'WebAuthnOriginNotAllowedException', 'WebAuthnClientMismatchException']);

/**
 * toAuthError, plus passkey failures: the browser's (PasskeyError) and Cognito's WebAuthn
 * errors. A refused passkey sign-in (`passkeySignIn`) does not read "incorrect password".
 */
export function userAuthError(error: unknown, op: Operation): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof PasskeyError) return new AuthError(error.code, PASSKEY_KEYS[error.code], op, undefined, { code: error.code });
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && WEBAUTHN_CONFIGURATION.has(code)) return new AuthError(code, 'error.configuration', op, undefined, { code });
  if (typeof code === 'string' && code.startsWith('WebAuthn')) return new AuthError(code, 'error.passkey.failed', op, undefined, { code });
  if (op === 'passkeySignIn' && code === 'NotAuthorizedException') return new AuthError(code, 'error.passkey.failed', op, undefined, { code });
  return toAuthError(error, op);
}
