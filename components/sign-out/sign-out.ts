import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController } from '../controllers/request.js';
import { submitButton } from '../templates/form.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enAccount } from '../../src/i18n/en-account.js';

addEnglish(enAccount);

/**
 * A sign-out button, shown only while someone is signed in. The session on this device always
 * ends; when the server cannot be told (the tokens then live until they expire), the status
 * region says so and `cognito-error` is fired as well.
 *
 * @summary A sign-out button; `global` signs out of every device.
 * @fires cognito-signed-out - The user signed out.
 * @fires cognito-error - The session ended here, but the server could not be reached to revoke it.
 * @csspart form - The form around the button.
 * @csspart submit - The sign-out button.
 * @csspart status - The region that says the user is signed out.
 */
export class CognitoSignOut extends CognitoElement {
  /** Signs out of every device (revokes every token), not just this one. */
  @property({ type: Boolean, reflect: true, converter: flag }) global = false;

  readonly #auth = new AuthController(this).listen((next) => next.status === 'signed-in' && this.#request.say(undefined));
  readonly #request: RequestController = new RequestController(this);

  async #submit() {
    const { global } = this;
    const auth = this.#auth.service;
    if (!auth) return;
    // Local first: signed out here (and the event fired) at once; Cognito is told after.
    const { username, remote } = auth.signOut(global);
    this.#request.say(this.t('signOut.done'));
    if (username) this.emit('cognito-signed-out', { username, global });
    const remoteError = await remote;
    if (!remoteError) return;
    const message = this.t('signOut.localOnly');
    this.#request.say(message);
    // Not an error in the element (the local session IS gone), but apps may want to know.
    this.emit('cognito-error', { code: remoteError.code, message, operation: 'signOut' });
  }

  override render() {
    const form =
      this.#auth.state.status === 'signed-in'
        ? html`<form
            class="cognito-form cognito-inline"
            part="form"
            novalidate
            aria-busy=${this.#request.busy ? 'true' : 'false'}
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              void this.#submit();
            }}
          >
            ${submitButton(this.#request, this.global ? 'signOut.submitGlobal' : 'signOut.submit')}
          </form>`
        : nothing;
    return html`${form}
      <div class="cognito-status" part="status" role="status">${this.#request.notice ?? ''}</div>`;
  }
}
