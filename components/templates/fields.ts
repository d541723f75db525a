import { html, nothing, type TemplateResult } from 'lit';
import type { RequestController } from '../controllers/request.js';
import { maxLengthOf } from '../base/validation.js';
import { inputDirection } from './bidi.js';

export interface FieldOptions {
  name: string;
  type?: string;
  autocomplete?: string;
  /** Overrides the label derived from the name. */
  label?: string;
  hint?: string | TemplateResult;
  value?: string;
  required?: boolean;
  inputmode?: string;
  /** Ids of more elements that describe the input (e.g. a list of rules under it). */
  describedBy?: string;
  /** Overrides Cognito's limit for the name (see validation.ts). */
  maxlength?: number;
  /** The input's direction, when its type and autocomplete do not say it (see bidi.ts). */
  dir?: 'ltr' | 'auto';
  /** For a username that may be an address or a number (`email tel`): see validation.ts. */
  accepts?: string;
  /** Beside the input, inside its field (the show-password button). */
  beside?: TemplateResult;
}

/**
 * A labelled input with its hint and, when the last check or request found a problem with it,
 * the message: tied to the input by aria-describedby and aria-invalid, so it is read with it.
 */
export function field(request: RequestController, o: FieldOptions): TemplateResult {
  const { host } = request;
  const id = host.idFor(o.name);
  const problem = request.fieldErrors[o.name];
  const hint = o.hint ? html`<div class="cognito-hint" id="${id}-hint">${o.hint}</div>` : nothing;
  const described = [o.hint && `${id}-hint`, o.describedBy, problem && `${id}-error`].filter(Boolean).join(' ');
  const input = html`<input
    id=${id}
    name=${o.name}
    type=${o.type ?? 'text'}
    autocomplete=${o.autocomplete ?? 'off'}
    dir=${o.dir ?? inputDirection(o.type, o.autocomplete) ?? nothing}
    inputmode=${o.inputmode ?? nothing}
    data-accepts=${o.accepts ?? nothing}
    .defaultValue=${o.value ?? ''}
    ?required=${o.required ?? true}
    maxlength=${o.maxlength ?? maxLengthOf(o.name)}
    aria-invalid=${problem ? 'true' : 'false'}
    aria-describedby=${described || nothing}
  />`;
  return html`<div class="cognito-field" part="field">
    <label for=${id}>${o.label ?? host.label(o.name)}</label>
    ${input} ${o.beside ?? nothing} ${hint}
    ${problem ? html`<div class="cognito-field-error" id="${id}-error">${problem}</div>` : nothing}
  </div>`;
}

/** The one-time code field (`name="code"`), with where the code went as its hint. */
export function codeField(request: RequestController, hint: string | TemplateResult): TemplateResult {
  return field(request, { name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', hint });
}

/**
 * A password field with a show/hide button (`name="show-password"`, `aria-pressed`). It stays
 * `type="password"` (what password managers look for) until the user presses the button; the
 * button takes no focus from a mouse, so the caret and selection stay where they were.
 */
export function passwordField(request: RequestController, o: Omit<FieldOptions, 'type' | 'beside'>): TemplateResult {
  const shown = request.revealed.has(o.name);
  const toggle = (event: Event) => {
    const input = (event.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
    const { selectionStart, selectionEnd } = input;
    request.revealed[shown ? 'delete' : 'add'](o.name);
    request.host.requestUpdate();
    // Chromium keeps the selection across a type change; not every engine does.
    void request.host.updateComplete.then(() => input.setSelectionRange(selectionStart, selectionEnd));
  };
  const button = html`<button
    type="button"
    name="show-password"
    part="show-password"
    aria-controls=${request.host.idFor(o.name)}
    aria-pressed=${shown ? 'true' : 'false'}
    @mousedown=${(e: Event) => e.preventDefault()}
    @click=${toggle}
  >
    ${request.host.t(shown ? 'password.hide' : 'password.show')}
  </button>`;
  return field(request, { ...o, type: shown ? 'text' : 'password', beside: button });
}

/**
 * The new-password field (`new_password`) with the password policy under it, marked as the
 * user types (when the request controller has `newPasswordRules`).
 */
export function newPasswordField(request: RequestController, o: Partial<FieldOptions> = {}): TemplateResult {
  const rules = request.newPasswordRules;
  const id = request.host.idFor('policy');
  return html`${passwordField(request, { name: 'new_password', autocomplete: 'new-password', describedBy: rules && id, ...o })}
    ${rules ? rules.list(id, (key, params) => request.host.t(key, params)) : nothing}`;
}

/** For code and new-password steps: lets password managers tie the step to the account. */
export function hiddenUsername(username: string): TemplateResult {
  return html`<input type="text" name="username" autocomplete="username" .value=${username} hidden />`;
}

interface ChoiceOptions {
  id: string;
  name: string;
  label: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  hint?: string;
  /** A radio or checkbox of a fieldset gets no `part="field"`. */
  part?: boolean;
}

function choice(type: 'checkbox' | 'radio', o: ChoiceOptions): TemplateResult {
  const hintId = `${o.id}-hint`;
  return html`<div class="cognito-field cognito-check" part=${o.part === false ? nothing : 'field'}>
    <input id=${o.id} type=${type} name=${o.name} value=${o.value ?? nothing} ?checked=${o.checked} .checked=${o.checked ?? false}
      ?disabled=${o.disabled ?? false} aria-describedby=${o.hint ? hintId : nothing} />
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="cognito-hint" id=${hintId}>${o.hint}</div>` : nothing}
  </div>`;
}

/** A checkbox with its label, e.g. "Remember this device". */
export const checkbox = (o: ChoiceOptions) => choice('checkbox', o);
/** A radio button with its label. */
export const radio = (o: ChoiceOptions) => choice('radio', o);

/**
 * The current-password field (`password`) that confirms a sensitive change, with a hidden
 * username so password managers fill the right entry; `hint` says what it confirms.
 */
export function currentPasswordField(request: RequestController, username: string, hint: string): TemplateResult {
  return html`${hiddenUsername(username)}
    ${passwordField(request, { name: 'password', autocomplete: 'current-password', label: request.host.t('reauth.label'), hint })}`;
}
