import type { StorageKind } from './types.js';

/** The SDK's storage shape (ICognitoStorage). */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
}

const PREFIX = 'CognitoIdentityServiceProvider.';

class MemoryStorage implements TokenStorage {
  #items = new Map<string, string>();
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}

/**
 * First-party cookies, for pages that share a session with a server on the same site. Our own
 * rather than the SDK's CookieStorage, which pulls js-cookie into every bundle.
 */
class CookieTokenStorage implements TokenStorage {
  constructor(private readonly maxAgeSeconds = 30 * 24 * 3600) {}
  #all(): Map<string, string> {
    const pairs = document.cookie.split('; ').filter(Boolean);
    return new Map(
      pairs.map((pair) => {
        const at = pair.indexOf('=');
        return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))];
      }),
    );
  }
  #write(key: string, value: string, maxAge: number) {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${encodeURIComponent(key)}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Strict${secure}`;
  }
  getItem(key: string) {
    return this.#all().get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#write(key, value, this.maxAgeSeconds);
  }
  removeItem(key: string) {
    this.#write(key, '', 0);
  }
  clear() {
    for (const key of this.#all().keys()) if (key.startsWith(PREFIX)) this.removeItem(key);
  }
}

/** Web Storage can throw (privacy modes, sandboxed frames): fall back to memory then. */
function webStorage(get: () => Storage): TokenStorage {
  try {
    const storage = get();
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return new MemoryStorage();
  }
}

export function createStorage(kind: StorageKind = 'local'): TokenStorage {
  switch (kind) {
    case 'memory':
      return new MemoryStorage();
    case 'cookie':
      return new CookieTokenStorage();
    case 'session':
      return webStorage(() => sessionStorage);
    default:
      return webStorage(() => localStorage);
  }
}

/**
 * Reads `base` and keeps every write (and removal) to itself: for a sign-in aside, such as
 * checking the password again, which must find the remembered device's keys but must not
 * replace the stored session (nor tell other tabs that anything changed).
 */
export function scratchOver(base: TokenStorage): TokenStorage {
  const written = new Map<string, string | null>();
  return {
    getItem: (key) => (written.has(key) ? written.get(key)! : base.getItem(key)),
    setItem: (key, value) => void written.set(key, String(value)),
    removeItem: (key) => void written.set(key, null),
    clear: () => written.clear(),
  };
}
