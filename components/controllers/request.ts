import type { ReactiveController, TemplateResult } from 'lit';
import type { CognitoElement } from '../base/cognito-element.js';
import { AuthError, type Operation } from '../../src/errors/auth-error.js';
import { toAuthError } from '../../src/errors/codes.js';
import type { CodeDelivery } from '../../src/auth/types.js';
import type { MessageKey } from '../../src/i18n/i18n.js';
import { Cooldown, isThrottling } from '../base/cooldown.js';
import type { NewPasswordRules } from '../base/new-password.js';
import { normalizedValue, validateField } from '../base/validation.js';
import { FocusController } from './focus.js';

export type RequestStatus = 'idle' | 'pending' | 'complete' | 'error';
export type ShownError = AuthError & { text: string };

interface Options {
  /** Rewords a failure before it is shown (same code, field and operation). */
  reword?(error: AuthError): MessageKey | undefined;
}

/**
 * The request cycle of a form, after @lit/task: one request at a time (`run`), its status, the
 * failure shown at its field and in the alert, a notice for the status region, the cooldown
 * after throttling and what Retry repeats. A run whose result comes after `abort()` (the host
 * moved on: another user, another round) is dropped. Nothing the user typed is touched.
 *
 * Declare it with its type (`#request: RequestController = new RequestController(this)`): when
 * the type is inferred, TypeScript leaves the generic `run()` calls unresolved for
 * test/unit/emitted-events.ts, which then misses the host's `cognito-error`.
 */
export class RequestController implements ReactiveController {
  status: RequestStatus = 'idle';
  error?: ShownError;
  fieldErrors: Record<string, string> = {};
  /** A localized success or progress message, for the status region. */
  notice?: string | TemplateResult;
  /** The policy beside the host's `new_password` field, if it has one; checked by validate(). */
  newPasswordRules?: NewPasswordRules;
  /** Password fields whose text the user chose to see. */
  readonly revealed = new Set<string>();
  /** After Cognito throttled a request: the submit stays disabled, counting down. */
  readonly cooldown: Cooldown;
  readonly focus: FocusController;
  /** What the retry button repeats: the last secondary action, or else the form's submit. */
  retryAction?: () => void;
  #current?: AbortController;
  #autoRuns: Array<{ when: () => boolean; start: () => void; done: boolean }> = [];

  constructor(
    readonly host: CognitoElement,
    private readonly options: Options = {},
  ) {
    host.addController(this);
    this.cooldown = new Cooldown(host);
    this.focus = new FocusController(host);
  }

  get busy(): boolean {
    return this.status === 'pending';
  }

  /**
   * Runs one request for `operation` unless one is in flight or a cooldown runs; a failure is
   * shown and reported as `operation` (the element's own label, whatever it called inside).
   * Resolves to the result, or undefined when it failed or was aborted.
   */
  async run<T>(operation: Operation, request: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    if (this.busy || this.cooldown.active) return undefined;
    const controller = (this.#current = new AbortController());
    this.clear();
    this.#set('pending');
    this.cooldown.acknowledge();
    try {
      const result = await request(controller.signal);
      if (controller.signal.aborted) return undefined;
      this.cooldown.succeeded();
      this.#set('complete');
      return result;
    } catch (failure) {
      if (controller.signal.aborted) return undefined;
      this.#set('error');
      this.show(asOperation(toAuthError(failure, operation), operation));
      return undefined;
    } finally {
      if (this.#current === controller) this.#current = undefined;
      if (this.busy) this.#set('idle');
    }
  }

  /** Drops the result of the request in flight (its caller gets undefined) and frees the form. */
  abort(): void {
    this.#current?.abort();
    this.#current = undefined;
    if (this.busy) this.#set('idle');
  }

  /** Starts `start` once, before the first render in which `when()` holds (e.g. `send-code`). */
  runWhen(when: () => boolean, start: () => void): void {
    this.#autoRuns.push({ when, start, done: false });
  }

  hostUpdate(): void {
    for (const auto of this.#autoRuns) {
      if (auto.done || !auto.when()) continue;
      auto.done = true;
      auto.start();
    }
  }

  /** Forgets the messages: the error, the field errors and the notice. */
  clear(): void {
    this.error = undefined;
    this.fieldErrors = {};
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Says something in the status region. */
  say(notice: string | TemplateResult | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** Shows a failure at its field (when the form has it) and in the alert, and reports it (`cognito-error`). */
  show(error: AuthError, { report = true } = {}): void {
    const key = this.options.reword?.(error);
    if (key) error = new AuthError(error.code, key, error.operation, error.field, error.params);
    // A message about a field may name it ("Enter your email.").
    const text = this.host.t(error.key, error.field ? { field: this.#fieldName(error.field), ...error.params } : error.params);
    this.error = Object.assign(error, { text });
    this.fieldErrors = error.field && this.host.querySelector(`[name="${error.field}"]`) ? { [error.field]: text } : {};
    if (isThrottling(error)) this.cooldown.start();
    if (report) this.host.emit('cognito-error', { code: error.code, message: text, operation: error.operation });
    this.host.requestUpdate();
    void this.focus.firstInvalid();
  }

  /** Shows problems found before any request at their fields, and focuses the first. */
  showFieldErrors(errors: Record<string, string>): Promise<void> {
    this.error = undefined;
    this.fieldErrors = errors;
    this.host.requestUpdate();
    return this.focus.firstInvalid();
  }

  /**
   * Checks the form's fields (or only the named ones) before any request; shows a message at
   * each bad field, focuses the first, and says whether all is well.
   */
  async validate(form: HTMLFormElement, only?: readonly string[]): Promise<boolean> {
    const errors: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]:not([hidden])')) {
      if (only && !only.includes(input.name)) continue;
      const problem = validateField(input) ?? (input.name === 'new_password' ? this.newPasswordRules?.problem(input.value) : undefined);
      if (problem) errors[input.name] = this.host.t(problem, { field: this.#fieldName(input.name, input) });
    }
    if (!Object.keys(errors).length) return true;
    await this.showFieldErrors(errors);
    return false;
  }

  /**
   * Sends a code (resend, forgot password) as a request and emits `cognito-code-sent`.
   * Resolves to the delivery, or undefined when it failed.
   */
  async sendCode(operation: Operation, username: string, send: () => Promise<CodeDelivery | undefined>) {
    const sent = await this.run(operation, async () => ({ delivery: await send() }));
    if (sent) this.host.emit('cognito-code-sent', { username, codeDelivery: sent.delivery });
    return sent;
  }

  /** A field as a sentence names it: as its visible label does (an element may relabel it). */
  #fieldName(name: string, input = this.host.querySelector<HTMLInputElement>(`[name="${name}"]`)): string {
    return this.host.inSentence(input?.labels?.[0]?.textContent?.trim() || this.host.label(name));
  }

  #set(status: RequestStatus) {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** The failure as the element's operation: a service call inside it may have labelled it its own. */
function asOperation(error: AuthError, operation: Operation): AuthError {
  return error.operation === operation ? error : new AuthError(error.code, error.key, operation, error.field, error.params);
}

/** The form's values by input name, as they are sent (see normalizedValue). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(key)}"]`);
    values[key] = input ? normalizedValue(input, String(value)) : String(value).trim();
  });
  return values;
}
