import type { TokenStorage } from '../storage.js';
import { clockDrift, toTokens, type AuthenticationResult, type StoredTokens } from './tokens.js';
import type { Tokens } from '../types.js';

/** A remembered device's secrets, as the SDK keeps them. */
export interface DeviceSecrets {
  deviceKey: string;
  randomPassword: string;
  deviceGroupKey: string;
}

const TOKENS = ['idToken', 'accessToken', 'refreshToken', 'clockDrift'] as const;

/**
 * The session and the remembered device under exactly the SDK's keys and values
 * (`CognitoIdentityServiceProvider.<clientId>.<user>.idToken|accessToken|refreshToken|clockDrift|
 * deviceKey|randomPasswordKey|deviceGroupKey`, `….LastAuthUser`), so that a user who signed in
 * with an earlier version keeps the session, and every tab and adapter reads the same.
 */
export class SessionStore {
  readonly #prefix: string;

  constructor(
    readonly storage: TokenStorage,
    clientId: string,
  ) {
    this.#prefix = `CognitoIdentityServiceProvider.${clientId}`;
  }

  #key(username: string, name: string) {
    return `${this.#prefix}.${username}.${name}`;
  }

  lastUser(): string | null {
    return this.storage.getItem(`${this.#prefix}.LastAuthUser`) || null;
  }

  /** The last signed-in user's tokens, expired or not; null when there are none. */
  read(): { username: string; stored: StoredTokens } | null {
    const username = this.lastUser();
    if (!username) return null;
    const read = (name: string) => this.storage.getItem(this.#key(username, name)) ?? '';
    if (!read('idToken') || !read('accessToken')) return null;
    const stored = { idToken: read('idToken'), accessToken: read('accessToken'), refreshToken: read('refreshToken'), clockDrift: Number(read('clockDrift')) || 0 };
    return { username, stored };
  }

  /**
   * As CognitoUser.cacheTokens; a refresh (`refreshToken` given) first drops the cached GetUser
   * answer, as setSignInUserSession does.
   */
  write(username: string, result: AuthenticationResult, refreshToken?: string): Tokens {
    const stored: StoredTokens = {
      idToken: result.IdToken,
      accessToken: result.AccessToken,
      refreshToken: refreshToken ?? result.RefreshToken ?? '',
      clockDrift: clockDrift(result.IdToken, result.AccessToken),
    };
    if (refreshToken !== undefined) this.storage.removeItem(this.#key(username, 'userData'));
    for (const name of TOKENS) this.storage.setItem(this.#key(username, name), String(stored[name]));
    this.storage.setItem(`${this.#prefix}.LastAuthUser`, username);
    return toTokens(stored);
  }

  /** As CognitoUser.signOut: the tokens and the cached user go, the remembered device stays. */
  clear(): void {
    const username = this.lastUser();
    if (!username) return;
    const remove = (name: string) => this.storage.removeItem(this.#key(username, name));
    ['idToken', 'accessToken', 'refreshToken'].forEach(remove);
    this.storage.removeItem(`${this.#prefix}.LastAuthUser`);
    remove('clockDrift');
    remove('userData');
  }

  device(username: string): DeviceSecrets | undefined {
    const deviceKey = this.storage.getItem(this.#key(username, 'deviceKey'));
    if (!deviceKey) return undefined;
    return {
      deviceKey,
      randomPassword: this.storage.getItem(this.#key(username, 'randomPasswordKey')) ?? '',
      deviceGroupKey: this.storage.getItem(this.#key(username, 'deviceGroupKey')) ?? '',
    };
  }

  saveDevice(username: string, device: DeviceSecrets): void {
    this.storage.setItem(this.#key(username, 'deviceKey'), device.deviceKey);
    this.storage.setItem(this.#key(username, 'randomPasswordKey'), device.randomPassword);
    this.storage.setItem(this.#key(username, 'deviceGroupKey'), device.deviceGroupKey);
  }

  forgetDevice(username: string): void {
    for (const name of ['deviceKey', 'randomPasswordKey', 'deviceGroupKey']) this.storage.removeItem(this.#key(username, name));
  }
}
