import type { TemplateResult } from 'lit';
import type { RequestController } from '../controllers/request.js';
import { field, type FieldOptions } from '../templates/fields.js';
import { phoneHint } from '../templates/bidi.js';
import type { AuthService } from '../../src/auth/service.js';
import type { AuthState, ChallengeState } from '../../src/state/state.js';
import { claims } from '../../src/auth/jwt-claims.js';

/** The pool's UsernameAttributes (`email`, `phone_number`), from the provider's `username-attributes`. */
export const usernameAttributes = (service: AuthService | undefined): string[] => service?.config.usernameAttributes ?? [];

/**
 * What the user signs in with, to show and to give password managers: Cognito's user name,
 * except in pools that sign in with an address or a number (UsernameAttributes), where the user
 * name is a UUID. During a sign-in that is what the user typed (the challenge state's
 * `signInName`); once signed in, the ID token's `email` / `phone_number` claim.
 */
export function signInName(service: AuthService | undefined, state: Extract<AuthState, { status: 'signed-in' }> | ChallengeState): string {
  if (state.status === 'challenge') return state.signInName ?? state.username;
  const idClaims = usernameAttributes(service).length ? claims(state.tokens.idToken) : {};
  for (const claim of usernameAttributes(service)) {
    const value = idClaims[claim];
    if (typeof value === 'string' && value) return value;
  }
  return state.username;
}

/**
 * The `username` field as the pool signs in: a user name, or an e-mail address, a phone number,
 * or either (Cognito's UsernameAttributes). The input keeps `name="username"` and its
 * autocomplete token, which password managers key on; its label, type, hint and checks follow
 * what Cognito will accept.
 */
export function usernameField(
  request: RequestController,
  service: AuthService | undefined,
  o: Pick<FieldOptions, 'autocomplete' | 'value'> = {},
): TemplateResult {
  const { host } = request;
  const attributes = usernameAttributes(service);
  const email = attributes.includes('email');
  const phone = attributes.includes('phone_number');
  const base = { name: 'username', autocomplete: 'username', ...o };
  // Both read left to right; the checks tell the address from the number by what was typed.
  if (email && phone) return field(request, { ...base, label: host.t('field.email_or_phone'), dir: 'ltr', accepts: 'email tel', hint: phoneHint(host) });
  if (email) return field(request, { ...base, label: host.label('email'), type: 'email' });
  if (phone) return field(request, { ...base, label: host.label('phone_number'), type: 'tel', hint: phoneHint(host) });
  return field(request, base);
}
