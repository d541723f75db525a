import type { CognitoAdapter } from '../adapter.js';
import { accountCalls } from '../account-calls.js';
import { createStorage, scratchOver, type TokenStorage } from '../storage.js';
import type { AuthConfig, AuthFlow, ChallengeAnswer, CodeDelivery, SignInStep, SignUpInput, Tokens } from '../types.js';
import { cognitoApi, type CognitoApi } from '../user-auth/api.js';
import { SessionStore } from './session-store.js';
import { SignIn, notAuthorized, type SignInContext } from './sign-in.js';
import { isValid, toTokens } from './tokens.js';

export { prepareSrp } from './srp-client.js';

/**
 * The adapter that speaks Cognito's JSON API itself (api.ts) with its own SRP (srp-math.ts),
 * request for request what amazon-cognito-identity-js sends, and keeping the session where the
 * SDK keeps it (session-store.ts): the default, about 8 KB gzip lighter than the SDK adapter.
 */
export class DirectAdapter implements CognitoAdapter {
  readonly storage: TokenStorage;
  readonly #api: CognitoApi;
  readonly #store: SessionStore;
  readonly #clientId: string;
  readonly #poolName: string;
  /** The sign-in part-way through its challenges. */
  #pending?: SignIn;
  readonly account;

  constructor(config: AuthConfig, storage: TokenStorage = createStorage(config.storage)) {
    this.storage = storage;
    this.#api = cognitoApi(config);
    this.#store = new SessionStore(this.storage, config.clientId);
    this.#clientId = config.clientId;
    this.#poolName = config.userPoolId.split('_')[1] ?? config.userPoolId;
    this.account = accountCalls((op, params) => this.call(op, params));
  }

  /** One request to Cognito (with the provider's deadline and abort). */
  call<T = Record<string, unknown>>(op: string, params: object): Promise<T> {
    return this.#api.call<T>(op, params);
  }

  #context(store = this.#store): SignInContext {
    return { call: this.#api.call, clientId: this.#clientId, poolName: this.#poolName, store };
  }

  async signUp({ username, password, attributes }: SignUpInput) {
    const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
    const data = await this.call<{ UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDelivery }>('SignUp', {
      ClientId: this.#clientId,
      Username: username,
      Password: password,
      UserAttributes,
      ValidationData: [],
    });
    return { username, userConfirmed: data.UserConfirmed, userSub: data.UserSub, codeDelivery: data.CodeDeliveryDetails };
  }

  async confirmSignUp(username: string, code: string) {
    await this.call('ConfirmSignUp', { ClientId: this.#clientId, ConfirmationCode: code, Username: username, ForceAliasCreation: false });
  }

  async resendSignUpCode(username: string) {
    const data = await this.call<{ CodeDeliveryDetails?: CodeDelivery }>('ResendConfirmationCode', { ClientId: this.#clientId, Username: username });
    return data?.CodeDeliveryDetails;
  }

  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInStep> {
    const signIn = new SignIn(this.#context(), username);
    this.#pending = signIn;
    return this.#track(signIn, signIn.start(password, flow));
  }

  /** A sign-in that reached tokens is over: no challenge answer can follow. */
  async #track(signIn: SignIn, step: Promise<SignInStep>): Promise<SignInStep> {
    const result = await step;
    if (result.kind === 'done' && this.#pending === signIn) this.#pending = undefined;
    return result;
  }

  /**
   * Checks a password by signing in aside: a sign-in of its own (never the one in progress) over
   * a storage that reads the real one, so a remembered device is recognised and no MFA code is
   * sent where a sign-in would skip it, but keeps its writes, so the stored session and other
   * tabs see nothing. A challenge in answer means the password was right. The session it obtains
   * is revoked at once (best effort: a client without token revocation refuses).
   */
  async verifyPassword(username: string, password: string, flow: AuthFlow): Promise<void> {
    const aside = new SignIn(this.#context(new SessionStore(scratchOver(this.storage), this.#clientId)), username);
    const step = await aside.start(password, flow);
    if (step.kind !== 'done' || !step.tokens.refreshToken) return;
    await this.call('RevokeToken', { Token: step.tokens.refreshToken, ClientId: this.#clientId }).catch(() => {});
  }

  answerChallenge(answer: ChallengeAnswer): Promise<SignInStep> {
    const signIn = this.#pending;
    if (!signIn) return Promise.reject(notAuthorized('No sign-in in progress'));
    return this.#track(signIn, signIn.answer(answer));
  }

  /** The signed-in user and tokens, for calls that need the access token. */
  #signedIn() {
    const found = this.#store.read();
    if (!found) throw notAuthorized('Not signed in');
    return found;
  }

  async associateSoftwareToken(): Promise<string> {
    if (this.#pending) return this.#pending.associateSoftwareToken();
    const { stored } = this.#signedIn();
    const data = await this.call<{ SecretCode: string }>('AssociateSoftwareToken', { AccessToken: stored.accessToken });
    return data.SecretCode;
  }

  async verifySoftwareToken(code: string, deviceName = ''): Promise<void> {
    const { stored } = this.#signedIn();
    await this.call('VerifySoftwareToken', { AccessToken: stored.accessToken, UserCode: code, FriendlyDeviceName: deviceName });
  }

  async rememberDevice(): Promise<void> {
    const { username, stored } = this.#signedIn();
    const device = this.#store.device(username);
    if (!device) return; // the pool does not track devices
    if (!isValid(stored)) throw notAuthorized('User is not authenticated');
    await this.call('UpdateDeviceStatus', { AccessToken: stored.accessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'remembered' });
  }

  async forgotPassword(username: string) {
    const data = await this.call<{ CodeDeliveryDetails?: CodeDelivery }>('ForgotPassword', { ClientId: this.#clientId, Username: username });
    return data?.CodeDeliveryDetails;
  }

  async confirmForgotPassword(username: string, code: string, newPassword: string) {
    await this.call('ConfirmForgotPassword', { ClientId: this.#clientId, Username: username, ConfirmationCode: code, Password: newPassword });
  }

  storedSession() {
    const found = this.#store.read();
    return found && { username: found.username, tokens: toTokens(found.stored) };
  }

  async restoreSession() {
    const found = this.#store.read();
    if (!found) return null;
    if (isValid(found.stored)) return { username: found.username, tokens: toTokens(found.stored) };
    if (!found.stored.refreshToken) return null;
    return { username: found.username, tokens: await this.refreshSession() };
  }

  async refreshSession(): Promise<Tokens> {
    const found = this.#store.read();
    const refreshToken = found?.stored.refreshToken;
    if (!found || !refreshToken) throw notAuthorized('No session');
    const device = this.#store.device(found.username);
    // A refused refresh token is forgotten by the auth service, which knows whether another tab
    // has stored a newer session meanwhile.
    const { AuthenticationResult: result } = await this.call<{ AuthenticationResult: { IdToken: string; AccessToken: string; RefreshToken?: string } }>(
      'InitiateAuth',
      {
        ClientId: this.#clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken, ...(device ? { DEVICE_KEY: device.deviceKey } : {}) },
      },
    );
    return this.#store.write(found.username, result, result.RefreshToken || refreshToken);
  }

  async revokeSession(global: boolean, tokens: Tokens) {
    if (global) await this.call('GlobalSignOut', { AccessToken: tokens.accessToken });
    else if (tokens.refreshToken) await this.call('RevokeToken', { Token: tokens.refreshToken, ClientId: this.#clientId });
  }

  clearLocalSession() {
    this.#pending = undefined;
    this.#store.clear();
  }

  dispose() {
    this.#api.abortAll();
  }
}
