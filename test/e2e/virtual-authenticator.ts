/**
 * Chromium's virtual authenticator (the DevTools WebAuthn domain): a real platform passkey
 * authenticator, CTAP2 over the `internal` transport, with resident keys and user
 * verification, so navigator.credentials runs its real ceremony with no prompt to click.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface VirtualAuthenticator {
  cdp: CDPSession;
  id: string;
  /** The passkeys it holds (credential ids base64url, as Cognito names them). */
  credentials(): Promise<Array<{ credentialId: string; rpId?: string; signCount: number; isResidentCredential: boolean }>>;
  /** Whether it reports the user as verified (false: a UV-required ceremony fails with NotAllowedError). */
  setUserVerified(verified: boolean): Promise<void>;
  /** Forgets one passkey (base64url id), as when the user deleted it from the device. */
  removeCredential(credentialId: string): Promise<void>;
  remove(): Promise<void>;
}

export async function addVirtualAuthenticator(page: Page, { isUserVerified = true } = {}): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId: id } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    id,
    async credentials() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId: id });
      // CDP gives standard base64; WebAuthn's JSON (and Cognito) use base64url.
      return credentials.map((c) => ({ ...c, credentialId: Buffer.from(c.credentialId, 'base64').toString('base64url') }));
    },
    setUserVerified: (verified) => cdp.send('WebAuthn.setUserVerified', { authenticatorId: id, isUserVerified: verified }).then(() => {}),
    removeCredential: (credentialId) =>
      cdp
        .send('WebAuthn.removeCredential', { authenticatorId: id, credentialId: Buffer.from(credentialId, 'base64url').toString('base64') })
        .then(() => {}),
    remove: () => cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: id }).then(() => {}),
  };
}
