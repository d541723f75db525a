import type { AccountCalls } from './account-calls.js';
import type { CodeDelivery, MfaPreference, SignInStep, Tokens, UserProfile } from './types.js';
import { AuthError, type Operation } from '../errors/auth-error.js';
import { toAuthError } from '../errors/codes.js';

/**
 * What the account service needs from the session it works in, and nothing more (AuthService
 * gives it). Session logic — signing out, signing in again, checking a password aside — stays
 * on that side.
 */
export interface AccountSession {
  /** The adapter's calls for the signed-in user, each given the access token. */
  readonly calls: AccountCalls;
  /** The signed-in user's name; undefined when no one is signed in. */
  signedInUser(): string | undefined;
  /** Current tokens, refreshed first when about to expire; null when signed out. */
  getTokens(): Promise<Tokens | null>;
  /** Fresh tokens now (new claims after a change of attributes). */
  refresh(): Promise<Tokens>;
  /** Checks the signed-in user's password aside: state, storage and a sign-in in progress are left alone. */
  checkPassword(password: string): Promise<void>;
  /** Ends every session of the user, this one too, then signs in here again with `password`. */
  signOutOtherDevices(password: string): Promise<SignInStep | undefined>;
  /** Ends the session on this device without telling Cognito. */
  clearSession(): void;
}

/** The signed-in user's self-service: attributes, password, MFA, deletion. */
export class AccountService {
  constructor(private readonly session: AccountSession) {}

  /** Runs one call with a fresh access token; failures become AuthErrors. */
  async #with<T>(op: Operation, action: (accessToken: string) => Promise<T>): Promise<T> {
    const tokens = await this.session.getTokens().catch((error: unknown) => {
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
    return this.session.calls;
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
    return signOutOthers ? this.session.signOutOtherDevices(proposed) : undefined;
  }

  /**
   * Checks the signed-in user's password by signing in again aside, for actions that want the
   * user to prove it is them: deleting the account, changing the e-mail address or phone
   * number, turning MFA off. The sign-in state, the stored session and any sign-in in progress
   * are left as they are, and the extra session is revoked. A challenge in answer (MFA, new
   * password) means the password was right and is not answered; note that an SMS or e-mail MFA
   * challenge sends the user a code. Rejects with NotAuthorizedException at the `password` field.
   */
  async verifyPassword(password: string): Promise<void> {
    if (!this.session.signedInUser()) throw new AuthError('NotAuthorizedException', 'error.notSignedIn', 'verifyPassword');
    try {
      await this.session.checkPassword(password);
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
    this.session.clearSession();
  }

  /** The id token carries the attributes: fetch one that says what changed. */
  async #refreshClaims() {
    await this.session.refresh().catch(() => {});
  }
}
