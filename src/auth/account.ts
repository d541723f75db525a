import type { AuthService } from './service.js';
import type { CodeDelivery, MfaPreference, SignInStep, UserProfile } from './types.js';
import { AuthError, type Operation } from '../errors/auth-error.js';
import { toAuthError } from '../errors/codes.js';

/** The signed-in user's self-service: attributes, password, MFA, deletion. */
export class AccountService {
  constructor(private readonly auth: AuthService) {}

  /** Runs one call with a fresh access token; failures become AuthErrors. */
  async #with<T>(op: Operation, action: (accessToken: string) => Promise<T>): Promise<T> {
    const tokens = await this.auth.getTokens().catch((error: unknown) => {
      throw toAuthError(error, op);
    });
    if (!tokens) throw new AuthError('NotAuthorizedException', 'error.notSignedIn', op);
    try {
      return await action(tokens.accessToken);
    } catch (error) {
      throw toAuthError(error, op);
    }
  }

  get #calls() {
    return this.auth.adapter.account;
  }

  getUser(): Promise<UserProfile> {
    return this.#with('getUser', (token) => this.#calls.getUser(token));
  }

  /** Resolves to where verification codes went (changed e-mail or phone that is not auto-verified). */
  async updateAttributes(attributes: Record<string, string>): Promise<CodeDelivery[]> {
    const sent = await this.#with('updateAttributes', (token) => this.#calls.updateAttributes(token, attributes));
    await this.#refreshClaims();
    return sent;
  }

  async deleteAttributes(names: string[]): Promise<void> {
    await this.#with('deleteAttributes', (token) => this.#calls.deleteAttributes(token, names));
    await this.#refreshClaims();
  }

  sendAttributeCode(name: string): Promise<CodeDelivery | undefined> {
    return this.#with('sendAttributeCode', (token) => this.#calls.sendAttributeCode(token, name));
  }

  async verifyAttribute(name: string, code: string): Promise<void> {
    await this.#with('verifyAttribute', (token) => this.#calls.verifyAttribute(token, name, code));
    await this.#refreshClaims();
  }

  /**
   * With `signOutOthers`, every other session ends (GlobalSignOut ends this one too, so this
   * device signs in again at once with the new password).
   */
  async changePassword(previous: string, proposed: string, signOutOthers = false): Promise<SignInStep | undefined> {
    await this.#with('changePassword', (token) => this.#calls.changePassword(token, previous, proposed));
    if (!signOutOthers) return undefined;
    const { state } = this.auth;
    if (state.status !== 'signed-in') return undefined;
    await this.#with('signOut', () => this.auth.adapter.revokeSession(true, state.tokens));
    this.auth.clearSession();
    return this.auth.signIn(state.username, proposed);
  }

  /**
   * Checks the signed-in user's password by signing in again aside (the provider's flow; SRP
   * when that is CUSTOM_AUTH, whose first challenge may not ask for the password), for actions
   * that want the user to prove it is them: deleting the account, changing the e-mail address or
   * phone number, turning MFA off. The sign-in state, the stored session and any sign-in in
   * progress are left as they are, and the extra session is revoked. A challenge in answer (MFA,
   * new password) means the password was right and is not answered; note that an SMS or e-mail
   * MFA challenge sends the user a code. Rejects with NotAuthorizedException at the `password` field.
   */
  async verifyPassword(password: string): Promise<void> {
    const { state, authFlow } = this.auth;
    if (state.status !== 'signed-in') throw new AuthError('NotAuthorizedException', 'error.notSignedIn', 'verifyPassword');
    const flow = authFlow === 'CUSTOM_AUTH' ? 'USER_SRP_AUTH' : authFlow;
    try {
      await this.auth.adapter.verifyPassword(state.username, password, flow);
    } catch (error) {
      throw toAuthError(error, 'verifyPassword');
    }
  }

  setMfaPreference(preference: MfaPreference): Promise<void> {
    return this.#with('setMfaPreference', (token) => this.#calls.setMfaPreference(token, preference));
  }

  /** Deletes the user; the session is then gone on this device too. */
  async deleteUser(): Promise<void> {
    await this.#with('deleteUser', (token) => this.#calls.deleteUser(token));
    this.auth.clearSession();
  }

  /** The id token carries the attributes: fetch one that says what changed. */
  async #refreshClaims() {
    await this.auth.refresh().catch(() => {});
  }
}
