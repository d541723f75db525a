/** The passkey operations and a WEB_AUTHN sign-in step, with the official client, for the passkey tests. */
import assert from 'node:assert/strict';
import {
  CompleteWebAuthnRegistrationCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DevPool } from '../../dev-pool/server.js';
import { TestAuthenticator, type CreationOptionsJSON, type RequestOptionsJSON, type Tamper } from './authenticator.js';
import { PASSWORD, adminUser, uniqueName, v3Client } from './helpers.js';
import { userAuth } from './user-auth-pool.js';

export async function accessToken(pool: DevPool, username: string): Promise<string> {
  const result = await userAuth(pool, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
  return result.AuthenticationResult!.AccessToken!;
}

export const start = async (pool: DevPool, token: string) =>
  (await v3Client(pool).send(new StartWebAuthnRegistrationCommand({ AccessToken: token }))).CredentialCreationOptions as unknown as CreationOptionsJSON &
    Record<string, unknown>;

export const complete = (pool: DevPool, token: string, credential: Record<string, unknown>) =>
  v3Client(pool).send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: credential as never }));

export async function register(pool: DevPool, token: string, authenticator = new TestAuthenticator(), tamper: Tamper = {}) {
  const options = await start(pool, token);
  await complete(pool, token, authenticator.register(options, tamper));
  return authenticator;
}

export const list = async (pool: DevPool, token: string) =>
  (await v3Client(pool).send(new ListWebAuthnCredentialsCommand({ AccessToken: token }))).Credentials ?? [];

/** USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN: the options the pool sent and the session to answer. */
export async function passkeyStep(pool: DevPool, username: string) {
  const started = await userAuth(pool, username, { PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  assert.equal(started.ChallengeName, 'WEB_AUTHN');
  const options = JSON.parse(started.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!) as RequestOptionsJSON & Record<string, unknown>;
  return { options, session: started.Session };
}

export const newUser = (pool: DevPool) => adminUser(pool, { email: `${uniqueName('pk')}@example.com`, email_verified: 'true' });
