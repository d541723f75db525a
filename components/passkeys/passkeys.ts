import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { AccountElement } from '../base/account-element.js';
import { actionButton, loadingPanel, messages } from '../templates/form.js';
import type { Passkey } from '../../src/auth/user-auth/calls.js';
import type { UserAuthClient } from '../../src/auth/user-auth/client.js';
import { toAuthError } from '../../src/errors/codes.js';
import { addEnglish, resolveLanguage } from '../../src/i18n/i18n.js';
import { dateFormat } from '../../src/i18n/intl.js';
import { enPasskeys } from '../../src/i18n/en-passkeys.js';
import { isolated } from '../templates/bidi.js';

// This module's strings are not in the core's English table.
addEnglish(enPasskeys);

/**
 * The signed-in user's passkeys: each one's name, where it lives (this device, or a security key
 * or another device) and when it was added; `<button name="add">` creates one (Cognito's
 * options, the browser's prompt, Cognito's check); `<button name="delete" value="<CredentialId>">`
 * asks first, then `<button name="confirm">` deletes it. In a browser without WebAuthn it says
 * passkeys are unavailable there; the list and deleting still work. The passkey code loads with
 * this element only.
 *
 * While no one is signed in it says "Sign in to manage your account" (or, with
 * `hide-when-signed-out`, renders nothing).
 *
 * @summary The signed-in user's passkeys: list, add, delete.
 * @fires cognito-passkey-added - A passkey was added (detail: `username`, `credentialId`).
 * @fires cognito-passkey-deleted - A passkey was deleted (detail: `username`, `credentialId`).
 * @fires cognito-error - A failure (a cancelled prompt, an authenticator that has a passkey already…), with the message shown.
 * @csspart form - The element's panel.
 * @csspart list - The list of passkeys.
 * @csspart passkey - Each passkey.
 * @csspart add - The button that adds a passkey.
 * @csspart delete - Each passkey's delete button.
 * @csspart confirm - The button that confirms a deletion.
 * @csspart cancel - The button that leaves the confirmation.
 * @csspart alert - The error region.
 * @csspart status - The region that says what was done.
 * @csspart signed-out - The "Sign in to manage your account" message.
 */
export class CognitoPasskeys extends AccountElement {
  @state() private passkeys?: Passkey[];
  /** The passkey whose deletion awaits confirmation. */
  @state() private deleting?: Passkey;
  @state() private supported = true;

  constructor() {
    super();
    this.request.focus.follow(() => this.deleting, () => 'heading');
  }

  protected override userChanged(user: string | undefined) {
    this.passkeys = this.deleting = undefined;
    this.request.clear();
    if (user) void this.#load();
  }

  async #client(): Promise<UserAuthClient> {
    const service = this.service;
    if (!service) throw toAuthError({ code: 'NotAuthorizedException' }, 'listPasskeys');
    const client = await (await service.userAuth()).client();
    this.supported = client.passkeysSupported();
    return client;
  }

  async #accessToken(): Promise<string> {
    const tokens = await this.service?.getTokens();
    if (!tokens) throw toAuthError({ code: 'NotAuthorizedException' }, 'listPasskeys');
    return tokens.accessToken;
  }

  async #load() {
    const list = await this.request.run('listPasskeys', async (signal) => (await this.#client()).passkeys.list(await this.#accessToken(), signal));
    if (list) this.passkeys = list;
  }

  async #add() {
    const username = this.user;
    if (!username || this.request.busy) return;
    const credentialId = await this.request.run('addPasskey', async (signal) => {
      const { passkeys } = await this.#client();
      const token = await this.#accessToken();
      const id = await passkeys.add(token, signal);
      this.passkeys = await passkeys.list(token, signal);
      return id;
    });
    if (!credentialId) return;
    this.request.say(this.t('passkeys.added'));
    this.emit('cognito-passkey-added', { username, credentialId });
  }

  async #delete(passkey: Passkey) {
    const username = this.user;
    if (!username || this.request.busy) return;
    const { CredentialId: credentialId } = passkey;
    const done = await this.request.run('deletePasskey', async (signal) => {
      const { passkeys } = await this.#client();
      const token = await this.#accessToken();
      await passkeys.delete(token, credentialId, signal);
      this.passkeys = await passkeys.list(token, signal);
      return true;
    });
    if (!done) return;
    this.deleting = undefined;
    this.request.say(this.t('passkeys.deleted'));
    this.emit('cognito-passkey-deleted', { username, credentialId });
  }

  #name(passkey: Passkey): string {
    return passkey.FriendlyCredentialName || this.t('passkeys.unnamed');
  }

  #item(passkey: Passkey): TemplateResult {
    const name = this.#name(passkey);
    const where = { platform: 'passkeys.platform', 'cross-platform': 'passkeys.crossPlatform' } as const;
    const attachment = where[passkey.AuthenticatorAttachment as keyof typeof where];
    const date = dateFormat(resolveLanguage(this)).format(passkey.CreatedAt);
    return html`<li part="passkey">
      <span class="cognito-passkey-name"><bdi>${name}</bdi></span>
      ${attachment ? html`<span class="cognito-hint">${this.t(attachment)}</span>` : nothing}
      <span class="cognito-hint">${this.t('passkeys.created', { date })}</span>
      <button type="button" name="delete" part="delete" value=${passkey.CredentialId} aria-label=${this.t('passkeys.deleteLabel', { name })}
        ?disabled=${this.request.busy} @click=${() => this.#confirm(passkey)}>${this.t('passkeys.delete')}</button>
    </li>`;
  }

  /** Opens (or, with undefined, leaves) the confirmation of a deletion. */
  #confirm(passkey: Passkey | undefined) {
    this.request.clear();
    this.deleting = passkey;
  }

  protected renderAccount(): TemplateResult {
    const { request } = this;
    if (!this.passkeys) return loadingPanel(request, 'passkeys.heading', () => void this.#load());
    const headingId = this.idFor('heading');
    const deleting = this.deleting;
    const body = deleting
      ? html`<p>${isolated(this, 'passkeys.confirmDelete', { name: this.#name(deleting) }, 'name')}</p>
          <button type="button" name="confirm" part="confirm" class="cognito-primary" value=${deleting.CredentialId} ?disabled=${request.busy}
            @click=${() => void this.#delete(deleting)}>${this.t('passkeys.confirm')}</button>
          ${actionButton(request, 'cancel', 'action.cancel', () => !request.busy && this.#confirm(undefined))}`
      : html`${this.passkeys.length
          ? html`<ul class="cognito-passkeys" part="list">${this.passkeys.map((passkey) => this.#item(passkey))}</ul>`
          : html`<p>${this.t('passkeys.none')}</p>`}
        ${this.supported
          ? html`<button type="button" name="add" part="add" class="cognito-primary" ?disabled=${request.busy || request.cooldown.active} @click=${() => void this.#add()}>${this.t('passkeys.add')}</button>`
          : html`<p class="cognito-hint">${this.t('passkeys.unavailable')}</p>`}`;
    return html`<div class="cognito-form" part="form" role="group" aria-labelledby=${headingId} aria-busy=${request.busy ? 'true' : 'false'}>
      <h2 id=${headingId} tabindex="-1">${this.t('passkeys.heading')}</h2>
      ${body} ${messages(request)}
    </div>`;
  }
}
