/**
 * The dev pool's WebAuthn verifier against a real browser: Chromium's virtual authenticator
 * (DevTools WebAuthn domain) registers a passkey and signs in with it, on a page served from
 * http://localhost, with user verification required. What the browser's toJSON() produces is
 * what the pool must take; a forged copy of a real assertion must still be refused.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';
import { startDevPool, type DevPool } from '../../dev-pool/server.js';

const config = {
  UserPool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } } },
  MfaConfig: { WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' } },
  UserPoolClients: [{ ClientId: 'passkeyclient', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
};
const PASSWORD = 'Corr3ct-Horse!';

/** The members of Cognito's answers this test reads. */
interface Answer {
  __type?: string;
  AuthenticationResult?: { AccessToken?: string };
  CredentialCreationOptions?: Record<string, unknown>;
  Credentials?: { CredentialId: string }[];
  AvailableChallenges?: string[];
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}
type Call = (op: string, body: unknown) => Promise<Answer>;

describe('dev pool passkeys with a real browser ceremony', () => {
  let pool: DevPool;
  let server: Server;
  let browser: Browser;
  let page: Page;

  const call: Call = async (op, body) => {
    const response = await fetch(pool.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${op}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Answer;
  };

  before(async () => {
    pool = await startDevPool({ port: 0, log: () => {}, config });
    server = createServer((_request, response) => response.setHeader('content-type', 'text/html').end('<!doctype html><title>passkeys</title>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
    page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    // A WebAuthn relying party is a domain: the page must be on localhost, not 127.0.0.1.
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
    await pool?.close();
  });

  it('registers a passkey and signs in with it alone; a forged copy is refused', async () => {
    await call('AdminCreateUser', { UserPoolId: pool.userPoolId, Username: 'alice', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }] });
    await call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: 'alice', Password: PASSWORD, Permanent: true });
    const signedIn = await call('InitiateAuth', {
      ClientId: 'passkeyclient',
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD },
    });
    const token = signedIn.AuthenticationResult!.AccessToken!;

    const { CredentialCreationOptions } = await call('StartWebAuthnRegistration', { AccessToken: token });
    const created = await page.evaluate(async (options) => {
      const credential = (await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })) as PublicKeyCredential;
      return credential.toJSON() as Record<string, unknown>;
    }, CredentialCreationOptions as unknown as PublicKeyCredentialCreationOptionsJSON);
    assert.deepEqual(await call('CompleteWebAuthnRegistration', { AccessToken: token, Credential: created }), {});
    const { Credentials } = await call('ListWebAuthnCredentials', { AccessToken: token });
    assert.equal(Credentials?.[0]?.CredentialId, created.id);

    const step = await call('InitiateAuth', { ClientId: 'passkeyclient', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'alice' } });
    assert.deepEqual(step.AvailableChallenges, ['WEB_AUTHN', 'PASSWORD', 'PASSWORD_SRP']);
    const picked = await call('RespondToAuthChallenge', {
      ClientId: 'passkeyclient',
      ChallengeName: 'SELECT_CHALLENGE',
      Session: step.Session,
      ChallengeResponses: { USERNAME: 'alice', ANSWER: 'WEB_AUTHN' },
    });
    const assertion = await page.evaluate(async (options) => {
      const credential = (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse(options)) })) as PublicKeyCredential;
      return credential.toJSON() as { response: Record<string, string> };
    }, picked.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!);

    const forged = structuredClone(assertion);
    const signature = Buffer.from(forged.response.signature!, 'base64url');
    signature[signature.length - 1]! ^= 1;
    forged.response.signature = signature.toString('base64url');
    const refused = await call('RespondToAuthChallenge', {
      ClientId: 'passkeyclient',
      ChallengeName: 'WEB_AUTHN',
      Session: picked.Session,
      ChallengeResponses: { USERNAME: 'alice', CREDENTIAL: JSON.stringify(forged) },
    });
    assert.equal(refused.__type, 'NotAuthorizedException');

    // The refused answer spent that Session: a new step, a new ceremony.
    const again = await call('InitiateAuth', { ClientId: 'passkeyclient', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'WEB_AUTHN' } });
    const real = await page.evaluate(async (options) => {
      const credential = (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse(options)) })) as PublicKeyCredential;
      return credential.toJSON() as Record<string, unknown>;
    }, again.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!);
    const done = await call('RespondToAuthChallenge', {
      ClientId: 'passkeyclient',
      ChallengeName: 'WEB_AUTHN',
      Session: again.Session,
      ChallengeResponses: { USERNAME: 'alice', CREDENTIAL: JSON.stringify(real) },
    });
    assert.ok(done.AuthenticationResult?.AccessToken, JSON.stringify(done));
  });
});
