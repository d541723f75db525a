import { html, nothing, render, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CognitoElement } from '../base/cognito-element.js';
import { adoptHostStyles } from '../base/styles.js';
import type { AuthState } from '../../src/state/state.js';
import type { MessageKey } from '../../src/i18n/i18n.js';
import type { CognitoErrorEvent } from '../../src/events/index.js';
import type { CodeDelivery } from '../../src/auth/types.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { AuthController } from '../controllers/auth.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enAuthenticator } from '../../src/i18n/en-authenticator.js';

addEnglish(enAuthenticator);

type Step = 'sign-in' | 'sign-up' | 'confirm' | 'forgot-password' | 'challenge';
type Link = 'sign-in' | 'sign-up' | 'forgot-password';
const INITIAL_STEPS: readonly string[] = ['sign-in', 'sign-up', 'forgot-password'];
const LINK_TEXT: Record<Link, MessageKey> = {
  'sign-in': 'authenticator.signIn',
  'sign-up': 'authenticator.signUp',
  'forgot-password': 'authenticator.forgotPassword',
};

/**
 * The whole journey in one tag, composed of the other elements: sign in, sign up, confirm,
 * forgot password and every challenge, each shown when the flow needs it, with links between
 * them. An unconfirmed sign-in goes to confirmation (a fresh code is sent); a required password
 * reset goes to the reset step (the code is sent); a confirmed sign-up signs in without the
 * password being typed again (the service keeps it in memory until then).
 *
 * **DOM.** Its shadow root holds only slots. The steps are rendered into a light-DOM child,
 * `<div slot="flow" class="cognito-card">` (one card: header, step, links, footer), so every
 * form stays in the light DOM for password managers; the user's
 * content (children with `slot="signed-in"` or without a slot) is assigned to a slot only while
 * signed in, so until then it is not rendered at all (not visible, focusable or announced).
 * While signed in, the flow is unassigned instead (kept, so that its events still bubble).
 *
 * **Focus and history.** On every step change (not the first render) focus moves to the new
 * step's heading (the challenge elements move it into their own forms). The browser history is left alone: steps are states of one widget, not
 * pages, and same-URL history entries would fight an app's router (its `popstate` handling and
 * `history.state`) and could bring back a sign-up form after sign-in; so Back leaves the page
 * as it would without the element, and the "Back to sign in" links move between steps.
 *
 * @summary Sign in, sign up, confirm, reset and challenges in one tag; its content once signed in.
 * @slot signed-in - Shown once signed in (and only then).
 * @slot - Shown once signed in, like `signed-in`.
 * @slot header - Shown at the top of the card on every step (a logo, a title); moved into the card, the same nodes.
 * @slot footer - Shown at the bottom of the card on every step (terms, help links).
 * @slot flow - Used by the element itself for the light-DOM container of its steps.
 * @fires cognito-signed-in - Signed in right after a sign-up was confirmed (and, bubbling up, from its sign-in and challenge steps).
 * @fires cognito-challenge - Cognito asked for more right after a sign-up was confirmed.
 */
export class CognitoAuthenticator extends CognitoElement {
  /** The first step: `sign-in` (default), `sign-up` or `forgot-password`. */
  @property({ attribute: 'initial-step' }) initialStep = 'sign-in';
  /** No sign-up step, nor a link to it. */
  @property({ type: Boolean, attribute: 'hide-sign-up', converter: flag }) hideSignUp = false;
  /** The Cognito attributes sign-up asks for (`<cognito-sign-up attributes>`), space-separated. */
  @property({ attribute: 'sign-up-attributes' }) signUpAttributes = 'email';
  /** Offers to remember the device in MFA prompts (`<cognito-mfa-prompt remember-device>`). */
  @property({ type: Boolean, attribute: 'remember-device', converter: flag }) rememberDevice = false;
  /** Forwarded to `<cognito-sign-in>`: custom auth that does not start with the password. */
  @property({ type: Boolean, converter: flag }) passwordless = false;

  @state() private step?: Step;
  /** The username carried into the step. */
  @state() private username = '';
  /** The step sends its code itself (an unconfirmed sign-in, a required reset). */
  @state() private autoSend = false;
  /** Where sign-up sent the code, for the confirm step. */
  @state() private delivery?: CodeDelivery;
  @state() private notice?: MessageKey;
  readonly #auth = new AuthController(this).listen((next, previous) => this.#stateChanged(next, previous));
  #flowElement?: HTMLDivElement;
  #focusNext = false;
  /** The author's `slot="header"` / `slot="footer"` children, moved into the card (light DOM has no slots). */
  #slotted = { header: [] as Element[], footer: [] as Element[] };

  /** The light-DOM container of the steps, made on first use: never on a server (no `document`). */
  get #flow(): HTMLDivElement {
    return (this.#flowElement ??= this.#createFlow());
  }

  #createFlow(): HTMLDivElement {
    const flow = document.createElement('div');
    flow.slot = 'flow';
    flow.className = 'cognito-card';
    flow.addEventListener('cognito-signed-up', ({ detail }) =>
      detail.userConfirmed
        ? void this.#signInAfterConfirm(detail.username)
        : this.#go('confirm', detail.username, { delivery: detail.codeDelivery }),
    );
    flow.addEventListener('cognito-sign-up-confirmed', ({ detail }) => void this.#signInAfterConfirm(detail.username));
    flow.addEventListener('cognito-password-reset', ({ detail }) => this.#go('sign-in', detail.username, { notice: 'forgotPassword.done' }));
    flow.addEventListener('cognito-challenge', () => this.#go('challenge', '', { focus: false }));
    flow.addEventListener('cognito-error', (event) => this.#onError(event));
    return flow;
  }

  get #current(): Step {
    const step = this.step ?? (INITIAL_STEPS.includes(this.initialStep) ? (this.initialStep as Step) : 'sign-in');
    return step === 'sign-up' && this.hideSignUp ? 'sign-in' : step;
  }

  #go(step: Step, username = '', options: { send?: boolean; notice?: MessageKey; focus?: boolean; delivery?: CodeDelivery } = {}) {
    this.step = step;
    this.username = username;
    this.delivery = options.delivery;
    this.autoSend = !!options.send;
    this.notice = options.notice;
    this.#focusNext = options.focus ?? true;
  }

  #typedUsername(): string {
    return this.#flow.querySelector<HTMLInputElement>('cognito-sign-in input[name="username"]')?.value.trim() ?? '';
  }

  /** A sign-in the account's state refused: an unconfirmed account, or a reset Cognito requires. */
  #onError(event: CognitoErrorEvent) {
    const { code, operation } = event.detail;
    if (operation !== 'signIn') return;
    const username = this.#typedUsername();
    if (code === 'UserNotConfirmedException') this.#go('confirm', username, { send: true });
    else if (code === 'PasswordResetRequiredException') this.#go('forgot-password', username, { send: true });
  }

  async #signInAfterConfirm(username: string) {
    // <cognito-confirm-sign-up> signed a USER_AUTH user in already (or that sign-in asks for a first factor).
    const { state } = this.#auth;
    if (state.status === 'challenge' && state.challenge === 'FIRST_FACTOR') return this.#go('sign-in', username, { focus: false });
    if (state.status !== 'signed-out') return;
    const step = await this.#auth.service?.signInAfterConfirm(username).catch(() => undefined);
    if (!step) return this.#go('sign-in', username, { notice: 'confirmSignUp.done' });
    emitSignInStep(this, step);
    if (step.kind === 'challenge') this.#go('challenge', '', { focus: false });
  }

  #stateChanged(next: AuthState, previous: AuthState) {
    if (next.status !== 'signed-out') return;
    if (previous.status === 'challenge') this.#go('sign-in');
    else if (previous.status === 'signed-in') {
      // The signed-in content (with the sign-out button that had focus) is about to go: take
      // focus to the sign-in heading rather than lose it to the page, unless it is elsewhere.
      const active = document.activeElement;
      this.#go('sign-in', '', { focus: !active || active === document.body || this.contains(active) });
    }
  }

  #links(...targets: Link[]): TemplateResult {
    const shown = targets.filter((target) => target !== 'sign-up' || !this.hideSignUp);
    // The username typed at sign-in comes along to the reset.
    const go = (target: Link) => this.#go(target, target === 'forgot-password' ? this.#typedUsername() : '');
    return html`<div class="cognito-links">
      ${shown.map((target) => html`<button type="button" name=${target} @click=${() => go(target)}>${this.t(LINK_TEXT[target])}</button>`)}
    </div>`;
  }

  #stepTemplate(): TemplateResult {
    const { username, autoSend } = this;
    switch (this.#current) {
      case 'sign-up':
        return html`<cognito-sign-up attributes=${this.signUpAttributes}></cognito-sign-up>${this.#links('sign-in')}`;
      case 'confirm':
        return html`<cognito-confirm-sign-up username=${username} ?send-code=${autoSend} .codeDelivery=${this.delivery}></cognito-confirm-sign-up>
          ${this.#links('sign-in')}`;
      case 'forgot-password':
        return html`<cognito-forgot-password username=${username} ?send-code=${autoSend}></cognito-forgot-password>
          ${this.#links('sign-in')}`;
      case 'challenge':
        // Each shows its form (with its own cancel button, and focus moved into it) only while
        // the sign-in state is at its challenge; cancelling leads back to sign-in (stateChanged).
        return html`<cognito-mfa-prompt ?remember-device=${this.rememberDevice}></cognito-mfa-prompt>
          <cognito-totp-setup></cognito-totp-setup>
          <cognito-new-password></cognito-new-password>
          <cognito-custom-challenge></cognito-custom-challenge>`;
      default:
        return html`<cognito-sign-in username=${username} ?passwordless=${this.passwordless}></cognito-sign-in>${this.#links('forgot-password', 'sign-up')}`;
    }
  }

  protected override createRenderRoot(): HTMLElement {
    adoptHostStyles(this.attachShadow({ mode: 'open' }));
    return this.#flow;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.#flow.parentNode !== this) this.append(this.#flow);
  }

  /** The nodes themselves (not copies), so the app's listeners and state stay with them. */
  #slot(name: 'header' | 'footer') {
    const nodes = [...this.#slotted[name].filter((node) => this.contains(node)), ...[...this.children].filter((child) => child.slot === name)];
    this.#slotted[name] = nodes;
    return nodes.length ? html`<div class="cognito-${name}">${nodes}</div>` : nothing;
  }

  override render() {
    const notice = this.notice ? html`<p class="cognito-status cognito-notice" role="status">${this.t(this.notice)}</p>` : nothing;
    return html`${this.#slot('header')}${notice}${this.#stepTemplate()}${this.#slot('footer')}`;
  }

  protected override update(changed: PropertyValues) {
    super.update(changed);
    const { status } = this.#auth.state;
    const shown =
      status === 'signed-in'
        ? html`<slot name="signed-in"></slot><slot></slot>`
        : status === 'loading'
          ? nothing
          : html`<slot name="flow"></slot>`;
    render(shown, this.shadowRoot!);
  }

  protected override updated() {
    if (!this.#focusNext) return;
    this.#focusNext = false;
    void this.#focusHeading();
  }

  async #focusHeading() {
    await Promise.all([...this.#flow.children].map((child) => (child as Partial<LitElement>).updateComplete));
    this.#flow.querySelector<HTMLElement>('h2')?.focus();
  }
}
