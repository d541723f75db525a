/**
 * The user's passkeys as the pool keeps them (PasskeyRecord, in the user record, so they
 * persist like any user data), the registration challenges in flight (memory only, like challenge sessions),
 * and the request options of a WEB_AUTHN sign-in step.
 */
import { randomBytes } from 'node:crypto';
import type { PoolContext } from './context.js';
import { CognitoError } from './errors.js';
import type { PasskeyRecord, UserRecord } from './users.js';
import { toBase64url } from './webauthn/encoding.js';

/** How long a registration challenge may be answered (a sign-in step lasts as long as its Session). */
export const CEREMONY_TIMEOUT_MS = 5 * 60 * 1000;

/** Cognito's limit of passkeys per user. */
export const MAX_PASSKEYS = 20;

export const webAuthnNotEnabled = () =>
  new CognitoError('WebAuthnNotEnabledException', 'Passkey (WEB_AUTHN) sign-in is not enabled in the user pool (AllowedFirstAuthFactors).');

/** The pool's relying party, or Cognito's errors when passkeys are off or not configured. */
export function relyingParty(ctx: PoolContext): string {
  if (!ctx.config.allowedFirstAuthFactors.includes('WEB_AUTHN')) throw webAuthnNotEnabled();
  const id = ctx.config.webAuthn.relyingPartyId;
  if (!id) {
    throw new CognitoError('WebAuthnConfigurationMissingException', 'The user pool has no WebAuthnConfiguration.RelyingPartyId.');
  }
  return id;
}

/** The user's passkeys for the pool's current relying party. */
export const passkeysOf = (ctx: PoolContext, user: UserRecord): PasskeyRecord[] =>
  (user.passkeys ?? []).filter((p) => p.relyingPartyId === ctx.config.webAuthn.relyingPartyId);

/** The WebAuthn user handle (user.id): the user's sub, so it never names the user. */
export const userHandleOf = (user: UserRecord): string => toBase64url(Buffer.from(user.attributes.sub ?? user.username));

const newChallenge = () => toBase64url(randomBytes(32));

/** Authenticator models whose AAGUID names them; others are called by their attachment. */
const MODELS: Record<string, string> = {
  ea9b8d664d011d213ce4b6b48cb575d4: 'Google Password Manager',
  fbfc3007154e4ecc8c0b6e020557d7bd: 'iCloud Keychain',
  '08987058cadc4b81b6e130de50dcbe96': 'Windows Hello',
  adce000235bcc60a648b0b25f1f05503: 'Chrome on Mac',
};

export function friendlyName(aaguid: string, attachment: string | undefined): string {
  return MODELS[aaguid] ?? (attachment === 'cross-platform' ? 'Security key' : 'Passkey');
}

interface PendingRegistration {
  challenge: string;
  clientId: string;
  expiresAt: number;
}

const pending = new WeakMap<object, Map<string, PendingRegistration>>();

function registrations(ctx: PoolContext): Map<string, PendingRegistration> {
  let map = pending.get(ctx.store);
  if (!map) pending.set(ctx.store, (map = new Map()));
  return map;
}

/** StartWebAuthnRegistration: a new challenge replaces the user's previous one. */
export function issueRegistration(ctx: PoolContext, user: UserRecord, clientId: string): string {
  const challenge = newChallenge();
  registrations(ctx).set(user.username, { challenge, clientId, expiresAt: Date.now() + CEREMONY_TIMEOUT_MS });
  return challenge;
}

/** The challenge to complete, taken (single use); undefined when none is live. */
export function takeRegistration(ctx: PoolContext, user: UserRecord): PendingRegistration | undefined {
  const map = registrations(ctx);
  const found = map.get(user.username);
  map.delete(user.username);
  return found && found.expiresAt > Date.now() ? found : undefined;
}

/** PublicKeyCredentialRequestOptionsJSON for a WEB_AUTHN step, and what its answer is checked against. */
export function requestOptions(
  ctx: PoolContext,
  user: UserRecord,
  /** The sign-in step's Session lifetime: the ceremony cannot outlast it. */
  timeoutMs: number,
): { options: Record<string, unknown>; data: Record<string, string> } {
  const rpId = relyingParty(ctx);
  const challenge = newChallenge();
  const { userVerification } = ctx.config.webAuthn;
  const passkeys = passkeysOf(ctx, user);
  const options = {
    challenge,
    rpId,
    timeout: timeoutMs,
    userVerification,
    allowCredentials: passkeys.map((p) => ({
      type: 'public-key',
      id: p.credentialId,
      ...(p.transports.length > 0 ? { transports: p.transports } : {}),
    })),
  };
  const allowed = JSON.stringify(passkeys.map((p) => p.credentialId));
  return { options, data: { challenge, rpId, userVerification, allowed } };
}
