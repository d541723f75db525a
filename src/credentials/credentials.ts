import { IdentityClient, type AwsCredentials, type Logins } from './identity-client.js';

export interface CredentialsConfig {
  identityPoolId: string;
  /** The user pool's provider name: `cognito-idp.{region}.amazonaws.com/{userPoolId}`. */
  providerName: string;
  endpoint?: string;
  /** Whether signed-out visitors get unauthenticated (guest) credentials. */
  guest?: boolean;
  /** Milliseconds before a request counts as failed; default 20000. */
  requestTimeout?: number;
}

/** Refresh this long before `expiration`, so callers never get credentials about to lapse. */
const MARGIN_MS = 5 * 60_000;

/**
 * AWS credentials from an identity pool for the current user (or a guest), in memory only.
 * One request in flight; a change of user discards everything of the previous one.
 */
export class CredentialsManager {
  readonly #client: IdentityClient;
  #owner?: string;
  #identityId?: string;
  #current?: AwsCredentials;
  #loading?: Promise<AwsCredentials>;
  /** Aborts the request in flight: cleared (signed out, another user, the provider gone) means not wanted. */
  #abort?: AbortController;

  constructor(
    readonly config: CredentialsConfig,
    private readonly now: () => number = Date.now,
  ) {
    this.#client = IdentityClient.forPool(config.identityPoolId, config.endpoint, config.requestTimeout);
  }

  /** The credentials in hand, without any request (undefined when none or expired). */
  get current(): AwsCredentials | undefined {
    return this.#current && this.#current.expiration.getTime() > this.now() ? this.#current : undefined;
  }

  /**
   * Credentials for `user` (a user name and its id token) or, with `user` undefined, a guest;
   * fetched anew when `force` or when those in hand are about to expire.
   */
  get(user: { username: string; idToken: string } | undefined, force = false): Promise<AwsCredentials> {
    const owner = user ? `user:${user.username}` : 'guest';
    if (owner !== this.#owner) this.clear();
    this.#owner = owner;
    const fresh = this.#current && this.#current.expiration.getTime() - MARGIN_MS > this.now();
    if (fresh && !force) return Promise.resolve(this.#current!);
    if (!user && !this.config.guest) {
      return Promise.reject(Object.assign(new Error('Not signed in'), { code: 'NotAuthorizedException' }));
    }
    const logins: Logins | undefined = user ? { [this.config.providerName]: user.idToken } : undefined;
    const loading = (this.#loading ??= this.#fetch(logins, (this.#abort = new AbortController()).signal).then(
      (fetched) => {
        // What arrives for someone who is no longer the owner is dropped, never kept.
        if (this.#owner !== owner) throw Object.assign(new Error('User changed'), { code: 'NotAuthorizedException' });
        this.#identityId = fetched.identityId;
        this.#current = fetched;
        return fetched;
      },
    ).finally(() => {
      if (this.#loading === loading) this.#loading = undefined;
    }));
    return loading;
  }

  async #fetch(logins: Logins | undefined, signal: AbortSignal): Promise<AwsCredentials> {
    const { identityPoolId } = this.config;
    const identityId = this.#identityId ?? (await this.#client.getId(identityPoolId, logins, signal));
    return this.#client.getCredentials(identityId, logins, signal);
  }

  /** Forgets everything, and aborts the request in flight. */
  clear(): void {
    this.#abort?.abort();
    this.#owner = this.#identityId = this.#current = this.#loading = this.#abort = undefined;
  }
}
