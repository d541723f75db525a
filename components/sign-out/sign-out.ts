import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import type { AuthState } from '../../src/state/state.js';

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
  @property({ type: Boolean, reflect: true }) global = false;

  protected override stateChanged(next: AuthState) {
    if (next.status === 'signed-in') this.status = undefined;
  }

  async #submit() {
    const { auth, global } = this;
    if (!auth) return;
    // Local first: signed out here (and the event fired) at once; Cognito is told after.
    const { username, remote } = auth.signOut(global);
    this.status = this.t('signOut.done');
    if (username) this.emit('cognito-signed-out', { username, global });
    const remoteError = await remote;
    if (remoteError) this.status = this.t('signOut.localOnly');
    // Not an error in the element (the local session IS gone), but apps may want to know.
    if (remoteError) this.emit('cognito-error', { code: remoteError.code, message: this.status, operation: 'signOut' });
  }

  override render() {
    const form =
      this.authState.status === 'signed-in'
        ? html`<form
            class="cognito-form cognito-inline"
            part="form"
            novalidate
            aria-busy=${this.busy ? 'true' : 'false'}
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              void this.#submit();
            }}
          >
            ${this.submit(this.global ? 'signOut.submitGlobal' : 'signOut.submit')}
          </form>`
        : nothing;
    return html`${form}
      <div class="cognito-status" part="status" role="status">${this.status ?? ''}</div>`;
  }
}
