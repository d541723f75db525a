import { html, nothing, type TemplateResult } from 'lit';
import type { CognitoElement } from '../base/cognito-element.js';
import { emitSignInStep } from '../base/sign-in-step.js';
import { formValues, type RequestController } from '../controllers/request.js';
import { deliveredTo } from '../templates/delivery.js';
import { codeField, hiddenUsername, passwordField } from '../templates/fields.js';
import { usernameField } from '../base/username-field.js';
import { actionButton, formFrame, messages } from '../templates/form.js';
import type { AuthService } from '../../src/auth/service.js';
import type { FirstFactor, FirstFactorPrompt, SignInStep } from '../../src/auth/types.js';
import type { AuthState, FirstFactorState } from '../../src/state/state.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enUserAuth } from '../../src/i18n/en-user-auth.js';

// This module's strings are not in the core's English table.
addEnglish(enUserAuth);

const FACTOR_KEYS = {
  PASSWORD: 'userAuth.factor.PASSWORD',
  EMAIL_OTP: 'userAuth.factor.EMAIL_OTP',
  SMS_OTP: 'userAuth.factor.SMS_OTP',
  WEB_AUTHN: 'userAuth.factor.WEB_AUTHN',
} as const;

const isFirstFactor = (state: AuthState): state is FirstFactorState => state.status === 'challenge' && state.challenge === 'FIRST_FACTOR';

/**
 * `<cognito-sign-in>` in a USER_AUTH provider (loaded only there): the username alone, then
 * what Cognito asks: a choice of first factors, the password, a one-time code, or the passkey
 * ceremony, whose failure is said in words with a retry and the other factors.
 */
export class FirstFactorView {
  /** What the user typed, kept when a sign-in is cancelled or fails. */
  #typed = '';

  constructor(
    private readonly host: CognitoElement & { username: string },
    private readonly request: RequestController,
    private readonly service: () => AuthService | undefined,
  ) {}

  /** A new first-factor round: fresh messages (a failed ceremony's in words), focus into it. */
  stateChanged(next: AuthState, previous: AuthState): void {
    if (!isFirstFactor(next) || next === previous) return;
    this.#typed = next.username;
    const { parameters } = next;
    if (isFirstFactor(previous) && previous.parameters.step === parameters.step && parameters.step !== 'code') return;
    this.request.clear();
    if (parameters.step === 'passkey-failed') this.request.show(parameters.error);
    void this.request.focus.after(parameters.step === 'password' || parameters.step === 'code' ? 'field' : 'heading');
  }

  async #send(op: 'signIn' | 'respondToChallenge', run: (s: Awaited<ReturnType<AuthService['userAuth']>>) => Promise<SignInStep | undefined>) {
    const service = this.service();
    if (!service || this.request.busy) return;
    const step = await this.request.run(op, async () => run(await service.userAuth()));
    if (step) emitSignInStep(this.host, step);
  }

  async #submit(form: HTMLFormElement, step?: FirstFactorPrompt['step']) {
    if (!(await this.request.validate(form))) return;
    const values = formValues(form);
    if (!step) {
      this.#typed = values.username;
      return this.#send('signIn', (u) => u.start(values.username));
    }
    if (step === 'password') return this.#send('signIn', (u) => u.password(values.password ?? ''));
    if (step === 'code') return this.#send('respondToChallenge', (u) => u.code(values.code ?? ''));
  }

  #factors(available: readonly FirstFactor[], except?: FirstFactor): TemplateResult {
    const shown = available.filter((factor) => factor !== except);
    return html`${shown.map((factor) =>
      actionButton(this.request, 'challenge', FACTOR_KEYS[factor], () => void this.#send('signIn', (u) => u.choose(factor)), { value: factor }),
    )}`;
  }

  #cancel(): TemplateResult {
    return actionButton(this.request, 'cancel', 'action.cancel', () => this.service()?.cancelChallenge());
  }

  render(state: AuthState): TemplateResult {
    const { request, host } = this;
    if (!isFirstFactor(state)) {
      const username = this.#typed || host.username;
      const body = usernameField(request, this.service(), { autocomplete: 'username webauthn', value: username });
      return formFrame(request, 'signIn.heading', (form) => void this.#submit(form), body, 'userAuth.continue');
    }
    const p = state.parameters;
    const user = hiddenUsername(state.username);
    switch (p.step) {
      case 'password':
        return formFrame(request, 'signIn.heading', (form) => void this.#submit(form, 'password'),
          html`${user}${passwordField(request, { name: 'password', autocomplete: 'current-password' })}`,
          'signIn.submit', html`${this.#factors(p.available, 'PASSWORD')}${this.#cancel()}`);
      case 'code': {
        const hint = deliveredTo(host, 'hint.code', 'hint.codeAnywhere', p.delivery);
        return formFrame(request, 'userAuth.codeHeading', (form) => void this.#submit(form, 'code'), html`${user}${codeField(request, hint)}`,
          'mfa.submit', html`${actionButton(request, 'resend', 'action.resend', () => void this.#send('signIn', (u) => u.resend()))}
            ${this.#factors(p.available, p.factor)}${this.#cancel()}`);
      }
      default: {
        const heading = p.step === 'select' ? 'userAuth.chooseHeading' : 'signIn.heading';
        const waiting = p.step === 'passkey' ? html`<p class="cognito-hint">${host.t('userAuth.passkeyWaiting')}</p>` : nothing;
        const retry = p.step === 'passkey-failed'
          ? actionButton(request, 'challenge', 'userAuth.retryPasskey', () => void this.#send('signIn', (u) => u.choose('WEB_AUTHN')), { value: 'WEB_AUTHN' })
          : nothing;
        const choices = p.step === 'passkey' ? nothing : this.#factors(p.available, p.step === 'passkey-failed' ? 'WEB_AUTHN' : undefined);
        return html`<form class="cognito-form" part="form" novalidate aria-labelledby=${host.idFor('heading')} aria-busy=${request.busy || p.step === 'passkey' ? 'true' : 'false'}
          @submit=${(e: Event) => e.preventDefault()}>
          <h2 id=${host.idFor('heading')} tabindex="-1">${host.t(heading)}</h2>
          ${user}${waiting}${messages(request)}
          <div class="cognito-choices">${retry}${choices}</div>
          ${this.#cancel()}
        </form>`;
      }
    }
  }
}
