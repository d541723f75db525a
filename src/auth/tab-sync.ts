/**
 * The other tabs of the same origin and pool, for sessions kept in shared storage (`local`,
 * `cookie`). Messages are only nudges ("the shared session changed"): tokens never travel in
 * them; each tab reads the session from the storage they share.
 */
export interface TabMessage {
  /** `signed-out`: the session ended there; `changed`: a session appeared, was refreshed or changed hands. */
  kind: 'changed' | 'signed-out';
  /** With `signed-out`: every device was signed out. */
  global?: boolean;
}

export interface TabLink {
  /** Tells every other tab (never this one). */
  post(message: TabMessage): void;
  /** Calls `listener` with each message from another tab; returns the function that stops it. */
  listen(listener: (message: TabMessage) => void): () => void;
  /**
   * Runs `task` while no other tab runs one under the same link (Web Locks), or at once where
   * the platform has none; `contended` tells it whether another tab held the lock first.
   * Rejects with an AbortError if `signal` aborts while waiting.
   */
  exclusive<T>(task: (contended: boolean) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Closes the channel; the link is not used again. */
  close(): void;
}

/** Only well-formed messages get through, as plain `{ kind, global }`. */
const message = (data: Partial<TabMessage> | null | undefined): TabMessage | undefined =>
  data?.kind === 'changed' || data?.kind === 'signed-out' ? { kind: data.kind, global: data.global === true } : undefined;

/**
 * The link between the tabs that share the session named `name`: BroadcastChannel where there
 * is one, else a `storage` event on a localStorage key of its own; Web Locks where there are
 * some. Undefined outside a browser.
 */
export function browserTabLink(name: string): TabLink | undefined {
  if (typeof window === 'undefined') return undefined;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  const locks = navigator.locks;
  const lock = `${name}:refresh`;
  return {
    post(data) {
      if (channel) return channel.postMessage(data);
      // A new value every time, or a repeated message would change nothing and fire no event.
      try {
        localStorage.setItem(name, JSON.stringify({ ...data, at: Math.random() }));
      } catch {
        // No localStorage (privacy modes): the other tabs learn at their next getTokens().
      }
    },
    listen(listener) {
      const heard = (data: unknown) => {
        const found = message(data as Partial<TabMessage>);
        if (found) listener(found);
      };
      if (channel) {
        const onMessage = (event: MessageEvent) => heard(event.data);
        channel.addEventListener('message', onMessage);
        return () => channel.removeEventListener('message', onMessage);
      }
      const onStorage = (event: StorageEvent) => {
        if (event.key !== name || !event.newValue) return;
        try {
          heard(JSON.parse(event.newValue));
        } catch {
          // Not ours.
        }
      };
      addEventListener('storage', onStorage);
      return () => removeEventListener('storage', onStorage);
    },
    async exclusive(task, signal) {
      if (!locks) return task(false);
      // Free: run at once. Held by another tab: wait, and say so (it has probably just refreshed).
      const free = await locks.request(lock, { ifAvailable: true }, async (granted) => granted && [await task(false)]);
      return free ? free[0] : locks.request(lock, { signal }, () => task(true));
    },
    close: () => channel?.close(),
  };
}
