/** Challenge sessions: opaque, single use, short-lived. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChallengeSessions } from '../../dev-pool/sessions.js';
import { sleep } from './helpers.js';

const base = { challengeName: 'NEW_PASSWORD_REQUIRED', clientId: 'c', username: 'u', passed: [], data: {} };

describe('ChallengeSessions', () => {
  it('hands a session out once', () => {
    const sessions = new ChallengeSessions();
    const { id } = sessions.create(base);
    assert.ok(id.length >= 200);
    assert.equal(sessions.take(id).username, 'u');
    assert.throws(() => sessions.take(id), { name: 'NotAuthorizedException', message: 'Invalid session for the user, session can only be used once.' });
  });

  it('expires', async () => {
    const sessions = new ChallengeSessions(20);
    const { id } = sessions.create(base);
    await sleep(40);
    assert.throws(() => sessions.take(id), { name: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
  });

  it('refuses unknown sessions and the wrong challenge', () => {
    const sessions = new ChallengeSessions();
    assert.throws(() => sessions.take('made-up'), { name: 'NotAuthorizedException' });
    assert.throws(() => sessions.take(undefined), { name: 'NotAuthorizedException' });
    const { id } = sessions.create(base);
    assert.throws(() => sessions.take(id, 'SMS_MFA'), { name: 'NotAuthorizedException' });
  });

  it('can keep a session for a retry', () => {
    const sessions = new ChallengeSessions();
    const session = sessions.create(base);
    sessions.keep(sessions.take(session.id));
    assert.equal(sessions.take(session.id).id, session.id);
  });
});
