/**
 * An app client's attribute permissions (ReadAttributes / WriteAttributes), as Cognito's
 * Developer Guide describes them: GetUser and the ID token show only what the client may
 * read; SignUp, UpdateUserAttributes, DeleteUserAttributes and NEW_PASSWORD_REQUIRED refuse
 * what it may not write with NotAuthorizedException. Without a list, every attribute is
 * readable and every one but *_verified writable; the pool's required attributes are always
 * writable. Administrators (Admin* operations) are not bound by either list.
 */
import type { ClientConfig, PoolContext } from './context.js';
import { notAuthorized } from './errors.js';

/** sub is in every token and every GetUser answer, whatever the list says. */
export const canRead = (client: ClientConfig, name: string): boolean =>
  name === 'sub' || client.readAttributes === undefined || client.readAttributes.includes(name);

/**
 * *_verified never: users verify through codes (amazon-cognito-identity-js users meet
 * "A client attempted to write unauthorized attribute" for email_verified in SignUp).
 */
export function canWrite(ctx: PoolContext, client: ClientConfig, name: string): boolean {
  if (name.endsWith('_verified')) return false;
  if (client.writeAttributes === undefined || client.writeAttributes.includes(name)) return true;
  return ctx.config.schemaAttributes.some((a) => a.Required && (a.Name === name || `custom:${a.Name}` === name));
}

/** Cognito's answer when a request writes an attribute the app client may not write. */
export function assertWritable(ctx: PoolContext, client: ClientConfig, names: Iterable<string>): void {
  for (const name of names) {
    if (!canWrite(ctx, client, name)) throw notAuthorized('A client attempted to write unauthorized attribute');
  }
}
