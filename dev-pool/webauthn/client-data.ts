/**
 * clientDataJSON (WebAuthn §5.8.1): the ceremony type, the challenge the pool issued and the
 * origin the browser saw. An origin is allowed when it is the relying party's own (or a
 * subdomain's) over https; for the RP ID localhost, http://localhost on any port as well,
 * as browsers treat it as a secure context.
 */
import { fromBase64url, isObject } from './encoding.js';
import { fail } from './failure.js';

export interface ClientDataCheck {
  type: 'webauthn.create' | 'webauthn.get';
  challenge: string;
  rpId: string;
}

export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const host = url.hostname;
  const ofRp = host === rpId || host.endsWith(`.${rpId}`);
  if (rpId === 'localhost') return ofRp && (url.protocol === 'http:' || url.protocol === 'https:');
  return ofRp && url.protocol === 'https:';
}

/** Checks the client data and returns its raw bytes (their hash is signed). */
export function checkClientData(encoded: unknown, expected: ClientDataCheck): Buffer {
  const raw = fromBase64url(encoded, 'clientDataJSON');
  let data: unknown;
  try {
    data = JSON.parse(raw.toString('utf8'));
  } catch {
    return fail('malformed', 'clientDataJSON is not JSON');
  }
  if (!isObject(data)) return fail('malformed', 'clientDataJSON is not a JSON object');
  if (data.type !== expected.type) fail('refused', `clientDataJSON.type is ${String(data.type)}, ${expected.type} expected`);
  if (typeof data.challenge !== 'string' || data.challenge !== expected.challenge) {
    fail('challenge', 'clientDataJSON.challenge is not the challenge the pool issued');
  }
  if (typeof data.origin !== 'string' || !originAllowed(data.origin, expected.rpId)) {
    fail('origin', `the origin ${String(data.origin)} is not allowed for the relying party ${expected.rpId}`);
  }
  // A ceremony run inside a cross-origin iframe is not one the app's own page started.
  if (data.crossOrigin === true) fail('origin', 'a cross-origin ceremony is not allowed');
  return raw;
}
