import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from './cognito-element.js';
import type { MessageKey } from '../../src/i18n/en.js';

/**
 * What the account self-service elements share: they work for the signed-in user only. While
 * no one is signed in (or a sign-in is part-way) they say "Sign in to manage your account", or
 * show nothing with `hide-when-signed-out`; while the session is still loading, nothing.
 * Subclasses render the signed-in view and hear when the signed-in user changes.
 */
export abstract class AccountElement extends CognitoElement {
  /** Renders nothing, instead of a "Sign in to manage your account" message, while signed out. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-when-signed-out' }) hideWhenSignedOut = false;

  #user?: string;

  /** The signed-in user's name (Cognito's user name), or undefined. */
  protected get user(): string | undefined {
    return this.#user;
  }

  /**
   * Hook: the signed-in user changed (signed in, signed out: `undefined`, or another user).
   * A sign-out during this element's own request (changing the password and signing out other
   * devices signs in again) counts only if it lasts beyond the request.
   */
  protected userChanged(_user: string | undefined): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.authState;
    const user = state.status === 'signed-in' ? state.username : undefined;
    if (user === this.#user || (user === undefined && this.busy)) return;
    this.#user = user;
    this.userChanged(user);
  }

  /** Moves focus into the view: its first visible field, or its heading. */
  protected async focusView(where: 'field' | 'heading' = 'heading'): Promise<void> {
    await this.updateComplete;
    const field = where === 'field' ? this.querySelector<HTMLElement>('input:not([hidden]):not([type="checkbox"])') : null;
    (field ?? this.querySelector<HTMLElement>('h2'))?.focus();
  }

  /** Shows checks of this element's own (after `validate()`) at their fields, and focuses the first. */
  protected async invalid(errors: Record<string, string>): Promise<void> {
    this.error = undefined;
    this.fieldErrors = errors;
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  /**
   * While the user's details load (busy): the heading and "Loading your account…"; when that
   * failed: the error, and a `retry` button that runs `load` again.
   */
  protected loadingView(heading: MessageKey, load: () => void): TemplateResult {
    const failed = !this.busy && this.error;
    return html`<div class="cognito-form" part="form">
      <h2 id=${this.idFor('heading')} tabindex="-1">${this.t(heading)}</h2>
      <div class="cognito-alert" part="alert" role="alert">${failed ? this.error!.text : ''}</div>
      ${failed ? this.button('retry', 'action.retry', load) : nothing}
      <div class="cognito-status" part="status" role="status">${this.busy ? this.t('account.loading') : ''}</div>
    </div>`;
  }

  /**
   * The current-password field (`password`) that confirms a sensitive change, with a hidden
   * username so password managers fill the right entry; `hint` says what it confirms.
   */
  protected currentPasswordField(hint: MessageKey): TemplateResult {
    return html`${this.hiddenUsername(this.user ?? '')}
      ${this.field({ name: 'password', type: 'password', autocomplete: 'current-password', label: this.t('reauth.label'), hint: this.t(hint) })}`;
  }

  /**
   * Makes sure it is the user before a sensitive change: checks the `password` field of `form`
   * as delete-account does (a sign-in aside that leaves the session alone). A missing or wrong
   * password shows at the field. Resolves whether the change may go ahead.
   */
  protected async reauthenticate(form: HTMLFormElement): Promise<boolean> {
    const { auth } = this;
    if (!auth || !form.querySelector('input[name="password"]') || !(await this.validate(form, ['password']))) return false;
    const { password } = this.values(form);
    const checked = await this.act('verifyPassword', async () => (await auth.account.verifyPassword(password), true));
    return checked === true;
  }

  /** The view for the signed-in user. */
  protected abstract renderAccount(): TemplateResult;

  /** What shows while no one is signed in. */
  protected renderSignedOut(): TemplateResult | typeof nothing {
    if (this.hideWhenSignedOut) return nothing;
    return html`<p class="cognito-signed-out" part="signed-out">${this.t('account.signInFirst')}</p>`;
  }

  override render() {
    const { status } = this.authState;
    // An action of this element may sign out and in again on its way (busy): keep its view.
    if (this.#user !== undefined) return this.renderAccount();
    if (status === 'loading') return nothing;
    return this.renderSignedOut();
  }
}
