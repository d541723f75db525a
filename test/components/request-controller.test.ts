/** The request controller on a bare host: its status, the stale-result guard and the operation it reports. */
import { expect, fixture, html } from '@open-wc/testing';
import { CognitoElement } from '../../components/base/cognito-element.js';
import { RequestController } from '../../components/controllers/request.js';
import { AuthError } from '../../src/errors/auth-error.js';
import { messages } from '../../components/templates/form.js';

class RequestHost extends CognitoElement {
  readonly request: RequestController = new RequestController(this);
  override render() {
    return html`<form><input name="password" /></form>${messages(this.request)}`;
  }
}
customElements.define('test-request-host', RequestHost);

const host = () => fixture<RequestHost>(html`<test-request-host></test-request-host>`);

describe('RequestController', () => {
  it('goes pending, then complete, and refuses a second run while one is in flight', async () => {
    const el = await host();
    let finish!: (value: string) => void;
    const first = el.request.run('signIn', () => new Promise<string>((resolve) => (finish = resolve)));
    expect([el.request.status, el.request.busy]).to.deep.equal(['pending', true]);
    expect(await el.request.run('signIn', async () => 'second')).to.equal(undefined);
    finish('done');
    expect(await first).to.equal('done');
    expect(el.request.status).to.equal('complete');
  });

  it('drops a result that arrives after abort(), and its signal says so', async () => {
    const el = await host();
    let finish!: (value: string) => void;
    let signal!: AbortSignal;
    const run = el.request.run('getUser', (s) => ((signal = s), new Promise<string>((resolve) => (finish = resolve))));
    el.request.abort();
    expect(signal.aborted).to.equal(true);
    expect(el.request.busy).to.equal(false);
    finish('for the last user');
    expect(await run).to.equal(undefined);
  });

  it("reports a failure as the operation it was asked for, whatever the call inside labelled it", async () => {
    const el = await host();
    const reported: unknown[] = [];
    el.addEventListener('cognito-error', (e) => reported.push((e as CustomEvent).detail));
    const result = await el.request.run('deleteUser', () =>
      Promise.reject(new AuthError('NotAuthorizedException', 'error.currentPasswordWrong', 'verifyPassword', 'password')),
    );
    expect(result).to.equal(undefined);
    expect(el.request.status).to.equal('error');
    expect(reported).to.deep.equal([{ code: 'NotAuthorizedException', message: 'Your current password is not right.', operation: 'deleteUser' }]);
    expect(el.request.fieldErrors).to.deep.equal({ password: 'Your current password is not right.' });
    el.request.clear();
    expect([el.request.error, el.request.fieldErrors, el.request.notice]).to.deep.equal([undefined, {}, undefined]);
  });
});
