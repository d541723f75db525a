import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CognitoElement } from './cognito-element.js';
import { AuthController } from '../controllers/auth.js';
import { RequestController } from '../controllers/request.js';
import { SignedInUserController } from '../controllers/signed-in-user.js';
import { flag } from './flag-attribute.js';
import { signInName } from './username-field.js';

/**
 * An account self-service element: it works for the signed-in user only. While no one is
 * signed in (or a sign-in is part-way) it says "Sign in to manage your account", or shows
 * nothing with `hide-when-signed-out`; while the session is still loading, nothing.
 */
export abstract class AccountElement extends CognitoElement {
  /** Renders nothing, instead of a "Sign in to manage your account" message, while signed out. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-when-signed-out', converter: flag }) hideWhenSignedOut = false;

  protected readonly auth = new AuthController(this);
  protected readonly request: RequestController = new RequestController(this);
  protected readonly account = new SignedInUserController(this, this.auth, this.request, (user) => this.userChanged(user));

  /** The signed-in user's name (Cognito's user name), or undefined. */
  protected get user(): string | undefined {
    return this.account.user;
  }

  /**
   * What the user signs in with (an e-mail address or phone number in pools that sign in with
   * those, where Cognito's user name is a UUID): the hidden `username` that password managers
   * match a saved password by.
   */
  protected get signInName(): string {
    const { state } = this.auth;
    return state.status === 'signed-in' ? signInName(this.auth.service, state) : (this.user ?? '');
  }

  /** The auth service of the nearest `<cognito-user-pool>`. */
  protected get service() {
    return this.auth.service;
  }

  /** Hook: the signed-in user changed (signed in, signed out: `undefined`, or another user). */
  protected userChanged(_user: string | undefined): void {}

  /** The view for the signed-in user. */
  protected abstract renderAccount(): TemplateResult;

  /** What shows while no one is signed in. */
  protected renderSignedOut(): TemplateResult | typeof nothing {
    if (this.hideWhenSignedOut) return nothing;
    return html`<p class="cognito-signed-out" part="signed-out">${this.t('account.signInFirst')}</p>`;
  }

  override render() {
    // An action of this element may sign out and in again on its way (busy): keep its view.
    if (this.account.user !== undefined) return this.renderAccount();
    if (this.auth.state.status === 'loading') return nothing;
    return this.renderSignedOut();
  }
}
