import { userAuthError } from './errors.js';
import type { Operation } from '../../errors/auth-error.js';
import type { Passkey, UserAuthCalls } from './calls.js';
import { createPasskey } from './webauthn.js';

/**
 * The signed-in user's passkeys, for <cognito-passkeys>: each call takes the access token and
 * rejects with an AuthError (a ceremony's failure as its Passkey… code).
 */
export function passkeyCalls(calls: UserAuthCalls) {
  const wrapped = async <T>(op: Operation, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw userAuthError(error, op);
    }
  };
  return {
    list: (accessToken: string, signal?: AbortSignal): Promise<Passkey[]> =>
      wrapped('listPasskeys', () => calls.listPasskeys(accessToken, signal)),

    /** StartWebAuthnRegistration → navigator.credentials.create → CompleteWebAuthnRegistration; resolves to the new CredentialId. */
    add: (accessToken: string, signal?: AbortSignal): Promise<string> =>
      wrapped('addPasskey', async () => {
        const options = await calls.startPasskeyRegistration(accessToken, signal);
        const credential = await createPasskey(options, signal);
        await calls.completePasskeyRegistration(accessToken, credential, signal);
        return String(credential.id);
      }),

    delete: (accessToken: string, credentialId: string, signal?: AbortSignal): Promise<void> =>
      wrapped('deletePasskey', () => calls.deletePasskey(accessToken, credentialId, signal)),
  };
}

export type PasskeyCalls = ReturnType<typeof passkeyCalls>;
