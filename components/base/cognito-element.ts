import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { authContext } from './context.js';
import { adoptStyles } from './styles.js';
import type { AuthService } from '../../src/auth/service.js';
import type { AuthState } from '../../src/state/state.js';
import type { CodeDelivery } from '../../src/auth/types.js';
import { AuthError, type Operation } from '../../src/errors/auth-error.js';
import { isRetryable, toAuthError } from '../../src/errors/codes.js';
import { emit, type CognitoEventDetails, type CognitoEventName } from '../../src/events/index.js';
import { fieldLabel, isRightToLeft, labelInSentence, localize, onTranslationChange, resolveLanguage, type MessageKey, type MessageParams } from '../../src/i18n/i18n.js';
import { maxLengthOf, normalizedValue, validateField } from './validation.js';
import { Cooldown, cooldownNotice, isThrottling } from './cooldown.js';
import type { NewPasswordRules } from './new-password.js';
import { LIT_SSR_RENDERS_SHADOW, connectWithoutHydration } from './client-rendered.js';

let instances = 0;

export interface FieldOptions {
  name: string;
  type?: string;
  autocomplete?: string;
  /** Overrides the label derived from the name. */
  label?: string;
  hint?: string;
  value?: string;
  required?: boolean;
  inputmode?: string;
  /** Ids of more elements that describe the input (e.g. a list of rules under it). */
  describedBy?: string;
  /** Overrides Cognito's limit for the name (see validation.ts). */
  maxlength?: number;
}

/** Secondary actions that send nothing, so a cooldown leaves them usable. */
const LOCAL_ACTIONS = new Set(['cancel', 'back', 'copy']);

/**
 * What every element shares: light-DOM rendering (password managers must see the forms), the
 * auth service from context, localization, and one busy/error cycle per submit.
 */
export abstract class CognitoElement extends LitElement {
  /** @internal Rendered in the browser only (client-rendered.ts). */
  static override ['_$litElement$'] = LIT_SSR_RENDERS_SHADOW;
  /** The auth service of the nearest `<cognito-user-pool>`. */
  @state() protected auth?: AuthService;
  @state() protected authState: AuthState = { status: 'loading' };
  @state() protected busy = false;
  /** The localized message of the last failure, shown in the alert region. */
  @state() protected error?: AuthError & { text: string };
  @state() protected fieldErrors: Record<string, string> = {};
  /** A localized success or progress message, shown in the status region. */
  @state() protected status?: string;

  protected readonly uid = `cognito-${++instances}`;
  /** After Cognito throttled a request: the submit stays disabled, counting down. */
  protected readonly cooldown = new Cooldown(this);
  /** The policy beside the element's `new_password` field, if it has one; checked by validate(). */
  protected newPasswordRules?: NewPasswordRules;
  #unsubscribe?: () => void;
  #offTranslation?: () => void;
  /** Whether `dir` on the host is ours (set for a right-to-left language), not the page's. */
  #ownDir = false;
  /** What the retry button repeats: the last secondary action, or else the form's submit. */
  #again?: () => void;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: authContext,
      subscribe: true,
      callback: (service) => this.#attach(service),
    });
  }

  #attach(service?: AuthService) {
    this.#unsubscribe?.();
    this.auth = service;
    this.authState = service?.state ?? { status: 'loading' };
    this.#unsubscribe = service?.subscribe((next) => {
      const previous = this.authState;
      this.authState = next;
      this.stateChanged(next, previous);
    });
  }

  /** Hook for elements that react to sign-in state transitions. */
  protected stateChanged(_next: AuthState, _previous: AuthState): void {}

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this;
  }

  override connectedCallback() {
    connectWithoutHydration(this, () => super.connectedCallback());
    adoptStyles(this);
    this.#offTranslation = onTranslationChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#offTranslation?.();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override update(changed: PropertyValues) {
    this.#followDirection();
    super.update(changed);
  }

  /**
   * A right-to-left language lays the form out right to left, unless the page already says which
   * way (a `dir` on the host or an ancestor, which then wins).
   */
  #followDirection() {
    const rtl = isRightToLeft(resolveLanguage(this));
    if (this.#ownDir && !rtl) {
      this.removeAttribute('dir');
      this.#ownDir = false;
    } else if (rtl && !this.#ownDir && !this.closest('[dir]')) {
      this.setAttribute('dir', 'rtl');
      this.#ownDir = true;
    }
  }

  protected t(key: MessageKey, params?: MessageParams): string {
    return localize(resolveLanguage(this), key, params);
  }

  /** A label as it reads inside a sentence of the element's language. */
  protected inSentence(label: string): string {
    return labelInSentence(resolveLanguage(this), label);
  }

  protected label(name: string): string {
    return fieldLabel(resolveLanguage(this), name);
  }

  /** Ids unique per instance, so two elements of one kind can share a page. */
  protected idFor(name: string): string {
    return `${this.uid}-${name.replace(/[^\w-]/g, '_')}`;
  }

  protected emit<K extends CognitoEventName>(type: K, detail: CognitoEventDetails[K]) {
    emit(this, type, detail);
  }

  protected get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** The form's values by input name, as they are sent (see normalizedValue). */
  protected values(form: HTMLFormElement): Record<string, string> {
    const values: Record<string, string> = {};
    new FormData(form).forEach((value, key) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(key)}"]`);
      values[key] = input ? normalizedValue(input, String(value)) : String(value).trim();
    });
    return values;
  }

  /**
   * Checks the form's fields (or only the named ones) before any request; shows a message at
   * each bad field, focuses the first, and says whether all is well.
   */
  protected async validate(form: HTMLFormElement, only?: readonly string[]): Promise<boolean> {
    const errors: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]:not([hidden])')) {
      if (only && !only.includes(input.name)) continue;
      const problem = validateField(input) ?? this.#policyProblem(input);
      // Name the field as its visible label does (an element may relabel it).
      const label = input.labels?.[0]?.textContent?.trim() || this.label(input.name);
      if (problem) errors[input.name] = this.t(problem, { field: this.inSentence(label) });
    }
    if (!Object.keys(errors).length) return true;
    this.error = undefined;
    this.fieldErrors = errors;
    await this.#focusInvalid();
    return false;
  }

  #policyProblem(input: HTMLInputElement): MessageKey | undefined {
    return input.name === 'new_password' ? this.newPasswordRules?.problem(input.value) : undefined;
  }

  /**
   * One request per submit: busy while in flight, and any failure shown at its field and in the
   * alert region, with nothing the user typed lost.
   */
  protected async act<T>(operation: Operation, action: () => Promise<T>): Promise<T | undefined> {
    if (this.busy || this.cooldown.active) return undefined;
    this.busy = true;
    this.error = undefined;
    this.fieldErrors = {};
    this.status = undefined;
    this.cooldown.acknowledge();
    try {
      const result = await action();
      this.cooldown.succeeded();
      return result;
    } catch (failure) {
      this.fail(toAuthError(failure, operation));
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** Where a code went, in words: `key` names the destination, `anywhereKey` when Cognito did not say. */
  protected delivered(delivery: CodeDelivery | undefined, key: MessageKey, anywhereKey: MessageKey): string {
    if (!delivery?.Destination) return this.t(anywhereKey);
    const medium = delivery.DeliveryMedium === 'SMS' ? this.t('medium.SMS') : this.t('medium.EMAIL');
    return this.t(key, { destination: delivery.Destination, medium });
  }

  /**
   * Sends a code (resend, forgot password) in the busy cycle, says where it went in the status
   * region and emits `cognito-code-sent`. Resolves to the delivery, or undefined when it failed.
   */
  protected async sendCode(
    operation: Operation,
    username: string,
    send: () => Promise<CodeDelivery | undefined>,
  ): Promise<{ delivery?: CodeDelivery } | undefined> {
    const sent = await this.act(operation, async () => ({ delivery: await send() }));
    if (!sent) return undefined;
    this.status = this.delivered(sent.delivery, 'state.codeResent', 'state.codeResentAnywhere');
    this.emit('cognito-code-sent', { username, codeDelivery: sent.delivery });
    return sent;
  }

  protected fail(error: AuthError) {
    const text = this.t(error.key, error.params);
    this.error = Object.assign(error, { text });
    if (isThrottling(error)) this.cooldown.start();
    if (error.field && this.querySelector(`[name="${error.field}"]`)) this.fieldErrors = { [error.field]: text };
    this.emit('cognito-error', { code: error.code, message: text, operation: error.operation });
    void this.#focusInvalid();
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  protected field(o: FieldOptions): TemplateResult {
    const id = this.idFor(o.name);
    const problem = this.fieldErrors[o.name];
    const hint = o.hint ? html`<div class="cognito-hint" id="${id}-hint">${o.hint}</div>` : nothing;
    const described = [o.hint && `${id}-hint`, o.describedBy, problem && `${id}-error`].filter(Boolean).join(' ');
    return html`<div class="cognito-field" part="field">
      <label for=${id}>${o.label ?? this.label(o.name)}</label>
      <input
        id=${id}
        name=${o.name}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        inputmode=${o.inputmode ?? nothing}
        .defaultValue=${o.value ?? ''}
        ?required=${o.required ?? true}
        maxlength=${o.maxlength ?? maxLengthOf(o.name)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
      ${hint}
      ${problem ? html`<div class="cognito-field-error" id="${id}-error">${problem}</div>` : nothing}
    </div>`;
  }

  /** For code and new-password steps: lets password managers tie the step to the account. */
  protected hiddenUsername(username: string): TemplateResult {
    return html`<input type="text" name="username" autocomplete="username" .value=${username} hidden />`;
  }

  /** The alert region (always present, so screen readers announce what appears in it). */
  protected messages(): TemplateResult {
    const retry =
      isRetryable(this.error)
        ? html`<button type="button" name="retry" @click=${() => (this.#again ? this.#again() : this.form?.requestSubmit())}>
            ${this.t('action.retry')}
          </button>`
        : nothing;
    return html`<div class="cognito-alert" part="alert" role="alert">${this.error?.text ?? ''}</div>
      ${retry}
      <div class="cognito-status" part="status" role="status">${cooldownNotice(this.cooldown, (k, p) => this.t(k, p)) || this.status || ''}</div>`;
  }

  /**
   * The new-password field (`new_password`) with the password policy under it, marked as the
   * user types (the element sets `newPasswordRules`).
   */
  protected newPasswordField(o: Partial<FieldOptions> = {}): TemplateResult {
    const rules = this.newPasswordRules;
    const id = this.idFor('policy');
    return html`${this.field({ name: 'new_password', type: 'password', autocomplete: 'new-password', describedBy: rules && id, ...o })}
      ${rules ? rules.list(id, (key, params) => this.t(key, params)) : nothing}`;
  }

  /**
   * A secondary action (`resend`, `back`, ...): a `<button type="button">` the retry button can
   * repeat; `value` tells apart buttons of one name (`delete` of `email`), `params` fill the label.
   */
  protected button(
    name: string,
    key: MessageKey,
    onClick: () => void,
    options: { value?: string; params?: MessageParams } = {},
  ): TemplateResult {
    return html`<button
      type="button"
      name=${name}
      value=${options.value ?? nothing}
      part=${name}
      ?disabled=${this.cooldown.active && !LOCAL_ACTIONS.has(name)}
      @click=${() => {
        this.#again = onClick;
        onClick();
      }}
    >
      ${this.t(key, options.params)}
    </button>`;
  }

  protected submit(key: MessageKey): TemplateResult {
    const { cooldown } = this;
    const label = this.busy ? this.t('state.busy') : cooldown.active ? this.t('cooldown.submit', { seconds: cooldown.remaining }) : this.t(key);
    return html`<button type="submit" part="submit" ?disabled=${this.busy || cooldown.active}>${label}</button>`;
  }

  /** A form with the shared layout: heading, fields, messages, submit, secondary actions. */
  protected formFrame(
    heading: MessageKey,
    onSubmit: (form: HTMLFormElement) => void,
    body: TemplateResult,
    submitKey: MessageKey,
    after: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const headingId = this.idFor('heading');
    return html`<form
      class="cognito-form"
      part="form"
      novalidate
      aria-labelledby=${headingId}
      aria-busy=${this.busy ? 'true' : 'false'}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        this.#again = undefined;
        onSubmit(e.currentTarget as HTMLFormElement);
      }}
    >
      <h2 id=${headingId} tabindex="-1">${this.t(heading)}</h2>
      ${body} ${this.messages()} ${this.submit(submitKey)} ${after}
    </form>`;
  }
}
