/**
 * RS256 JWTs and the JWKS that verifies them, as Cognito issues them: the header carries
 * only kid and alg, the key is RSA 2048.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKey {
  kid: string;
  /** PKCS#8 PEM. */
  privateKey: string;
}

export interface Jwk {
  kid: string;
  alg: 'RS256';
  kty: 'RSA';
  use: 'sig';
  n: string;
  e: string;
}

export type Claims = Record<string, unknown>;

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid: randomBytes(32).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export class TokenSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(
    private readonly key: SigningKey,
    private readonly userPoolId: string,
  ) {
    this.privateKey = createPrivateKey(key.privateKey);
    this.publicKey = createPublicKey(this.privateKey);
  }

  jwks(): { keys: Jwk[] } {
    const { n, e } = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ kid: this.key.kid, alg: 'RS256', kty: 'RSA', use: 'sig', n: n!, e: e! }] };
  }

  sign(claims: Claims): string {
    const header = b64url(JSON.stringify({ kid: this.key.kid, alg: 'RS256' }));
    const payload = b64url(JSON.stringify(claims));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), this.privateKey);
    return `${header}.${payload}.${b64url(signature)}`;
  }

  /**
   * The claims when the signature, kid and issuer are ours; expiry is the caller's call.
   * The issuer's host is not compared: with a data directory the pool may come back on
   * another port, and the signature already proves the token is ours.
   */
  verify(token: unknown): Claims | undefined {
    if (typeof token !== 'string') return undefined;
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [header, payload, signature] = parts as [string, string, string];
    try {
      const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Claims;
      if (head.alg !== 'RS256' || head.kid !== this.key.kid) return undefined;
      const ok = verify('sha256', Buffer.from(`${header}.${payload}`), this.publicKey, Buffer.from(signature, 'base64url'));
      if (!ok) return undefined;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      return typeof claims.iss === 'string' && claims.iss.endsWith(`/${this.userPoolId}`) ? claims : undefined;
    } catch {
      return undefined;
    }
  }
}
