/**
 * A scripted Cognito for the USER_AUTH client in unit and component tests: the real calls,
 * flow and passkey code (src/auth/user-auth/) over a recorded `call` that answers, per
 * operation, what the test queued (else `{}`). Give `fake.install(adapter)` a FakeAdapter.
 */
import type { FakeAdapter } from './fake-adapter.js';
import { CognitoApiError } from '../../src/auth/user-auth/api.js';
import { userAuthCalls } from '../../src/auth/user-auth/calls.js';
import { userAuthClient, type UserAuthClient } from '../../src/auth/user-auth/client.js';
import { createStorage } from '../../src/auth/storage.js';

const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** A token Cognito could have issued (unsigned: nothing here checks signatures). */
export const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`;

/** A finished sign-in for `username`: AuthenticationResult with an hour's tokens. */
export function authenticationResult(username = 'ana') {
  const iat = Math.floor(Date.now() / 1000);
  const claims = { username, sub: `sub-${username}`, iat, exp: iat + 3600, token_use: 'access' };
  return { AuthenticationResult: { AccessToken: jwt(claims), IdToken: jwt({ ...claims, token_use: 'id' }), RefreshToken: 'refresh', ExpiresIn: 3600 } };
}

export class FakeUserAuth {
  readonly sent: Array<{ op: string; params: Record<string, unknown> }> = [];
  /** Whether the browser "has" WebAuthn. */
  passkeysSupported = true;
  /** Replaces the passkey calls (the browser's ceremony cannot run in these tests). */
  passkeys?: Partial<UserAuthClient['passkeys']>;
  readonly #answers = new Map<string, Array<() => unknown>>();

  answer(op: string, value: object): this {
    this.#answers.set(op, [...(this.#answers.get(op) ?? []), () => value]);
    return this;
  }

  fail(op: string, code: string): this {
    this.#answers.set(op, [...(this.#answers.get(op) ?? []), () => { throw new CognitoApiError(code, `${code} (from the service)`, 400); }]);
    return this;
  }

  /** The operations sent, in order. */
  ops(): string[] {
    return this.sent.map((r) => r.op);
  }

  install(adapter: FakeAdapter): this {
    adapter.userAuth = () => Promise.resolve(this.client());
    return this;
  }

  client(): UserAuthClient {
    const call = async <T>(op: string, params: object): Promise<T> => {
      this.sent.push({ op, params: params as Record<string, unknown> });
      const next = this.#answers.get(op)?.shift();
      return (next ? next() : {}) as T;
    };
    const config = { userPoolId: 'us-east-1_Test', clientId: 'client' };
    const client = userAuthClient(config, createStorage('memory'), userAuthCalls(call, 'client'));
    return { ...client, passkeysSupported: () => this.passkeysSupported, passkeys: { ...client.passkeys, ...this.passkeys } };
  }
}
