import { html, nothing, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AccountElement } from '../base/account-element.js';
import { actionButton, formFrame, loadingPanel } from '../templates/form.js';
import { checkbox, currentPasswordField, radio } from '../templates/fields.js';
import { attributeNames } from '../base/attribute-fields.js';
import type { MfaType, UserProfile } from '../../src/auth/types.js';
import { TOTP, TYPE_LABELS, appliedTo, offered, preferenceFor, selectionOf, settle, turnsOff, unavailable, type Selection } from './mfa-methods.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish, resolveLanguage } from '../../src/i18n/i18n.js';
import { formatList } from '../../src/i18n/intl.js';
import { enAccount } from '../../src/i18n/en-account.js';

addEnglish(enAccount);

/**
 * The signed-in user's two-step verification (MFA): says what is on and which is preferred,
 * and turns each method on or off (checkboxes named `mfa`, one per Cognito type) and picks the
 * preferred one (radios named `preferred`, in a fieldset, when more than one is on). Text
 * messages need a verified phone number and e-mail codes a verified address: until then the
 * option is disabled and says why. Turning the authenticator app on sets it up in place with
 * `<cognito-totp-setup>` first, then saves. Which methods the pool offers is not known in the
 * browser: list them in `methods`. Turning a method off asks for the current password first
 * (a `password` field appears; it is checked as `<cognito-delete-account>` does), unless
 * `no-reauth` is set.
 *
 * While no one is signed in it says "Sign in to manage your account" (or, with
 * `hide-when-signed-out`, renders nothing).
 *
 * @summary Turn SMS, authenticator-app and e-mail MFA on or off, and choose the preferred one.
 * @fires cognito-mfa-updated - The settings were saved (detail: `preferred`, `enabled`: Cognito's types).
 * @fires cognito-error - A failure, with the localized message shown.
 * @csspart form - The form.
 * @csspart submit - The submit button.
 * @csspart alert - The error region.
 * @csspart status - The region that says the settings are saved.
 * @csspart signed-out - The "Sign in to manage your account" message.
 */
export class CognitoMfaSettings extends AccountElement {
  /** The methods the pool offers, space-separated: `sms`, `totp`, `email`. Any the user has on are shown as well. */
  @property() methods = 'sms totp';
  /** Passed to `<cognito-totp-setup>`: the issuer the authenticator app shows. */
  @property() issuer = '';
  /** Turns methods off without asking for the current password. */
  @property({ type: Boolean, attribute: 'no-reauth', converter: flag }) noReauth = false;

  @state() private profile?: UserProfile;
  /** What the form says now (it changes as the user ticks boxes). */
  @state() private selection: Selection = { enabled: [] };
  /** Set while the authenticator app is being set up: the selection to save afterwards. */
  @state() private planned?: Selection;
  #totpReady = false;

  constructor() {
    super();
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'preferred') this.selection = { ...this.selection, preferred: input.value as MfaType };
      if (input.name !== 'mfa' || !input.form) return;
      const enabled = [...input.form.querySelectorAll<HTMLInputElement>('input[name="mfa"]:checked')].map((box) => box.value as MfaType);
      this.selection = settle(enabled, this.selection.preferred);
    });
  }

  protected override userChanged(user: string | undefined) {
    this.profile = this.planned = undefined;
    this.#totpReady = false;
    this.request.clear();
    if (user) void this.#load();
  }

  #show(profile: UserProfile) {
    this.profile = profile;
    this.selection = settle(selectionOf(profile).enabled, selectionOf(profile).preferred);
  }

  async #load() {
    const { service: auth, user } = this;
    if (!auth || !user) return;
    const profile = await this.request.run('getUser', () => auth.account.getUser());
    if (profile && this.user === user) this.#show(profile);
  }

  /** Whether the form's selection turns a method off and so needs the current password. */
  #needsPassword(profile: UserProfile): boolean {
    return !this.noReauth && turnsOff(selectionOf(profile), this.selection);
  }

  async #submit(form: HTMLFormElement) {
    const { profile } = this;
    if (!profile) return;
    const next = settle(this.selection.enabled, this.selection.preferred);
    // The field goes once the change is saved (the selection then matches the profile).
    if (this.#needsPassword(profile) && !(await this.account.confirmPassword(form))) return;
    const adding = next.enabled.includes(TOTP) && !selectionOf(profile).enabled.includes(TOTP);
    if (adding && !this.#totpReady) {
      this.request.clear();
      this.planned = next;
      return;
    }
    void this.#save(next);
  }

  async #save(next: Selection) {
    const { service: auth, user, profile } = this;
    if (!auth || !user || !profile) return;
    const preference = preferenceFor(offered(this.#methods, selectionOf(profile)), selectionOf(profile), next);
    const saved = await this.request.run('setMfaPreference', async () => {
      if (Object.keys(preference).length) await auth.account.setMfaPreference(preference);
      return auth.account.getUser().catch(() => appliedTo(profile, next));
    });
    this.planned = undefined;
    if (!saved) return;
    this.#show(saved);
    this.request.say(this.t('mfaSettings.saved'));
    this.emit('cognito-mfa-updated', { username: user, preferred: saved.mfa.preferred, enabled: [...saved.mfa.enabled] });
  }

  #totpVerified = () => {
    this.#totpReady = true;
    if (this.planned) void this.#save(this.planned);
  };

  get #methods() {
    return attributeNames(this.methods);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (!changed.has('planned')) return;
    const setup = this.planned && this.querySelector<LitElement>('cognito-totp-setup');
    if (setup) {
      // Into the setup's own heading, once it has rendered.
      void setup.updateComplete.then(() => this.request.focus.after('heading'));
    } else if (changed.get('planned')) {
      void this.request.focus.after('heading');
    }
  }

  protected renderAccount(): TemplateResult {
    const { profile } = this;
    if (this.planned) {
      return html`<div class="cognito-totp-step">
        <cognito-totp-setup auto-start .issuer=${this.issuer} @cognito-totp-verified=${this.#totpVerified}></cognito-totp-setup>
        ${this.request.busy ? html`<p class="cognito-status" part="status" role="status">${this.t('state.busy')}</p>` : nothing}
        <div class="cognito-links">${actionButton(this.request, 'back', 'action.back', () => !this.request.busy && (this.planned = undefined))}</div>
      </div>`;
    }
    if (!profile) return loadingPanel(this.request, 'mfaSettings.heading', () => void this.#load());
    return formFrame(this.request, 'mfaSettings.heading', (form) => void this.#submit(form), this.#body(profile), 'mfaSettings.submit');
  }

  #summary(profile: UserProfile): string {
    const { enabled, preferred } = selectionOf(profile);
    if (!enabled.length) return this.t('mfaSettings.off');
    const names = enabled.map((type) => {
      const method = this.t(TYPE_LABELS[type]);
      return type === preferred && enabled.length > 1 ? this.t('mfaSettings.preferredMark', { method }) : method;
    });
    return this.t('mfaSettings.on', { methods: formatList(resolveLanguage(this), names) });
  }

  #body(profile: UserProfile): TemplateResult {
    const current = selectionOf(profile);
    const types = offered(this.#methods, current);
    const { enabled, preferred } = this.selection;
    const methods = types.map((type) => {
      const id = this.idFor(`mfa-${type}`);
      const on = enabled.includes(type);
      const why = current.enabled.includes(type) ? undefined : unavailable(profile, type);
      const hint = why ? this.t(why) : type === TOTP && on && !current.enabled.includes(TOTP) ? this.t('mfaSettings.totpNew') : '';
      return checkbox({ id, name: 'mfa', value: type, label: this.t(TYPE_LABELS[type]), checked: on, disabled: Boolean(why) || this.request.busy, hint });
    });
    const radios = enabled.map((type) =>
      radio({ id: this.idFor(`preferred-${type}`), name: 'preferred', value: type, label: this.t(TYPE_LABELS[type]), checked: type === preferred, disabled: this.request.busy, part: false }),
    );
    return html`<p>${this.#summary(profile)}</p>
      <fieldset class="cognito-choices"><legend>${this.t('mfaSettings.methods')}</legend>${methods}</fieldset>
      ${enabled.length > 1
        ? html`<fieldset class="cognito-choices"><legend>${this.t('mfaSettings.preferred')}</legend>${radios}</fieldset>`
        : nothing}
      ${this.#needsPassword(profile) ? currentPasswordField(this.request, this.user ?? '', this.t('reauth.hint.mfa')) : nothing}`;
  }
}
