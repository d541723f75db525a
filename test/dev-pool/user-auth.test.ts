/**
 * USER_AUTH over HTTP with the official client: SELECT_CHALLENGE and its AvailableChallenges
 * (from the policy and what the user has), PREFERRED_CHALLENGE, each code and password
 * factor, MFA after a password, and sign-up without a password followed by the sign-in
 * that ConfirmSignUp's Session allows.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfirmSignUpCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, adminUser, lastMessage, rejectsWith, uniqueName, usePool, v3Client, wrongCode } from './helpers.js';
import { srpClient } from './srp-client.js';
import { CLIENT, PASSWORD_CLIENT, USER_AUTH_CONFIG, answer, userAuth } from './user-auth-pool.js';

describe('USER_AUTH', () => {
  const ctx = usePool({ config: USER_AUTH_CONFIG });
  const verified = () => adminUser(ctx.pool, { email: `${uniqueName('e')}@example.com`, email_verified: 'true', phone_number: '+15550001234', phone_number_verified: 'true' });

  it('offers the allowed factors the user has, and signs in with an e-mailed code', async () => {
    const username = await verified();
    const started = await userAuth(ctx.pool, username);
    assert.equal(started.ChallengeName, 'SELECT_CHALLENGE');
    // No passkey registered yet: no WEB_AUTHN.
    assert.deepEqual(started.AvailableChallenges, ['EMAIL_OTP', 'SMS_OTP', 'PASSWORD', 'PASSWORD_SRP']);
    const chosen = await answer(ctx.pool, 'SELECT_CHALLENGE', started.Session, { USERNAME: username, ANSWER: 'EMAIL_OTP' });
    assert.equal(chosen.ChallengeName, 'EMAIL_OTP');
    assert.match(chosen.ChallengeParameters?.CODE_DELIVERY_DESTINATION ?? '', /^\w\*\*\*@e\*\*\*$/);
    assert.equal(chosen.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
    const code = lastMessage(ctx.pool, username, 'SIGN_IN').code;
    await rejectsWith(answer(ctx.pool, 'EMAIL_OTP', chosen.Session, { USERNAME: username, EMAIL_OTP_CODE: wrongCode(code) }), 'CodeMismatchException');
    const done = await answer(ctx.pool, 'EMAIL_OTP', chosen.Session, { USERNAME: username, EMAIL_OTP_CODE: code });
    assert.ok(done.AuthenticationResult?.AccessToken);
  });

  it('starts the preferred factor at once: SMS_OTP', async () => {
    const username = await verified();
    const started = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'SMS_OTP' });
    assert.equal(started.ChallengeName, 'SMS_OTP');
    assert.equal(started.ChallengeParameters?.CODE_DELIVERY_DESTINATION, '+*******1234');
    const message = lastMessage(ctx.pool, username, 'SIGN_IN');
    assert.equal(message.medium, 'SMS');
    const done = await answer(ctx.pool, 'SMS_OTP', started.Session, { USERNAME: username, SMS_OTP_CODE: message.code });
    assert.ok(done.AuthenticationResult?.IdToken);
  });

  it('falls back to SELECT_CHALLENGE when the preferred factor is not the user’s, and refuses an unknown one', async () => {
    const username = await adminUser(ctx.pool, { email: `${uniqueName('n')}@example.com` });
    const started = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    assert.equal(started.ChallengeName, 'SELECT_CHALLENGE');
    // The e-mail is not verified: no code to it.
    assert.deepEqual(started.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    await rejectsWith(answer(ctx.pool, 'SELECT_CHALLENGE', started.Session, { USERNAME: username, ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException');
    // The refused choice left the session usable.
    const done = await answer(ctx.pool, 'SELECT_CHALLENGE', started.Session, { USERNAME: username, ANSWER: 'PASSWORD', PASSWORD });
    assert.ok(done.AuthenticationResult?.AccessToken);
    await rejectsWith(userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'MAGIC_LINK' }), 'InvalidParameterException');
  });

  it('takes the password in AuthParameters (PREFERRED_CHALLENGE PASSWORD) and refuses a wrong one', async () => {
    const username = await verified();
    await rejectsWith(userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Wr0ng-Password!' }), 'NotAuthorizedException', 'Incorrect username or password.');
    const done = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
    assert.ok(done.AuthenticationResult?.AccessToken);
  });

  it('runs SRP for PASSWORD_SRP: PASSWORD_VERIFIER, then tokens', async () => {
    const username = await verified();
    const srp = await srpClient(ctx.pool.userPoolId.split('_')[1]!);
    const started = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: srp.srpA });
    assert.equal(started.ChallengeName, 'PASSWORD_VERIFIER');
    const responses = await srp.answer(started.ChallengeParameters as Record<string, string>, PASSWORD);
    const done = await answer(ctx.pool, 'PASSWORD_VERIFIER', started.Session, responses);
    assert.ok(done.AuthenticationResult?.AccessToken);
  });

  it('asks for MFA after a password factor, not after a code', async () => {
    const username = await verified();
    // e-mail MFA turned on for the user by an administrator.
    const { AdminSetUserMFAPreferenceCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    await v3Client(ctx.pool).send(
      new AdminSetUserMFAPreferenceCommand({ UserPoolId: ctx.pool.userPoolId, Username: username, EmailMfaSettings: { Enabled: true, PreferredMfa: true } }),
    );
    const withPassword = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
    assert.equal(withPassword.ChallengeName, 'EMAIL_OTP');
    const mfa = lastMessage(ctx.pool, username, 'MFA').code;
    const done = await answer(ctx.pool, 'EMAIL_OTP', withPassword.Session, { USERNAME: username, EMAIL_OTP_CODE: mfa });
    assert.ok(done.AuthenticationResult?.AccessToken);

    const withCode = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'SMS_OTP' });
    const signedIn = await answer(ctx.pool, 'SMS_OTP', withCode.Session, { USERNAME: username, SMS_OTP_CODE: lastMessage(ctx.pool, username, 'SIGN_IN').code });
    assert.ok(signedIn.AuthenticationResult?.AccessToken);
  });

  it('answers a user that does not exist like one with only a password (existence errors prevented)', async () => {
    const started = await userAuth(ctx.pool, 'nobody-here');
    assert.equal(started.ChallengeName, 'SELECT_CHALLENGE');
    assert.deepEqual(started.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    await rejectsWith(
      answer(ctx.pool, 'SELECT_CHALLENGE', started.Session, { USERNAME: 'nobody-here', ANSWER: 'PASSWORD', PASSWORD }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('is refused for a client without ALLOW_USER_AUTH', async () => {
    await rejectsWith(userAuth(ctx.pool, 'anyone', {}, PASSWORD_CLIENT), 'InvalidParameterException', 'USER_AUTH flow not enabled for this client');
  });

  it('signs up without a password and signs in with ConfirmSignUp’s Session, no second prompt', async () => {
    const cognito = v3Client(ctx.pool);
    const username = uniqueName('pwless');
    const signedUp = await cognito.send(
      new SignUpCommand({ ClientId: CLIENT, Username: username, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }),
    );
    assert.ok(signedUp.Session, 'SignUp returns a Session to a USER_AUTH client');
    const code = lastMessage(ctx.pool, username, 'CONFIRM_SIGN_UP').code;
    await rejectsWith(
      cognito.send(new ConfirmSignUpCommand({ ClientId: CLIENT, Username: username, ConfirmationCode: wrongCode(code), Session: signedUp.Session })),
      'CodeMismatchException',
    );
    const confirmed = await cognito.send(
      new ConfirmSignUpCommand({ ClientId: CLIENT, Username: username, ConfirmationCode: code, Session: signedUp.Session }),
    );
    assert.ok(confirmed.Session);
    const { InitiateAuthCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    const signedIn = await cognito.send(
      new InitiateAuthCommand({ ClientId: CLIENT, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: confirmed.Session }),
    );
    assert.ok(signedIn.AuthenticationResult?.AccessToken);
    // Single use.
    await rejectsWith(
      cognito.send(new InitiateAuthCommand({ ClientId: CLIENT, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: confirmed.Session })),
      'NotAuthorizedException',
    );
    // No password: only the code factors.
    const later = await userAuth(ctx.pool, username);
    assert.deepEqual(later.AvailableChallenges, ['EMAIL_OTP']);
  });

  it('still requires a password where the client or the pool has no passwordless factor', async () => {
    const cognito = v3Client(ctx.pool);
    await rejectsWith(
      cognito.send(new SignUpCommand({ ClientId: PASSWORD_CLIENT, Username: uniqueName('p'), UserAttributes: [{ Name: 'email', Value: 'p@example.com' }] })),
      'InvalidParameterException',
    );
  });
});

describe('USER_AUTH where MFA is required', () => {
  const ctx = usePool({
    config: {
      ...USER_AUTH_CONFIG,
      UserPool: { ...USER_AUTH_CONFIG.UserPool, MfaConfiguration: 'ON' },
    },
  });

  it('offers only the password factors, and MFA follows them', async () => {
    const username = await adminUser(ctx.pool, { email: `${uniqueName('m')}@example.com`, email_verified: 'true' });
    const started = await userAuth(ctx.pool, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    assert.equal(started.ChallengeName, 'SELECT_CHALLENGE');
    assert.deepEqual(started.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    const password = await answer(ctx.pool, 'SELECT_CHALLENGE', started.Session, { USERNAME: username, ANSWER: 'PASSWORD', PASSWORD });
    assert.equal(password.ChallengeName, 'EMAIL_OTP');
    assert.equal(lastMessage(ctx.pool, username).kind, 'MFA');
    await rejectsWith(
      v3Client(ctx.pool).send(new SignUpCommand({ ClientId: CLIENT, Username: uniqueName('x'), UserAttributes: [{ Name: 'email', Value: 'x@example.com' }] })),
      'InvalidParameterException',
    );
  });
});
