/**
 * Cognito Identity's two unsigned calls over fetch. The AWS SDK client for them weighs about
 * 47 KB gzip; these are a few hundred bytes and keep the sign-in path light.
 */
export interface AwsCredentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type Logins = Record<string, string>;

export class IdentityClient {
  constructor(
    readonly endpoint: string,
    readonly timeout = 20_000,
  ) {}

  static forPool(identityPoolId: string, endpoint?: string, timeout?: number): IdentityClient {
    const region = identityPoolId.split(':')[0];
    return new IdentityClient(endpoint || `https://cognito-identity.${region}.amazonaws.com/`, timeout);
  }

  /** One call with a deadline; `signal` aborts it sooner (its caller went away). */
  async #call<T>(op: string, body: object, signal?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`${op} timed out`, 'TimeoutError')), this.timeout);
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', stop);
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityService.${op}`,
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw Object.assign(new Error(`${op}: ${name}`), { code: name });
      throw Object.assign(new Error('Network error'), { code: 'NetworkError' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const code = String(data.__type ?? response.headers.get('x-amzn-errortype') ?? 'UnknownError').split(/[#:]/).filter(Boolean).pop();
      throw Object.assign(new Error(data.message ?? code), { code, name: code });
    }
    return data as T;
  }

  async getId(identityPoolId: string, logins?: Logins, signal?: AbortSignal): Promise<string> {
    const { IdentityId } = await this.#call<{ IdentityId: string }>('GetId', { IdentityPoolId: identityPoolId, Logins: logins }, signal);
    return IdentityId;
  }

  async getCredentials(identityId: string, logins?: Logins, signal?: AbortSignal): Promise<AwsCredentials> {
    const { Credentials: c } = await this.#call<{
      Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number };
    }>('GetCredentialsForIdentity', { IdentityId: identityId, Logins: logins }, signal);
    return {
      identityId,
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretKey,
      sessionToken: c.SessionToken,
      // The JSON protocol sends timestamps as epoch seconds.
      expiration: new Date(c.Expiration * 1000),
    };
  }
}
