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

  async #call<T>(op: string, body: object): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityService.${op}`,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeout),
      });
    } catch (error) {
      if ((error as Error)?.name === 'TimeoutError') throw Object.assign(new Error(`${op} timed out`), { code: 'TimeoutError' });
      throw Object.assign(new Error('Network error'), { code: 'NetworkError' });
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const code = String(data.__type ?? response.headers.get('x-amzn-errortype') ?? 'UnknownError').split(/[#:]/).filter(Boolean).pop();
      throw Object.assign(new Error(data.message ?? code), { code, name: code });
    }
    return data as T;
  }

  async getId(identityPoolId: string, logins?: Logins): Promise<string> {
    const { IdentityId } = await this.#call<{ IdentityId: string }>('GetId', { IdentityPoolId: identityPoolId, Logins: logins });
    return IdentityId;
  }

  async getCredentials(identityId: string, logins?: Logins): Promise<AwsCredentials> {
    const { Credentials: c } = await this.#call<{
      Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number };
    }>('GetCredentialsForIdentity', { IdentityId: identityId, Logins: logins });
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
