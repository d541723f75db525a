/**
 * Passkeys over HTTP with the official client: the four WebAuthn operations, WEB_AUTHN
 * sign-in (picked at SELECT_CHALLENGE and preferred up front), Cognito's exceptions for each
 * broken registration rule, a forged, replayed or cloned assertion refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteWebAuthnCredentialCommand, StartWebAuthnRegistrationCommand } from '@aws-sdk/client-cognito-identity-provider';
import { TestAuthenticator, type RequestOptionsJSON, type Tamper } from './authenticator.js';
import { PASSWORD, passwordSignIn, rejectsWith, usePool, v3Client } from './helpers.js';
import { accessToken, complete, list, newUser, passkeyStep, register, start } from './passkey-calls.js';
import { PASSWORD_CLIENT, USER_AUTH_CONFIG, answer, userAuth } from './user-auth-pool.js';

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
    assert.equal(request.timeout, 3 * 60_000, 'the Session’s lifetime (AuthSessionValidity)');
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
