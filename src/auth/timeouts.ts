import type { LowLevelClient } from './sdk-internals.js';

export const DEFAULT_REQUEST_TIMEOUT = 20_000;

export interface RequestGuard {
  /** Aborts every request in flight (their callers see `AbortError`). */
  abortAll(): void;
}

type Fetching = LowLevelClient & { fetchOptions?: RequestInit };

/**
 * Gives every request of the SDK's client a deadline and an abort: a request that does not
 * answer in `timeout` ms fails with code `TimeoutError` (the elements offer Retry). The SDK
 * builds its fetch options synchronously from `fetchOptions`, so a per-call signal set just
 * before the call reaches exactly that fetch.
 */
export function withTimeouts(client: Fetching, timeout: number): RequestGuard {
  const inFlight = new Set<AbortController>();
  const request = client.request.bind(client);
  const shared = client.fetchOptions ?? {};
  client.request = (op, params, cb) => {
    const controller = new AbortController();
    inFlight.add(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    client.fetchOptions = { ...shared, signal: controller.signal };
    try {
      request(op, params, (err, data) => {
        clearTimeout(timer);
        inFlight.delete(controller);
        if (err && timedOut) {
          return cb(Object.assign(new Error(`${op} timed out after ${timeout} ms`), { code: 'TimeoutError', name: 'TimeoutError' }), {});
        }
        cb(err, data);
      });
    } finally {
      client.fetchOptions = shared;
    }
  };
  return {
    abortAll() {
      for (const controller of inFlight) controller.abort();
      inFlight.clear();
    },
  };
}
