import {
  AuthenticationDetails,
  AuthenticationHelper,
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  type CognitoUserAttribute,
  type IAuthenticationCallback,
} from './sdk.js';
import {
  UNKNOWN_CHALLENGE,
  interceptUnknownChallenges,
  promised,
  sessionFrom,
  toTokens,
  type Callback,
  type LowLevelClient,
  type SdkUserInternals,
} from './sdk-internals.js';
import type { CognitoAdapter } from './adapter.js';
import { accountCalls } from './account-calls.js';
import { createStorage, scratchOver, type TokenStorage } from './storage.js';
import { DEFAULT_REQUEST_TIMEOUT, withTimeouts, type RequestGuard } from './timeouts.js';
import { newPasswordParameters, toChallenge } from './challenge-parameters.js';
import type { AuthConfig, AuthFlow, Challenge, ChallengeAnswer, CodeDelivery, SignInStep, Tokens } from './types.js';

// For the lazy adapter, which imports this module when the SDK is first needed.
export { prepareSrp } from './srp-warmup.js';

/** The adapter over amazon-cognito-identity-js (with sdk-internals.ts and srp-warmup.ts, the only code that uses ./sdk.js). */
export class SdkAdapter implements CognitoAdapter {
  readonly pool: CognitoUserPool;
  readonly storage: TokenStorage;
  protected readonly requests: RequestGuard;
  readonly account = accountCalls((op, params) => this.call(op, params));
  /** The user part-way through sign-in; the SDK keeps the challenge session on it. */
  protected pending?: CognitoUser;

  constructor(config: AuthConfig, storage: TokenStorage = createStorage(config.storage)) {
    this.storage = storage;
    const endpoint =
      config.endpoint || (config.region ? `https://cognito-idp.${config.region}.amazonaws.com/` : undefined);
    this.pool = new CognitoUserPool({
      UserPoolId: config.userPoolId,
      ClientId: config.clientId,
      endpoint,
      Storage: this.storage,
    });
    const client = (this.pool as unknown as { client: LowLevelClient }).client;
    this.requests = withTimeouts(client, config.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT);
    interceptUnknownChallenges(client);
  }

  /** One request over the SDK's client (also the lazy adapter's account calls). */
  call<T = Record<string, unknown>>(op: string, params: object): Promise<T> {
    const client = (this.pool as unknown as { client: LowLevelClient }).client;
    return promised<T>((cb) => client.request(op, params, cb as Callback<Record<string, unknown>>));
  }

  protected user(username: string): CognitoUser {
    return new CognitoUser({ Username: username, Pool: this.pool, Storage: this.storage });
  }

  async signUp({ username, password, attributes }: { username: string; password: string; attributes: Record<string, string> }) {
    const list = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) as unknown as CognitoUserAttribute[];
    const result = await promised<{ userConfirmed: boolean; userSub: string; codeDeliveryDetails?: CodeDelivery }>(
      (cb) => this.pool.signUp(username, password, list, [], cb as never),
    );
    return {
      username,
      userConfirmed: result.userConfirmed,
      userSub: result.userSub,
      codeDelivery: result.codeDeliveryDetails,
    };
  }

  async confirmSignUp(username: string, code: string) {
    await promised((cb) => this.user(username).confirmRegistration(code, false, cb));
  }

  async resendSignUpCode(username: string) {
    const result = await promised<{ CodeDeliveryDetails?: CodeDelivery }>((cb) =>
      this.user(username).resendConfirmationCode(cb as never),
    );
    return result?.CodeDeliveryDetails;
  }

  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInStep> {
    const user = this.user(username);
    user.setAuthenticationFlowType(flow);
    this.pending = user;
    const details = new AuthenticationDetails({ Username: username, Password: password });
    // Custom auth whose challenges do not start with the password: no SRP step at all.
    if (flow === 'CUSTOM_AUTH' && !password) return this.step(user, (callbacks) => user.initiateAuth(details, callbacks));
    return this.step(user, (callbacks) => user.authenticateUser(details, callbacks));
  }

  /**
   * Checks a password by signing in aside: a user of its own (never the sign-in in progress)
   * over a storage that reads the real one, so a remembered device is recognised and no MFA
   * code is sent where a sign-in would skip it, but keeps its writes, so the stored session and
   * other tabs see nothing. A challenge in answer means the password was right. The session it
   * obtains is revoked at once (best effort: a client without token revocation refuses).
   */
  async verifyPassword(username: string, password: string, flow: AuthFlow): Promise<void> {
    const user = new CognitoUser({ Username: username, Pool: this.pool, Storage: scratchOver(this.storage) });
    user.setAuthenticationFlowType(flow);
    const details = new AuthenticationDetails({ Username: username, Password: password });
    const step = await this.step(user, (callbacks) => user.authenticateUser(details, callbacks));
    if (step.kind !== 'done' || !step.tokens.refreshToken) return;
    await this.call('RevokeToken', { Token: step.tokens.refreshToken, ClientId: this.pool.getClientId() }).catch(() => {});
  }

  /**
   * Runs one SDK sign-in call and settles with where it leads: tokens, or the next challenge.
   * Challenges the SDK does not know (EMAIL_OTP) arrive as an intercepted response.
   */
  protected step(user: CognitoUser, start: (callbacks: IAuthenticationCallback) => void): Promise<SignInStep> {
    return new Promise((resolve, reject) => {
      const reached = (challenge: Challenge) => resolve({ kind: 'challenge', username: user.getUsername(), ...challenge });
      const challenge = (name: string, parameters?: Record<string, string>) => reached(toChallenge(name, parameters));
      start({
        onSuccess: (session) => {
          if (this.pending === user) this.pending = undefined;
          resolve({ kind: 'done', username: user.getUsername(), tokens: toTokens(session) });
        },
        onFailure: (error: { code?: string; response?: Record<string, unknown> }) => {
          const response = error?.code === UNKNOWN_CHALLENGE ? error.response : undefined;
          if (!response) return reject(error);
          (user as unknown as { Session: unknown }).Session = response.Session;
          challenge(response.ChallengeName as string, response.ChallengeParameters as Record<string, string>);
        },
        mfaRequired: challenge,
        totpRequired: challenge,
        mfaSetup: challenge,
        selectMFAType: challenge,
        customChallenge: (parameters: Record<string, string>) => challenge('CUSTOM_CHALLENGE', parameters),
        newPasswordRequired: (userAttributes: unknown, required: unknown) => reached(newPasswordParameters(userAttributes, required)),
      });
    });
  }

  answerChallenge(answer: ChallengeAnswer): Promise<SignInStep> {
    const user = this.pending;
    if (!user) return Promise.reject(Object.assign(new Error('No sign-in in progress'), { code: 'NotAuthorizedException' }));
    switch (answer.challenge) {
      case 'SMS_MFA':
      case 'SOFTWARE_TOKEN_MFA':
        return this.step(user, (cb) => user.sendMFACode(answer.code, cb, answer.challenge));
      case 'EMAIL_OTP':
        return this.answerDirectly(user, 'EMAIL_OTP', { EMAIL_OTP_CODE: answer.code });
      case 'SELECT_MFA_TYPE':
        return this.step(user, (cb) => user.sendMFASelectionAnswer(answer.mfaType, cb));
      case 'MFA_SETUP':
        return this.step(user, (cb) => user.verifySoftwareToken(answer.code, answer.deviceName ?? '', cb));
      case 'NEW_PASSWORD_REQUIRED':
        return this.step(user, (cb) => user.completeNewPasswordChallenge(answer.newPassword, answer.attributes, cb));
      case 'CUSTOM_CHALLENGE':
        return this.step(user, (cb) => user.sendCustomChallengeAnswer(answer.answer, cb));
    }
  }

  /**
   * For challenges the SDK cannot answer: RespondToAuthChallenge over its own client, then the
   * SDK's own handling of the reply (tokens cached, a new device confirmed, further challenges).
   */
  protected answerDirectly(user: CognitoUser, name: string, responses: Record<string, string>): Promise<SignInStep> {
    const internal = user as unknown as SdkUserInternals;
    return this.step(user, (callbacks) =>
      this.call('RespondToAuthChallenge', {
        ChallengeName: name,
        ClientId: this.pool.getClientId(),
        Session: internal.Session,
        ChallengeResponses: { USERNAME: user.getUsername(), ...responses },
      }).then(
        (data) => internal.authenticateUserInternal(data, new AuthenticationHelper(this.pool.getUserPoolName()), callbacks),
        callbacks.onFailure,
      ),
    );
  }

  /** The signed-in user with its session, for calls that need the access token. */
  protected signedInUser(): CognitoUser {
    const cached = this.cached();
    if (!cached) throw Object.assign(new Error('Not signed in'), { code: 'NotAuthorizedException' });
    cached.user.setSignInUserSession(cached.session);
    return cached.user;
  }

  associateSoftwareToken(): Promise<string> {
    return new Promise((resolve, reject) => {
      const user = this.pending ?? this.signedInUser();
      user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject });
    });
  }

  verifySoftwareToken(code: string, deviceName = ''): Promise<void> {
    return new Promise((resolve, reject) =>
      this.signedInUser().verifySoftwareToken(code, deviceName, { onSuccess: () => resolve(), onFailure: reject }),
    );
  }

  rememberDevice(): Promise<void> {
    return new Promise((resolve, reject) => {
      const user = this.signedInUser();
      const deviceKey = this.storage.getItem(`${this.prefix(user)}.deviceKey`);
      if (!deviceKey) return resolve(); // the pool does not track devices
      (user as unknown as { deviceKey: string }).deviceKey = deviceKey;
      user.setDeviceStatusRemembered({ onSuccess: () => resolve(), onFailure: reject });
    });
  }

  async forgotPassword(username: string) {
    const data = await new Promise<{ CodeDeliveryDetails?: CodeDelivery }>((resolve, reject) =>
      this.user(username).forgotPassword({ onSuccess: resolve, onFailure: reject, inputVerificationCode: resolve }),
    );
    return data?.CodeDeliveryDetails;
  }

  async confirmForgotPassword(username: string, code: string, newPassword: string) {
    await new Promise<unknown>((resolve, reject) =>
      this.user(username).confirmPassword(code, newPassword, { onSuccess: resolve, onFailure: reject }),
    );
  }

  protected prefix(user: CognitoUser): string {
    return `CognitoIdentityServiceProvider.${this.pool.getClientId()}.${user.getUsername()}`;
  }

  /** The stored tokens of the last signed-in user, read without any request. */
  protected cached(): { user: CognitoUser; session: CognitoUserSession } | null {
    const user = this.pool.getCurrentUser();
    if (!user) return null;
    const prefix = this.prefix(user);
    const read = (key: string) => this.storage.getItem(`${prefix}.${key}`) ?? '';
    if (!read('idToken') || !read('accessToken')) return null;
    const session = new CognitoUserSession({
      IdToken: new CognitoIdToken({ IdToken: read('idToken') }),
      AccessToken: new CognitoAccessToken({ AccessToken: read('accessToken') }),
      RefreshToken: new CognitoRefreshToken({ RefreshToken: read('refreshToken') }),
      ClockDrift: Number(read('clockDrift')) || 0,
    } as ConstructorParameters<typeof CognitoUserSession>[0]);
    return { user, session };
  }

  storedSession() {
    const cached = this.cached();
    return cached && { username: cached.user.getUsername(), tokens: toTokens(cached.session) };
  }

  async restoreSession() {
    const cached = this.cached();
    if (!cached) return null;
    const { user, session } = cached;
    if (session.isValid()) return { username: user.getUsername(), tokens: toTokens(session) };
    if (!session.getRefreshToken().getToken()) return null;
    return { username: user.getUsername(), tokens: await this.refreshSession() };
  }

  async refreshSession(): Promise<Tokens> {
    const cached = this.cached();
    const refreshToken = cached?.session.getRefreshToken().getToken();
    if (!cached || !refreshToken) throw Object.assign(new Error('No session'), { code: 'NotAuthorizedException' });
    const { user } = cached;
    const deviceKey = this.storage.getItem(`${this.prefix(user)}.deviceKey`);
    // A refused refresh token is forgotten by the auth service, which knows whether another tab
    // has stored a newer session meanwhile.
    const { AuthenticationResult: result } = await this.call<{ AuthenticationResult: Record<string, string> }>(
      'InitiateAuth',
      {
        ClientId: this.pool.getClientId(),
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken, ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) },
      },
    );
    const session = sessionFrom({ ...result, RefreshToken: result.RefreshToken || refreshToken });
    user.setSignInUserSession(session);
    return toTokens(session);
  }

  async revokeSession(global: boolean, tokens: Tokens) {
    if (global) {
      await this.call('GlobalSignOut', { AccessToken: tokens.accessToken });
    } else if (tokens.refreshToken) {
      await this.call('RevokeToken', { Token: tokens.refreshToken, ClientId: this.pool.getClientId() });
    }
  }

  dispose() {
    this.requests.abortAll();
  }

  clearLocalSession() {
    this.pending = undefined;
    this.pool.getCurrentUser()?.signOut();
  }
}
