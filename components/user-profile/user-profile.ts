import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AccountElement } from '../base/account-element.js';
import { formValues } from '../controllers/request.js';
import { actionButton, formFrame, loadingPanel } from '../templates/form.js';
import { deliveredTo } from '../templates/delivery.js';
import { codeField, currentPasswordField, field, hiddenUsername } from '../templates/fields.js';
import { inputDirection, phoneHint } from '../templates/bidi.js';
import { acceptAttributeList, attributeInput, attributeNames } from '../base/attribute-fields.js';
import { jsonAttribute } from '../base/json-attribute.js';
import type { UserProfile } from '../../src/auth/types.js';
import { ALWAYS_READONLY, applied, changedAttributes, changesOf, isContact, pendingCodes, verified, type PendingCode } from './profile-data.js';
import { flag } from '../base/flag-attribute.js';
import { addEnglish } from '../../src/i18n/i18n.js';
import { enAccount } from '../../src/i18n/en-account.js';

addEnglish(enAccount);

/**
 * The signed-in user's attributes: one form with a field per attribute listed in `attributes`
 * (its `name` is the Cognito attribute name, with the matching type and autocomplete token),
 * saved with UpdateUserAttributes; a field emptied, or its `delete` button
 * (`<button type="button" name="delete" value="{attribute}">`), deletes an attribute that is
 * not in `required-attributes`. E-mail and phone show whether they are verified. Changing one
 * sends a code: the element asks for it in place (`code`), with `resend` and `cancel`; an
 * unverified contact has a `verify` button (`value` = the attribute) that sends a code. Phone
 * numbers need + and the country code; spaces, dashes, dots and parentheses are dropped (E.164).
 *
 * Changing or removing the e-mail address or phone number (where codes and password resets go)
 * first asks for the current password: a `password` field appears as soon as one is edited,
 * and is checked as `<cognito-delete-account>` does before anything is saved. `no-reauth` turns
 * that off (for apps that confirm it is the user some other way).
 *
 * While no one is signed in it says "Sign in to manage your account" (or, with
 * `hide-when-signed-out`, renders nothing).
 *
 * @summary View, update, delete and verify the signed-in user's attributes.
 * @fires cognito-attributes-updated - Attributes were saved or deleted (detail `attributes`: what changed; '' = deleted).
 * @fires cognito-code-sent - A verification code was sent (on change, `verify` or `resend`).
 * @fires cognito-attribute-verified - An e-mail address or phone number was verified (detail: `attribute`).
 * @fires cognito-error - A failure, with the localized message shown.
 * @csspart form - The form of each step.
 * @csspart field - Each field.
 * @csspart delete - The buttons that delete an attribute.
 * @csspart verify - The buttons that send a verification code.
 * @csspart submit - The submit button.
 * @csspart alert - The error region.
 * @csspart status - The progress and success region.
 * @csspart signed-out - The "Sign in to manage your account" message.
 */
export class CognitoUserProfile extends AccountElement {
  /** Space-separated Cognito attribute names to show, in order (`custom:*` too). */
  @property({ attribute: 'attributes' }) userAttributes = 'name email phone_number';
  static {
    acceptAttributeList(this);
  }
  /** Attributes that must keep a value: never deleted, required in the form. */
  @property({ attribute: 'required-attributes' }) requiredAttributes = 'email';
  /** Attributes shown but not editable (immutable in the pool, or not writable by the app client); `sub` always is. */
  @property({ attribute: 'readonly-attributes' }) readonlyAttributes = '';
  /** Labels by attribute name, as JSON (`{"custom:team": "Team"}`); others come from the `field.*` keys. */
  @property({ converter: jsonAttribute<Record<string, string>>('cognito-user-profile', 'labels') }) labels?: Record<string, string> = {};

  /** Saves e-mail and phone changes without asking for the current password. */
  @property({ type: Boolean, attribute: 'no-reauth', converter: flag }) noReauth = false;

  @state() private profile?: UserProfile;
  /** A contact is being changed: the current-password field shows until the change is saved. */
  @state() private reauth = false;
  /** The codes to ask for, the first one now. */
  @state() private codesToVerify: PendingCode[] = [];

  get #names() {
    return attributeNames(this.userAttributes);
  }
  get #readonly() {
    return [...ALWAYS_READONLY, ...attributeNames(this.readonlyAttributes)];
  }
  get #editable() {
    return this.#names.filter((name) => !this.#readonly.includes(name));
  }
  #isRequired(name: string) {
    return attributeNames(this.requiredAttributes).includes(name);
  }
  #label(name: string) {
    return this.labels?.[name] ?? this.label(name);
  }

  constructor() {
    super();
    // The code step comes and goes: focus follows it.
    this.request.focus.follow(() => this.codesToVerify[0]?.attribute, () => (this.codesToVerify.length ? 'field' : 'heading'));
    this.addEventListener('input', (event) => {
      const form = (event.target as HTMLInputElement).form;
      if (form && this.profile && !this.codesToVerify.length && this.#touchesContact(changesOf(this.profile, this.#editable, formValues(form)))) {
        this.reauth = true;
      }
    });
  }

  /** Whether a change needs the current password first. */
  #touchesContact({ update, remove }: { update: Record<string, string>; remove: string[] }): boolean {
    return !this.noReauth && [...Object.keys(update), ...remove].some(isContact);
  }

  /** Shows the current-password field (if it is not there yet) and checks it. */
  async #confirmIdentity(form: HTMLFormElement): Promise<boolean> {
    this.reauth = true;
    await this.updateComplete;
    return this.account.confirmPassword(form);
  }

  protected override userChanged(user: string | undefined) {
    this.profile = undefined;
    this.reauth = false;
    this.codesToVerify = [];
    this.request.clear();
    if (user) void this.#load();
  }

  async #load() {
    const { service: auth, user } = this;
    if (!auth || !user) return;
    const profile = await this.request.run('getUser', () => auth.account.getUser());
    if (profile && this.user === user) this.profile = profile;
  }

  /** Runs a change, then reads the profile back (or applies the change locally when that fails). */
  async #change(op: 'updateAttributes' | 'deleteAttributes', update: Record<string, string>, remove: string[]) {
    const { service: auth, profile } = this;
    if (!auth || !profile) return undefined;
    return this.request.run(op, async () => {
      const deliveries = Object.keys(update).length ? await auth.account.updateAttributes(update) : [];
      if (remove.length) await auth.account.deleteAttributes(remove);
      const next = await auth.account.getUser().catch(() => applied(profile, update, remove));
      return { deliveries, profile: next };
    });
  }

  async #save(form: HTMLFormElement) {
    const { profile, user } = this;
    if (!profile || !user || !(await this.request.validate(form))) return;
    const changes = changesOf(profile, this.#editable, formValues(form));
    const { update, remove } = changes;
    if (!Object.keys(update).length && !remove.length) {
      this.request.say(this.t('profile.unchanged'));
      return;
    }
    if (this.#touchesContact(changes) && !(await this.#confirmIdentity(form))) return;
    const done = await this.#change('updateAttributes', update, remove);
    if (!done) return;
    this.reauth = false; // the field (and the password in it) goes
    this.profile = done.profile;
    this.emit('cognito-attributes-updated', { username: user, attributes: changedAttributes(update, remove) });
    const pending = pendingCodes(done.deliveries, update);
    for (const { delivery } of pending) this.emit('cognito-code-sent', { username: user, codeDelivery: delivery });
    this.codesToVerify = pending;
    this.request.say(pending.length ? undefined : this.t('profile.saved'));
  }

  async #remove(name: string) {
    const { user } = this;
    const form = this.querySelector('form');
    if (!user || !form) return;
    if (this.#touchesContact({ update: {}, remove: [name] }) && !(await this.#confirmIdentity(form))) return;
    const done = await this.#change('deleteAttributes', {}, [name]);
    if (!done) return;
    this.reauth = false;
    this.profile = done.profile;
    this.request.say(this.t('profile.deleted', { field: this.#label(name) }));
    this.emit('cognito-attributes-updated', { username: user, attributes: changedAttributes({}, [name]) });
    void this.request.focus.after('heading');
  }

  /** Sends a code to a contact (`verify`, or `resend` in the code step). */
  async #send(attribute: string, resend: boolean) {
    const { service: auth, user } = this;
    if (!auth || !user) return;
    const sent = await this.request.sendCode('sendAttributeCode', user, () => auth.account.sendAttributeCode(attribute));
    if (!sent) return;
    this.request.say(resend ? deliveredTo(this, 'state.codeResent', 'state.codeResentAnywhere', sent.delivery) : undefined);
    this.codesToVerify = [{ attribute, delivery: sent.delivery }, ...this.codesToVerify.slice(resend ? 1 : 0)];
  }

  async #verify(form: HTMLFormElement) {
    const { service: auth, user, codesToVerify: pending } = this;
    if (!auth || !user || !pending.length || !(await this.request.validate(form))) return;
    const { code } = formValues(form);
    const { attribute } = pending[0];
    const done = await this.request.run('verifyAttribute', async () => {
      await auth.account.verifyAttribute(attribute, code);
      return { profile: await auth.account.getUser().catch(() => undefined) };
    });
    if (!done) return;
    this.profile = done.profile ?? this.profile;
    this.codesToVerify = pending.slice(1);
    this.request.say(this.t('profile.attributeVerified', { field: this.inSentence(this.#label(attribute)) }));
    this.emit('cognito-attribute-verified', { username: user, attribute });
  }

  #cancel() {
    if (this.request.busy) return;
    this.request.clear();
    this.codesToVerify = [];
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // A field the user typed in keeps its text when its default changes: show what is saved.
    const before = changed.get('profile') as UserProfile | undefined;
    for (const name of before && this.profile ? this.#editable : []) {
      const value = this.profile!.attributes[name] ?? '';
      const input = this.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`);
      if (input && value !== (before!.attributes[name] ?? '')) input.value = value;
    }
  }

  protected renderAccount(): TemplateResult {
    const { profile } = this;
    if (!profile) return loadingPanel(this.request, 'profile.heading', () => void this.#load());
    return this.codesToVerify.length ? this.#codeStep(this.codesToVerify[0]) : this.#form(profile);
  }

  #form(profile: UserProfile): TemplateResult {
    const readonly = this.#names.filter((name) => this.#readonly.includes(name) && profile.attributes[name]);
    const shown = readonly.length
      ? html`<dl class="cognito-readonly">
          ${readonly.map((name) => html`<dt>${this.#label(name)}</dt><dd><bdi dir=${inputDirection(attributeInput(name).type, undefined) ?? nothing}>${profile.attributes[name]}</bdi></dd>`)}
        </dl>`
      : nothing;
    const fields = this.#editable.map((name) => this.#field(profile, name));
    const reauth = this.reauth && !this.noReauth ? currentPasswordField(this.request, this.user ?? '', this.t('reauth.hint.contact')) : nothing;
    return formFrame(this.request, 'profile.heading', (form) => void this.#save(form), html`${shown} ${fields} ${reauth}`, 'profile.submit');
  }

  #field(profile: UserProfile, name: string): TemplateResult {
    const value = profile.attributes[name] ?? '';
    const isVerified = value ? verified(profile, name) : undefined;
    const verification = isVerified === undefined ? '' : this.t(isVerified ? 'profile.verified' : 'profile.unverified');
    const phone = name === 'phone_number' ? phoneHint(this) : undefined;
    const hint = phone && verification ? html`${verification} ${phone}` : (phone ?? verification);
    const label = this.#label(name);
    const params = { field: this.inSentence(label) };
    const verify = isVerified === false ? actionButton(this.request, 'verify', 'profile.verify', () => void this.#send(name, false), { value: name, params }) : nothing;
    const remove =
      value && !this.#isRequired(name) ? actionButton(this.request, 'delete', 'profile.delete', () => void this.#remove(name), { value: name, params }) : nothing;
    return html`${field(this.request, { ...attributeInput(name), label, value, hint: hint || undefined, required: this.#isRequired(name) })}
      ${verify === nothing && remove === nothing ? nothing : html`<div class="cognito-actions">${verify} ${remove}</div>`}`;
  }

  #codeStep({ attribute, delivery }: PendingCode): TemplateResult {
    const hint = deliveredTo(this, 'profile.codeSent', 'profile.codeSentAnywhere', delivery, { field: this.inSentence(this.#label(attribute)) });
    const body = html`${hiddenUsername(this.signInName)} ${codeField(this.request, hint)}`;
    const after = html`${actionButton(this.request, 'resend', 'action.resend', () => void this.#send(attribute, true))}
      ${actionButton(this.request, 'cancel', 'action.cancel', () => this.#cancel())}`;
    const heading = attribute === 'email' ? 'profile.verifyEmail' : 'profile.verifyPhone';
    return formFrame(this.request, heading, (form) => void this.#verify(form), body, 'profile.verifySubmit', after);
  }
}
