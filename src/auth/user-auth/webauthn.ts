import { creationOptionsFromJSON, credentialToJSON, requestOptionsFromJSON } from './webauthn-json.js';

/**
 * Why a passkey ceremony did not give a credential, in words an element can choose from:
 * - `PasskeyCancelled`: NotAllowedError: the user cancelled, the prompt timed out, or no passkey
 *   for this site was on the device (browsers do not tell these apart, on purpose);
 * - `PasskeyExists`: InvalidStateError on create: this authenticator already holds one of the user's passkeys;
 * - `PasskeyDomain`: SecurityError: the page's origin does not belong to the relying party ID;
 * - `PasskeyUnsupported`: no WebAuthn in this browser, or no algorithm it supports (NotSupportedError);
 * - `PasskeyAborted`: the page aborted it (AbortError);
 * - `PasskeyFailed`: any other failure of the authenticator.
 */
export type PasskeyErrorCode = 'PasskeyCancelled' | 'PasskeyExists' | 'PasskeyDomain' | 'PasskeyUnsupported' | 'PasskeyAborted' | 'PasskeyFailed';

export class PasskeyError extends Error {
  constructor(
    readonly code: PasskeyErrorCode,
    override readonly cause?: unknown,
  ) {
    super(code);
    this.name = 'PasskeyError';
  }
}

const BY_DOM_NAME: Record<string, PasskeyErrorCode> = {
  NotAllowedError: 'PasskeyCancelled',
  InvalidStateError: 'PasskeyExists',
  SecurityError: 'PasskeyDomain',
  NotSupportedError: 'PasskeyUnsupported',
  AbortError: 'PasskeyAborted',
};

export function toPasskeyError(error: unknown): PasskeyError {
  if (error instanceof PasskeyError) return error;
  const name = (error as { name?: string })?.name ?? '';
  return new PasskeyError(BY_DOM_NAME[name] ?? 'PasskeyFailed', error);
}

/** Whether this browser can run a passkey ceremony at all (no request, no prompt). */
export function passkeysSupported(): boolean {
  return typeof PublicKeyCredential === 'function' && typeof navigator !== 'undefined' && !!navigator.credentials?.get;
}

async function ceremony(run: () => Promise<Credential | null>): Promise<Record<string, unknown>> {
  if (!passkeysSupported()) throw new PasskeyError('PasskeyUnsupported');
  let credential: Credential | null;
  try {
    credential = await run();
  } catch (error) {
    throw toPasskeyError(error);
  }
  if (!credential) throw new PasskeyError('PasskeyCancelled');
  return credentialToJSON(credential as PublicKeyCredential);
}

/** Signs in with a passkey: CREDENTIAL_REQUEST_OPTIONS in, AuthenticationResponseJSON out. */
export function getPasskey(requestOptions: string | Record<string, unknown>, signal?: AbortSignal) {
  return ceremony(() => navigator.credentials.get({ publicKey: requestOptionsFromJSON(requestOptions), signal }));
}

/** Creates a passkey: StartWebAuthnRegistration's options in, RegistrationResponseJSON out. */
export function createPasskey(creationOptions: string | Record<string, unknown>, signal?: AbortSignal) {
  return ceremony(() => navigator.credentials.create({ publicKey: creationOptionsFromJSON(creationOptions), signal }));
}
