/**
 * Passkeys and the pool's settings: refused where WEB_AUTHN is not allowed or no relying party
 * is set, user verification enforced where required, and passkeys kept in the state file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartWebAuthnRegistrationCommand } from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool } from '../../dev-pool/server.js';
import { TestAuthenticator } from './authenticator.js';
import { rejectsWith, usePool, v3Client } from './helpers.js';
import { accessToken, complete, newUser, passkeyStep, register, start } from './passkey-calls.js';
import { CLIENT, USER_AUTH_CONFIG, answer } from './user-auth-pool.js';

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
