import { fromBase64url, toBase64url } from './base64url.js';

/*
 * WebAuthn's JSON forms (W3C WebAuthn Level 3 §5.1.8-10), which Cognito sends and expects, to
 * and from what navigator.credentials takes and gives. The browser's own parse…FromJSON() and
 * toJSON() when it has them (Chrome 129, Firefox 119, Safari 18.4); the same by hand otherwise.
 */

type Json = Record<string, unknown>;
type Descriptor = { id: string; type: string; transports?: string[] };

const descriptors = (list: unknown) =>
  Array.isArray(list) ? (list as Descriptor[]).map((d) => ({ ...d, id: fromBase64url(d.id) }) as PublicKeyCredentialDescriptor) : undefined;

type Statics = {
  parseRequestOptionsFromJSON?: (json: PublicKeyCredentialRequestOptionsJSON) => PublicKeyCredentialRequestOptions;
  parseCreationOptionsFromJSON?: (json: PublicKeyCredentialCreationOptionsJSON) => PublicKeyCredentialCreationOptions;
};
const statics = (): Statics => (globalThis as { PublicKeyCredential?: Statics }).PublicKeyCredential ?? {};

/** Cognito's CREDENTIAL_REQUEST_OPTIONS (a JSON string or object) as navigator.credentials.get's `publicKey`. */
export function requestOptionsFromJSON(input: string | Json): PublicKeyCredentialRequestOptions {
  const json = (typeof input === 'string' ? JSON.parse(input) : input) as Json;
  const native = statics().parseRequestOptionsFromJSON;
  if (native) return native(json as unknown as PublicKeyCredentialRequestOptionsJSON);
  const options = { ...json, challenge: fromBase64url(json.challenge as string) } as Json;
  if (json.allowCredentials) options.allowCredentials = descriptors(json.allowCredentials);
  return options as unknown as PublicKeyCredentialRequestOptions;
}

/** StartWebAuthnRegistration's CredentialCreationOptions as navigator.credentials.create's `publicKey`. */
export function creationOptionsFromJSON(input: string | Json): PublicKeyCredentialCreationOptions {
  const json = (typeof input === 'string' ? JSON.parse(input) : input) as Json;
  const native = statics().parseCreationOptionsFromJSON;
  if (native) return native(json as unknown as PublicKeyCredentialCreationOptionsJSON);
  const user = json.user as Json;
  const options = { ...json, challenge: fromBase64url(json.challenge as string), user: { ...user, id: fromBase64url(user.id as string) } } as Json;
  if (json.excludeCredentials) options.excludeCredentials = descriptors(json.excludeCredentials);
  return options as unknown as PublicKeyCredentialCreationOptions;
}

type Response = AuthenticatorAttestationResponse & AuthenticatorAssertionResponse & {
  getTransports?(): string[];
  getPublicKey?(): ArrayBuffer | null;
  getPublicKeyAlgorithm?(): number;
  getAuthenticatorData?(): ArrayBuffer;
};

/** The response part of RegistrationResponseJSON or AuthenticationResponseJSON. */
function responseJSON(response: Response): Json {
  const out: Json = { clientDataJSON: toBase64url(response.clientDataJSON) };
  if ('attestationObject' in response && response.attestationObject) {
    out.attestationObject = toBase64url(response.attestationObject);
    const authenticatorData = response.getAuthenticatorData?.();
    if (authenticatorData) out.authenticatorData = toBase64url(authenticatorData);
    out.transports = response.getTransports?.() ?? [];
    const publicKey = response.getPublicKey?.();
    if (publicKey) out.publicKey = toBase64url(publicKey);
    const algorithm = response.getPublicKeyAlgorithm?.();
    if (algorithm !== undefined) out.publicKeyAlgorithm = algorithm;
    return out;
  }
  out.authenticatorData = toBase64url(response.authenticatorData);
  out.signature = toBase64url(response.signature);
  if (response.userHandle) out.userHandle = toBase64url(response.userHandle);
  return out;
}

/** A credential from navigator.credentials.create/get as the JSON Cognito takes (Registration/AuthenticationResponseJSON). */
export function credentialToJSON(credential: PublicKeyCredential): Json {
  if (typeof credential.toJSON === 'function') return credential.toJSON() as Json;
  const out: Json = {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    response: responseJSON(credential.response as Response),
    clientExtensionResults: credential.getClientExtensionResults?.() ?? {},
  };
  if (credential.authenticatorAttachment) out.authenticatorAttachment = credential.authenticatorAttachment;
  return out;
}
