import { html, nothing, type TemplateResult } from 'lit';
import type { RequestController } from '../controllers/request.js';
import { isRetryable } from '../../src/errors/codes.js';
import type { MessageKey, MessageParams } from '../../src/i18n/i18n.js';
import { cooldownNotice } from '../base/cooldown.js';

/** Secondary actions that send nothing, so a cooldown leaves them usable. */
const LOCAL_ACTIONS = new Set(['cancel', 'back', 'copy']);

/**
 * The alert region and the status region (always present, so screen readers announce what
 * appears in them), with Retry after a failure worth retrying. A failure shown at its field is
 * seen there only: the alert still announces it, visually hidden.
 */
export function messages(request: RequestController): TemplateResult {
  const { error, host } = request;
  const atField = Boolean(error?.field && request.fieldErrors[error.field]);
  const retry = isRetryable(error)
    ? html`<button type="button" name="retry" @click=${() => (request.retryAction ? request.retryAction() : host.querySelector('form')?.requestSubmit())}>
        ${host.t('action.retry')}
      </button>`
    : nothing;
  return html`<div class="cognito-alert ${atField ? 'cognito-visually-hidden' : ''}" part="alert" role="alert">${error?.text ?? ''}</div>
    ${retry}
    <div class="cognito-status" part="status" role="status">${cooldownNotice(request.cooldown, (k, p) => host.t(k, p)) || request.notice || ''}</div>`;
}

/**
 * A secondary action (`resend`, `back`, ...): a `<button type="button">` the retry button can
 * repeat; `value` tells apart buttons of one name (`delete` of `email`), `params` fill the label.
 */
export function actionButton(
  request: RequestController,
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
    ?disabled=${request.cooldown.active && !LOCAL_ACTIONS.has(name)}
    @click=${() => {
      request.retryAction = onClick;
      onClick();
    }}
  >
    ${request.host.t(key, options.params)}
  </button>`;
}

/** The submit button: busy while a request runs, counting down through a cooldown. */
export function submitButton(request: RequestController, key: MessageKey): TemplateResult {
  const { cooldown, host, busy } = request;
  const label = busy ? host.t('state.busy') : cooldown.active ? host.t('cooldown.submit', { seconds: cooldown.remaining }) : host.t(key);
  return html`<button type="submit" part="submit" ?disabled=${busy || cooldown.active}>${label}</button>`;
}

/** A form with the shared layout: heading, fields, messages, submit, secondary actions. */
export function formFrame(
  request: RequestController,
  heading: MessageKey,
  onSubmit: (form: HTMLFormElement) => void,
  body: TemplateResult,
  submitKey: MessageKey,
  after: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const headingId = request.host.idFor('heading');
  return html`<form
    class="cognito-form"
    part="form"
    novalidate
    aria-labelledby=${headingId}
    aria-busy=${request.busy ? 'true' : 'false'}
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      request.retryAction = undefined;
      onSubmit(e.currentTarget as HTMLFormElement);
    }}
  >
    <h2 id=${headingId} tabindex="-1">${request.host.t(heading)}</h2>
    ${body} ${messages(request)} ${submitButton(request, submitKey)} ${after}
  </form>`;
}

/** The last step of a flow: its heading and what was done, in the status region. */
export function donePanel(request: RequestController, heading: MessageKey, done: MessageKey): TemplateResult {
  return html`<div class="cognito-form" part="form">
    <h2 id=${request.host.idFor('heading')} tabindex="-1">${request.host.t(heading)}</h2>
    <p class="cognito-status" part="status" role="status">${request.host.t(done)}</p>
  </div>`;
}

/**
 * While data loads (busy): the heading and "Loading your account…"; when that failed: the
 * error, and a `retry` button that runs `load` again.
 */
export function loadingPanel(request: RequestController, heading: MessageKey, load: () => void): TemplateResult {
  const { host, busy, error } = request;
  const failed = !busy && error;
  return html`<div class="cognito-form" part="form">
    <h2 id=${host.idFor('heading')} tabindex="-1">${host.t(heading)}</h2>
    <div class="cognito-alert" part="alert" role="alert">${failed ? error.text : ''}</div>
    ${failed ? actionButton(request, 'retry', 'action.retry', load) : nothing}
    <div class="cognito-status" part="status" role="status">${busy ? host.t('account.loading') : ''}</div>
  </div>`;
}
