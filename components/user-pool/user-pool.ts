import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { authContext, passwordPolicyContext } from '../base/context.js';
import { jsonAttribute } from '../base/json-attribute.js';
import type { PasswordPolicy } from '../base/password-policy.js';
import { AuthService, type SessionEvent } from '../../src/auth/service.js';
import type { AdapterFactory } from '../../src/auth/adapter.js';
import { LazyDirectAdapter } from '../../src/auth/lazy-adapter.js';
import type { AuthFlow, FirstFactor, StorageKind, Tokens } from '../../src/auth/types.js';
import type { AuthState } from '../../src/state/state.js';
import { emit, sessionDetail } from '../../src/events/index.js';
import type { AuthError } from '../../src/errors/auth-error.js';
import { localize, resolveLanguage } from '../../src/i18n/i18n.js';
import type { CredentialsManager } from '../../src/credentials/credentials.js';
import type { AwsCredentials } from '../../src/credentials/identity-client.js';
import { LIT_SSR_RENDERS_SHADOW, connectWithoutHydration } from '../base/client-rendered.js';
import { browserTabLink } from '../../src/auth/tab-sync.js';
import { flag } from '../base/flag-attribute.js';

/**
 * Holds the user pool and the signed-in session for every element inside it.
 *
 * @summary The provider: configure the user pool once, around any of the other elements.
 * With `local` or `cookie` storage, every tab of the same origin and pool shares one session:
 * a sign-in, sign-out, refresh or change of user in one reaches the others at once
 * (BroadcastChannel, else the `storage` event), each firing its own events; one tab at a time
 * refreshes (Web Locks).
 *
 * @fires cognito-session-restored - A stored session was found on load, or another tab signed in.
 * @fires cognito-tokens-refreshed - The tokens were refreshed before they expired (here or in another tab).
 * @fires cognito-signed-out - The session ended on its own (the refresh token was revoked or expired), in another tab, or through `signOut()`.
 * @fires cognito-error - `signOut()` ended the session here but could not reach the server to revoke it, or AWS credentials could not be obtained (`operation`: `getCredentials`).
 * @fires cognito-credentials - AWS credentials from the identity pool (after sign-in, restore, refresh).
 */
export class CognitoUserPool extends LitElement {
  /** @internal Rendered in the browser only (client-rendered.ts). */
  static override ['_$litElement$'] = LIT_SSR_RENDERS_SHADOW;
  /** The user pool id, e.g. `us-east-1_AbCdEf123`. */
  @property({ attribute: 'user-pool-id' }) userPoolId = '';
  /** An app client id of a client WITHOUT a secret. */
  @property({ attribute: 'client-id' }) clientId = '';
  /** Defaults to the prefix of the user pool id. */
  @property() region?: string;
  /** A Cognito-compatible endpoint, such as the dev pool. */
  @property() endpoint?: string;
  /**
   * The sign-in flow: `USER_SRP_AUTH` (default), `USER_PASSWORD_AUTH`, `CUSTOM_AUTH`, or
   * `USER_AUTH` (choice-based: passkeys, one-time codes by e-mail or SMS, the password; sign-up
   * without a password).
   */
  @property({ attribute: 'auth-flow' }) authFlow: AuthFlow = 'USER_SRP_AUTH';
  /**
   * With `USER_AUTH`: the first factor to ask for at once (`PASSWORD`, `EMAIL_OTP`, `SMS_OTP` or
   * `WEB_AUTHN`) instead of offering the user a choice; Cognito offers the choice when the user
   * cannot use it.
   */
  @property({ attribute: 'preferred-challenge' }) preferredChallenge?: FirstFactor;
  /** Where the session is kept: `local`, `session`, `memory` or `cookie`. */
  @property() storage: StorageKind = 'local';
  /** Milliseconds before a request to Cognito or Cognito Identity counts as failed (Retry is offered). */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout = 20_000;
  /** An identity pool: when set, AWS credentials are obtained after sign-in. */
  @property({ attribute: 'identity-pool-id' }) identityPoolId?: string;
  /** Cognito Identity's endpoint; default: `endpoint` when that is set, else AWS's. */
  @property({ attribute: 'identity-endpoint' }) identityEndpoint?: string;
  /** Gives signed-out visitors unauthenticated (guest) credentials, if the identity pool allows it. */
  @property({ type: Boolean, attribute: 'guest-credentials', converter: flag }) guestCredentials = false;
  /**
   * Makes the adapter the auth service speaks to Cognito through, given the settings above
   * (JS property only). Default: Cognito's API spoken directly (src/auth/direct/); the
   * amazon-cognito-identity-js adapter is `LazySdkAdapter`. Set another to use a
   * different adapter, or a fake one in tests and mock-backed pages; setting it re-configures.
   */
  @property({ attribute: false }) adapterFactory: AdapterFactory = (config) => new LazyDirectAdapter(config);

  #service?: AuthService;
  /** With an identity pool: its credentials, once their code (loaded on demand) is linked. */
  #credentials?: Promise<CredentialsManager | undefined>;
  #unlinkCredentials?: () => void;
  /**
   * The pool's password policy, as JSON in Cognito's shape (`describe-user-pool` →
   * `Policies.PasswordPolicy`, e.g. `{"MinimumLength":12,"RequireSymbols":false}`; missing members
   * take Cognito's defaults). Every new-password field inside shows it as the user types and
   * checks it before sending. Default: Cognito's default policy.
   * @attr password-policy
   */
  @property({ attribute: 'password-policy', converter: jsonAttribute<PasswordPolicy>('cognito-user-pool', 'password-policy') })
  passwordPolicy?: PasswordPolicy;

  /**
   * The pool's `UsernameAttributes`, space-separated: `email`, `phone_number` or both when users
   * sign up and sign in with those instead of a user name. Every username field then asks for
   * them (label, input type, checks) and `<cognito-sign-up>` does not ask for them twice.
   * Default: none (a user name).
   * @attr username-attributes
   */
  @property({ attribute: 'username-attributes' }) usernameAttributes = '';

  #provider = new ContextProvider(this, { context: authContext });
  #policy = new ContextProvider(this, { context: passwordPolicyContext });

  /** The auth service: the current state, fresh tokens and sign-out without any UI. */
  get auth(): AuthService | undefined {
    return this.#service;
  }

  get state(): AuthState {
    return this.#service?.state ?? { status: 'loading' };
  }

  /**
   * Current tokens, refreshed first when they are about to expire; null when signed out. Called
   * at page load (a script right after the definitions), it waits for the stored session.
   */
  async getTokens(): Promise<Tokens | null> {
    // The service starts at the first update, which comes after the script that upgraded us.
    if (!this.#service && this.isConnected && !this.hasUpdated) await this.updateComplete;
    return this.#service?.getTokens() ?? null;
  }

  /**
   * AWS credentials from the identity pool, fetched anew shortly before they expire. Kept in
   * memory only. Rejects when no identity pool is set or no one is signed in (without guests).
   */
  getCredentials(): Promise<AwsCredentials> {
    const { state } = this;
    const user = state.status === 'signed-in' ? { username: state.username, idToken: state.tokens.idToken } : undefined;
    const noPool = () => Promise.reject(new Error('<cognito-user-pool> has no identity-pool-id'));
    if (!this.#credentials) return noPool();
    return this.#credentials.then((manager) => (manager ? manager.get(user) : noPool()));
  }

  /**
   * Signs out (every device with `global`). The session on this device always ends; when the
   * server could not be told, the result's `remoteError` says so and `cognito-error` is fired
   * (the tokens then live until they expire).
   */
  async signOut(options: { global?: boolean } = {}): Promise<{ remoteError?: AuthError }> {
    const result = this.#service?.signOut(options.global);
    // Local first: the event fires before Cognito is told.
    if (result?.username) emit(this, 'cognito-signed-out', { username: result.username, global: !!options.global });
    const remoteError = await result?.remote;
    if (remoteError) {
      const message = localize(resolveLanguage(this), 'signOut.localOnly');
      emit(this, 'cognito-error', { code: remoteError.code, message, operation: 'signOut' });
    }
    return { remoteError };
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('passwordPolicy')) this.#policy.setValue(this.passwordPolicy);
    const keys = ['userPoolId', 'clientId', 'region', 'endpoint', 'authFlow', 'preferredChallenge', 'usernameAttributes', 'storage', 'identityPoolId',
      'identityEndpoint', 'guestCredentials', 'requestTimeout', 'adapterFactory'] as const;
    if (keys.some((key) => changed.has(key))) this.#configure();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#teardown();
  }

  #teardown() {
    this.#unlinkCredentials?.();
    this.#service?.dispose();
    this.#service = this.#credentials = this.#unlinkCredentials = undefined;
  }

  override connectedCallback() {
    connectWithoutHydration(this, () => super.connectedCallback());
    // Moving the element in the DOM disconnects it; start again with the same settings.
    if (this.hasUpdated && !this.#service) this.#configure();
  }

  #configure() {
    this.#teardown();
    if (!this.userPoolId || !this.clientId) return;
    const config = {
      userPoolId: this.userPoolId,
      clientId: this.clientId,
      region: this.region || undefined,
      endpoint: this.endpoint || undefined,
      authFlow: this.authFlow,
      preferredChallenge: this.preferredChallenge || undefined,
      usernameAttributes: this.usernameAttributes.split(/\s+/).filter(Boolean),
      storage: this.storage,
      requestTimeout: this.requestTimeout > 0 ? this.requestTimeout : undefined,
    };
    // Storage the tabs share: link them (memory and sessionStorage belong to this tab alone).
    const shared = this.storage === 'local' || this.storage === 'cookie';
    try {
      const tabs = shared ? browserTabLink(`cognito-elements:${this.userPoolId}:${this.clientId}`) : undefined;
      this.#service = new AuthService(config, this.adapterFactory(config), Date.now, tabs);
    } catch (error) {
      console.error(`<cognito-user-pool>: ${(error as Error).message}`);
      this.#provider.setValue(undefined);
      return;
    }
    this.#service.onSession((event) => this.#onSession(event));
    if (this.identityPoolId) {
      const region = this.region || this.userPoolId.split('_')[0];
      const settings = {
        identityPoolId: this.identityPoolId,
        providerName: `cognito-idp.${region}.amazonaws.com/${this.userPoolId}`,
        endpoint: this.identityEndpoint || this.endpoint || undefined,
        guest: this.guestCredentials,
        requestTimeout: config.requestTimeout,
      };
      const service = this.#service;
      // The Cognito Identity client loads only for a pool that has one: a sign-in page without
      // an identity pool never downloads it.
      this.#credentials = import('./credentials-link.js').then(({ linkCredentials }) => {
        if (this.#service !== service) return undefined; // re-configured or removed meanwhile
        const { manager, unlink } = linkCredentials(this, service, settings);
        this.#unlinkCredentials = unlink;
        return manager;
      });
      this.#credentials.catch((error: unknown) => console.error('<cognito-user-pool>: could not load the credentials code', error));
    }
    this.#provider.setValue(this.#service);
    void this.#service.restore();
  }

  #onSession(event: SessionEvent) {
    if (event.type === 'signed-out') {
      emit(this, 'cognito-signed-out', { username: event.username, global: event.global });
      return;
    }
    const type = event.type === 'restored' ? 'cognito-session-restored' : 'cognito-tokens-refreshed';
    emit(this, type, sessionDetail(event.username, event.tokens));
  }
}
