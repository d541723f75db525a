import { DEFAULT_REQUEST_TIMEOUT, type RequestGuard } from '../timeouts.js';

/** Where and how to reach Cognito's JSON API: the provider's settings. */
export interface ApiConfig {
  userPoolId: string;
  clientId: string;
  region?: string;
  /** A Cognito-compatible endpoint (the dev pool, a proxy); default AWS's for the region. */
  endpoint?: string;
  /** Milliseconds before a request counts as failed (`TimeoutError`); default 20000. */
  requestTimeout?: number;
}

/** The endpoint the SDK would use for these settings (region: the user pool id's prefix by default). */
export function endpointOf(config: ApiConfig): string {
  const region = config.region || config.userPoolId.split('_')[0];
  return config.endpoint || `https://cognito-idp.${region}.amazonaws.com/`;
}

/** A failed request, shaped like the SDK's errors (`code` = Cognito's error type) so toAuthError reads it alike. */
export class CognitoApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = code;
  }
}

export type ApiCall = <T = Record<string, unknown>>(op: string, params: object, signal?: AbortSignal) => Promise<T>;

export interface CognitoApi extends RequestGuard {
  call: ApiCall;
  readonly config: ApiConfig;
}

/** Cognito's error type from a JSON error body or the `x-amzn-errortype` header (`Type:detail`, `ns#Type`). */
function errorType(body: Record<string, unknown>, headers: Headers): string | undefined {
  const raw = (body.__type ?? body.code ?? headers.get('x-amzn-errortype')) as string | undefined;
  return raw?.split(':')[0].split('#').pop() || undefined;
}

/**
 * Cognito's JSON protocol over fetch, as the SDK's own client speaks it (same headers, same
 * error codes), with what the SDK lacks: a deadline per request (`TimeoutError`, so the
 * elements offer Retry), the caller's AbortSignal, and abortAll() for a provider that goes away.
 * A transport failure, or a failure without a Cognito error type (a proxy's 502), is `NetworkError`.
 */
export function cognitoApi(config: ApiConfig): CognitoApi {
  const endpoint = endpointOf(config);
  const timeout = config.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT;
  const inFlight = new Set<AbortController>();

  const call: ApiCall = async <T>(op: string, params: object, signal?: AbortSignal): Promise<T> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const forward = () => controller.abort(signal?.reason);
    if (signal?.aborted) forward();
    signal?.addEventListener('abort', forward, { once: true });
    inFlight.add(controller);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        mode: 'cors',
        cache: 'no-store',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${op}`,
        },
        body: JSON.stringify(params),
        signal: controller.signal,
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.ok) return body as T;
      const code = errorType(body, response.headers) ?? 'NetworkError';
      throw new CognitoApiError(code, String(body.message ?? body.Message ?? response.status), response.status);
    } catch (error) {
      if (error instanceof CognitoApiError) throw error;
      if (timedOut) throw new CognitoApiError('TimeoutError', `${op} timed out after ${timeout} ms`);
      if (controller.signal.aborted) throw new CognitoApiError('AbortError', `${op} was aborted`);
      throw new CognitoApiError('NetworkError', (error as Error)?.message ?? 'Network error');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
      inFlight.delete(controller);
    }
  };

  return {
    call,
    config,
    abortAll() {
      for (const controller of inFlight) controller.abort();
      inFlight.clear();
    },
  };
}
