import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthController } from './auth.js';
import { formValues, type RequestController } from './request.js';

/**
 * The signed-in user's name, for the account elements, and a hook when it changes (signed in,
 * signed out: `undefined`, or another user). A sign-out during the host's own request (changing
 * the password and signing out other devices signs in again) counts only if it outlasts the request.
 */
export class SignedInUserController implements ReactiveController {
  #user?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly auth: AuthController,
    private readonly request: RequestController,
    private readonly userChanged: (user: string | undefined) => void = () => {},
  ) {
    host.addController(this);
  }

  get user(): string | undefined {
    return this.#user;
  }

  hostUpdate(): void {
    const { state } = this.auth;
    const user = state.status === 'signed-in' ? state.username : undefined;
    if (user === this.#user || (user === undefined && this.request.busy)) return;
    // What was asked for the last user is of no use now.
    if (this.#user !== undefined) this.request.abort();
    this.#user = user;
    this.userChanged(user);
  }

  /**
   * Makes sure it is the user before a sensitive change: checks the `password` field of `form`
   * by a sign-in aside that leaves the session alone. A missing or wrong password shows at the
   * field. Resolves whether the change may go ahead.
   */
  async confirmPassword(form: HTMLFormElement): Promise<boolean> {
    const service = this.auth.service;
    if (!service || !form.querySelector('input[name="password"]') || !(await this.request.validate(form, ['password']))) return false;
    const { password } = formValues(form);
    return (await this.request.run('verifyPassword', async () => (await service.account.verifyPassword(password), true))) === true;
  }
}
