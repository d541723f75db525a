/**
 * Passkeys over HTTP with the official client: the four WebAuthn operations, WEB_AUTHN
 * sign-in (picked at SELECT_CHALLENGE and preferred up front), Cognito's exceptions for each
 * broken registration rule, a forged or replayed assertion refused, and passkeys that
 * survive a crash of the pool.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool, type DevPool } from '../../dev-pool/server.js';
import { TestAuthenticator, type CreationOptionsJSON, type RequestOptionsJSON, type Tamper } from './authenticator.js';
import { PASSWORD, adminUser, passwordSignIn, rejectsWith, uniqueName, usePool, v3Client } from './helpers.js';
import { CLIENT, PASSWORD_CLIENT, USER_AUTH_CONFIG, answer, userAuth } from './user-auth-pool.js';

async function accessToken(pool: DevPool, username: string): Promise<string> {
  const result = await userAuth(pool, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
  return result.AuthenticationResult!.AccessToken!;
}

const start = async (pool: DevPool, token: string) =>
  (await v3Client(pool).send(new StartWebAuthnRegistrationCommand({ AccessToken: token }))).CredentialCreationOptions as unknown as CreationOptionsJSON &
    Record<string, unknown>;

const complete = (pool: DevPool, token: string, credential: Record<string, unknown>) =>
  v3Client(pool).send(new CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: credential as never }));

async function register(pool: DevPool, token: string, authenticator = new TestAuthenticator(), tamper: Tamper = {}) {
  const options = await start(pool, token);
  await complete(pool, token, authenticator.register(options, tamper));
  return authenticator;
}

const list = async (pool: DevPool, token: string) =>
  (await v3Client(pool).send(new ListWebAuthnCredentialsCommand({ AccessToken: token }))).Credentials ?? [];

/** USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN: the options the pool sent and the session to answer. */
async function passkeyStep(pool: DevPool, username: string) {
  const started = await userAuth(pool, username, { PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  assert.equal(started.ChallengeName, 'WEB_AUTHN');
  const options = JSON.parse(started.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!) as RequestOptionsJSON & Record<string, unknown>;
  return { options, session: started.Session };
}

const newUser = (pool: DevPool) => adminUser(pool, { email: `${uniqueName('pk')}@example.com`, email_verified: 'true' });

describe('passkeys', () => {
  const ctx = usePool({ config: USER_AUTH_CONFIG });

  it('registers, lists, signs in with the passkey alone, and deletes it', async () => {
    const username = await newUser(ctx.pool);
    const token = await accessToken(ctx.pool, username);
    const options = await start(ctx.pool, token);
    assert.equal(options.rp.id, 'localhost');
    assert.deepEqual(options.pubKeyCredParams, [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }]);
    assert.deepEqual(options.authenticatorSelection, { residentKey: 'required', requireResidentKey: true, userVerification: 'preferred' });
    const authenticator = new TestAuthenticator(-257);
    await complete(ctx.pool, token, authenticator.register(options));

    const [listed] = await list(ctx.pool, token);
    assert.equal(listed?.CredentialId, authenticator.id);
    assert.equal(listed?.FriendlyCredentialName, 'Passkey');
    assert.equal(listed?.RelyingPartyId, 'localhost');
    assert.equal(listed?.AuthenticatorAttachment, 'platform');
    assert.deepEqual(listed?.AuthenticatorTransports, ['internal', 'hybrid']);
    assert.ok(listed?.CreatedAt instanceof Date && Math.abs(listed.CreatedAt.getTime() - Date.now()) < 60_000);

    // The next registration excludes it.
    const again = await start(ctx.pool, token);
    assert.deepEqual(again.excludeCredentials, [{ type: 'public-key', id: authenticator.id }]);

    const choices = await userAuth(ctx.pool, username);
    assert.deepEqual(choices.AvailableChallenges, ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']);
    const picked = await answer(ctx.pool, 'SELECT_CHALLENGE', choices.Session, { USERNAME: username, ANSWER: 'WEB_AUTHN' });
    assert.equal(picked.ChallengeName, 'WEB_AUTHN');
    const request = JSON.parse(picked.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!) as RequestOptionsJSON & Record<string, unknown>;
    assert.equal(request.rpId, 'localhost');
    assert.equal(request.userVerification, 'preferred');
    assert.deepEqual(request.allowCredentials, [{ type: 'public-key', id: authenticator.id, transports: ['internal', 'hybrid'] }]);
    const done = await answer(ctx.pool, 'WEB_AUTHN', picked.Session, { USERNAME: username, CREDENTIAL: JSON.stringify(authenticator.assert(request)) });
    assert.ok(done.AuthenticationResult?.AccessToken);

    await v3Client(ctx.pool).send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: authenticator.id }));
    assert.deepEqual(await list(ctx.pool, token), []);
    assert.ok(!(await userAuth(ctx.pool, username)).AvailableChallenges?.includes('WEB_AUTHN'));
    await rejectsWith(
      v3Client(ctx.pool).send(new DeleteWebAuthnCredentialCommand({ AccessToken: token, CredentialId: authenticator.id })),
      'ResourceNotFoundException',
    );
  });

  it('refuses a forged assertion, a replayed one and another user’s passkey with NotAuthorizedException', async () => {
    const username = await newUser(ctx.pool);
    const authenticator = await register(ctx.pool, await accessToken(ctx.pool, username));
    const forged = await passkeyStep(ctx.pool, username);
    const credential = (tamper: Tamper = {}) => JSON.stringify(authenticator.assert(forged.options, tamper));
    await rejectsWith(answer(ctx.pool, 'WEB_AUTHN', forged.session, { USERNAME: username, CREDENTIAL: credential({ badSignature: true }) }), 'NotAuthorizedException');
    // The refused attempt spent the session.
    await rejectsWith(answer(ctx.pool, 'WEB_AUTHN', forged.session, { USERNAME: username, CREDENTIAL: credential() }), 'NotAuthorizedException', /used once/);

    const first = await passkeyStep(ctx.pool, username);
    const assertion = JSON.stringify(authenticator.assert(first.options));
    assert.ok((await answer(ctx.pool, 'WEB_AUTHN', first.session, { USERNAME: username, CREDENTIAL: assertion })).AuthenticationResult);
    const replay = await passkeyStep(ctx.pool, username);
    await rejectsWith(answer(ctx.pool, 'WEB_AUTHN', replay.session, { USERNAME: username, CREDENTIAL: assertion }), 'NotAuthorizedException', /challenge/);
    // A cloned authenticator: the right challenge, but a counter that went back.
    const cloned = await passkeyStep(ctx.pool, username);
    await rejectsWith(
      answer(ctx.pool, 'WEB_AUTHN', cloned.session, { USERNAME: username, CREDENTIAL: JSON.stringify(authenticator.assert(cloned.options, { counter: 1 })) }),
      'NotAuthorizedException',
      /counter/,
    );

    const other = await newUser(ctx.pool);
    await register(ctx.pool, await accessToken(ctx.pool, other));
    const step = await passkeyStep(ctx.pool, other);
    await rejectsWith(
      answer(ctx.pool, 'WEB_AUTHN', step.session, { USERNAME: other, CREDENTIAL: JSON.stringify(authenticator.assert(step.options)) }),
      'NotAuthorizedException',
    );
  });

  it('answers each broken registration rule with Cognito’s exception', async () => {
    const username = await newUser(ctx.pool);
    const token = await accessToken(ctx.pool, username);
    await rejectsWith(complete(ctx.pool, token, new TestAuthenticator().register({ challenge: 'AAAA', rp: { id: 'localhost' }, user: { id: 'AA' } })), 'WebAuthnChallengeNotFoundException');
    const cases: [Tamper, string][] = [
      [{ challenge: 'b3RoZXI' }, 'WebAuthnChallengeNotFoundException'],
      [{ origin: 'https://evil.example' }, 'WebAuthnOriginNotAllowedException'],
      [{ rpId: 'evil.example' }, 'WebAuthnRelyingPartyMismatchException'],
      [{ fmt: 'fido-u2f' }, 'WebAuthnCredentialNotSupportedException'],
      [{ up: false }, 'NotAuthorizedException'],
      [{ fmt: 'packed', badSignature: true }, 'NotAuthorizedException'],
    ];
    for (const [tamper, name] of cases) {
      const options = await start(ctx.pool, token);
      await rejectsWith(complete(ctx.pool, token, new TestAuthenticator().register(options, tamper)), name);
    }
    // A challenge is used once, even by a failed attempt.
    const options = await start(ctx.pool, token);
    const authenticator = new TestAuthenticator();
    await complete(ctx.pool, token, authenticator.register(options));
    await rejectsWith(complete(ctx.pool, token, authenticator.register(options)), 'WebAuthnChallengeNotFoundException');
    // Started by one app client, completed with another's token.
    const elsewhere = (await passwordSignIn(ctx.pool, username, PASSWORD, PASSWORD_CLIENT)).AuthenticationResult!.AccessToken!;
    const started = await start(ctx.pool, token);
    await rejectsWith(complete(ctx.pool, elsewhere, new TestAuthenticator().register(started)), 'WebAuthnClientMismatchException');
    // The same authenticator twice.
    const twice = await start(ctx.pool, token);
    await rejectsWith(complete(ctx.pool, token, authenticator.register(twice)), 'InvalidParameterException');
    assert.equal((await list(ctx.pool, token)).length, 1);
    await rejectsWith(v3Client(ctx.pool).send(new StartWebAuthnRegistrationCommand({ AccessToken: 'not-a-token' })), 'NotAuthorizedException');
  });
});

describe('passkeys where the pool does not allow them', () => {
  const off = usePool({ config: { ...USER_AUTH_CONFIG, UserPool: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } } } });
  const noRp = usePool({
    config: { ...USER_AUTH_CONFIG, MfaConfig: { EmailMfaConfiguration: {}, WebAuthnConfiguration: { UserVerification: 'required' } } },
  });

  it('WebAuthnNotEnabledException without WEB_AUTHN, WebAuthnConfigurationMissingException without a relying party', async () => {
    const user = await newUser(off.pool);
    await rejectsWith(v3Client(off.pool).send(new StartWebAuthnRegistrationCommand({ AccessToken: await accessToken(off.pool, user) })), 'WebAuthnNotEnabledException');
    const other = await newUser(noRp.pool);
    await rejectsWith(
      v3Client(noRp.pool).send(new StartWebAuthnRegistrationCommand({ AccessToken: await accessToken(noRp.pool, other) })),
      'WebAuthnConfigurationMissingException',
    );
  });
});

describe('passkeys with user verification required', () => {
  const ctx = usePool({ config: { ...USER_AUTH_CONFIG, MfaConfig: { EmailMfaConfiguration: {}, WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' } } } });

  it('refuses a passkey without UV at registration and at sign-in', async () => {
    const username = await newUser(ctx.pool);
    const token = await accessToken(ctx.pool, username);
    const options = await start(ctx.pool, token);
    await rejectsWith(complete(ctx.pool, token, new TestAuthenticator().register(options, { uv: false })), 'WebAuthnCredentialNotSupportedException');
    const authenticator = await register(ctx.pool, token);
    const step = await passkeyStep(ctx.pool, username);
    assert.equal(step.options.userVerification, 'required');
    await rejectsWith(
      answer(ctx.pool, 'WEB_AUTHN', step.session, { USERNAME: username, CREDENTIAL: JSON.stringify(authenticator.assert(step.options, { uv: false })) }),
      'NotAuthorizedException',
    );
  });
});

describe('passkeys in the state file', () => {
  it('survive a crash of the pool (journal replay) and still sign in, with the counter kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-pool-'));
    const first = await startDevPool({ port: 0, log: () => {}, dataDir: dir, config: USER_AUTH_CONFIG });
    try {
      const username = await newUser(first);
      const authenticator = await register(first, await accessToken(first, username));
      const step = await passkeyStep(first, username);
      const used = JSON.stringify(authenticator.assert(step.options));
      await answer(first, 'WEB_AUTHN', step.session, { USERNAME: username, CREDENTIAL: used });
      // No close(): as after a SIGKILL, the passkey is only in the journal.
      const second = await startDevPool({ port: 0, log: () => {}, dataDir: dir, config: USER_AUTH_CONFIG });
      try {
        const again = await passkeyStep(second, username);
        await rejectsWith(
          answer(second, 'WEB_AUTHN', again.session, { USERNAME: username, CREDENTIAL: JSON.stringify(authenticator.assert(again.options, { counter: 1 })) }),
          'NotAuthorizedException',
          /counter/,
        );
        const next = await passkeyStep(second, username);
        const done = await answer(second, 'WEB_AUTHN', next.session, { USERNAME: username, CREDENTIAL: JSON.stringify(authenticator.assert(next.options)) }, CLIENT);
        assert.ok(done.AuthenticationResult?.AccessToken);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
