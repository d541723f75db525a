import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { addEnglish, resolveLanguage, sameWord } from '../../src/i18n/i18n.js';
import { AccountElement } from '../base/account-element.js';
import { formValues } from '../controllers/request.js';
import { actionButton, donePanel, formFrame } from '../templates/form.js';
import { field, hiddenUsername, passwordField } from '../templates/fields.js';
import { enAccount } from '../../src/i18n/en-account.js';

addEnglish(enAccount);

type Step = 'start' | 'confirm' | 'deleted';

/**
 * Deletes the signed-in user's account, after an explicit confirmation: a first button opens a
 * step where the user types a confirmation word (`confirmation`; "DELETE", localized by the
 * `deleteAccount.word` key) and the password again (`password`). The password is checked by
 * signing in once more (the sign-in state is not touched; see `AccountService.verifyPassword`),
 * then the user is deleted and the session on this device is gone (the server ends every other
 * one with the user). `cancel` leaves the confirmation step. Afterwards it says the account is
 * deleted, until someone signs in.
 *
 * While no one is signed in it says "Sign in to manage your account" (or, with
 * `hide-when-signed-out`, renders nothing).
 *
 * @summary Delete the account, after typing a confirmation word and the password.
 * @fires cognito-account-deleted - The account was deleted (detail: `username`).
 * @fires cognito-signed-out - Right after: the session is gone (detail: `username`, `global: true`).
 * @fires cognito-error - A failure (a wrong password shows at the `password` field).
 * @csspart form - The form of each step.
 * @csspart field - Each field.
 * @csspart submit - The submit button.
 * @csspart cancel - The button that leaves the confirmation step.
 * @csspart alert - The error region.
 * @csspart status - The region that says the account is deleted.
 * @csspart signed-out - The "Sign in to manage your account" message.
 */
export class CognitoDeleteAccount extends AccountElement {
  @state() private step: Step = 'start';

  constructor() {
    super();
    this.request.focus.follow(() => this.step, () => (this.step === 'confirm' ? 'field' : 'heading'));
  }

  protected override userChanged(user: string | undefined) {
    // The deleted message stays until someone signs in.
    if (user === undefined && this.step === 'deleted') return;
    this.#go('start');
  }

  #go(step: Step) {
    this.request.clear();
    this.step = step;
  }

  async #delete(form: HTMLFormElement) {
    const { service: auth, user } = this;
    if (!auth || !user) return;
    const { confirmation, password } = formValues(form);
    const word = this.t('deleteAccount.word');
    const confirmed = sameWord(resolveLanguage(this), confirmation, word);
    const passwordGiven = await this.request.validate(form, ['password']);
    if (!confirmed || !passwordGiven) {
      const { password: problem } = this.request.fieldErrors;
      return this.request.showFieldErrors({
        ...(confirmed ? {} : { confirmation: this.t('validation.confirmation', { word }) }),
        ...(passwordGiven ? {} : { password: problem }),
      });
    }
    const deleted = await this.request.run('deleteUser', async () => {
      await auth.account.verifyPassword(password);
      await auth.account.deleteUser();
      // Still busy: the sign-out that came with the deletion does not hide this element's view.
      this.step = 'deleted';
      return true;
    });
    if (!deleted) return;
    this.emit('cognito-account-deleted', { username: user });
    this.emit('cognito-signed-out', { username: user, global: true });
  }

  #deleted(): TemplateResult {
    return donePanel(this.request, 'deleteAccount.heading', 'deleteAccount.done');
  }

  protected override renderSignedOut() {
    return this.step === 'deleted' ? this.#deleted() : super.renderSignedOut();
  }

  protected renderAccount(): TemplateResult {
    const warning = html`<p>${this.t('deleteAccount.warning')}</p>`;
    if (this.step === 'deleted') return this.#deleted();
    if (this.step === 'start') {
      return formFrame(this.request, 'deleteAccount.heading', () => this.#go('confirm'), warning, 'deleteAccount.start');
    }
    const word = this.t('deleteAccount.word');
    const body = html`${warning} ${hiddenUsername(this.signInName)}
      ${field(this.request, { name: 'confirmation', label: this.t('deleteAccount.confirmation', { word }) })}
      ${passwordField(this.request, { name: 'password', autocomplete: 'current-password' })}`;
    const cancel = actionButton(this.request, 'cancel', 'action.cancel', () => !this.request.busy && this.#go('start'));
    return formFrame(this.request, 'deleteAccount.heading', (form) => void this.#delete(form), body, 'deleteAccount.submit', cancel);
  }
}
