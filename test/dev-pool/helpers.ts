/** Shared helpers for the dev pool's tests: a pool per file, the inbox, JWT checks, the v3 client. */
import { after, before } from 'node:test';
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool, type DevPool, type DevPoolOptions, type InboxMessage } from '../../dev-pool/server.js';

export const PASSWORD = 'Corr3ct-Horse!';

/** Starts a pool before the file's tests and closes it after; read `.pool` inside tests. */
export function usePool(options: DevPoolOptions = {}): { pool: DevPool } {
  const holder = {} as { pool: DevPool };
  before(async () => {
    holder.pool = await startDevPool({ port: 0, log: () => {}, ...options });
  });
  after(async () => {
    await holder.pool?.close();
  });
  return holder;
}

export function lastMessage(pool: DevPool, username: string, kind?: InboxMessage['kind']): InboxMessage {
  const message = pool
    .inbox()
    .filter((m) => m.username === username && (kind === undefined || m.kind === kind))
    .at(-1);
  if (!message) throw new Error(`no ${kind ?? ''} message for ${username} in the inbox`);
  return message;
}

let counter = 0;
/** A user name no other test in the process uses. */
export const uniqueName = (prefix = 'user') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The official client, pointed at a pool (or at any endpoint, such as a CLI-started pool's). */
export function v3Client(pool: Pick<DevPool, 'endpoint' | 'region'>): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: pool.endpoint,
    region: pool.region,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    maxAttempts: 1,
  });
}

/** The official Cognito Identity client, on the same endpoint (GetId, GetCredentialsForIdentity). */
export function identityClient(pool: DevPool): CognitoIdentityClient {
  return new CognitoIdentityClient({
    endpoint: pool.endpoint,
    region: pool.region,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    maxAttempts: 1,
  });
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export function decodeJwt(token: string): DecodedJwt {
  const [header = '', payload = ''] = token.split('.');
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: json(header), payload: json(payload) };
}

/** Verifies an RS256 JWT against the pool's published JWKS, as an API gateway would. */
export async function verifyWithJwks(pool: DevPool, token: string): Promise<DecodedJwt> {
  const response = await fetch(new URL(`${pool.userPoolId}/.well-known/jwks.json`, pool.endpoint));
  const { keys } = (await response.json()) as { keys: (JsonWebKey & { kid: string; alg: string; use: string })[] };
  const decoded = decodeJwt(token);
  const jwk = keys.find((k) => k.kid === decoded.header.kid);
  if (!jwk) throw new Error(`no JWK with kid ${String(decoded.header.kid)}`);
  if (jwk.alg !== 'RS256' || jwk.use !== 'sig' || decoded.header.alg !== 'RS256') throw new Error('not an RS256 signing key');
  const [header, payload, signature = ''] = token.split('.');
  const ok = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) throw new Error('JWT signature does not verify');
  return decoded;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Raw Cognito JSON call, only for what the official clients cannot send (unknown members,
 * wrong JSON kinds, operations the clients lack) or to look at the HTTP framing itself.
 */
export async function call(
  pool: DevPool,
  operation: string,
  body: unknown,
  service = 'AWSCognitoIdentityProviderService',
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(pool.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${service}.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/** Awaits an AWS SDK v3 rejection and checks Cognito's error name, HTTP status and message. */
export async function rejectsWith(
  promise: Promise<unknown>,
  name: string,
  message?: string | RegExp,
  status = 400,
): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) throw new Error(`expected ${name}, but the call succeeded`);
  const error = caught as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const where = `${String(error.name)}: ${String(error.message)}`;
  if (error.name !== name) throw new Error(`expected ${name}, got ${where}`);
  if (error.$metadata?.httpStatusCode !== status) {
    throw new Error(`expected HTTP ${status} for ${name}, got ${String(error.$metadata?.httpStatusCode)}`);
  }
  if (typeof message === 'string' && error.message !== message) throw new Error(`expected "${message}", got ${where}`);
  if (message instanceof RegExp && !message.test(error.message ?? '')) throw new Error(`expected ${message}, got ${where}`);
}

/**
 * A CONFIRMED user made through the Admin API (no SRP, no codes): `attributes` as Cognito
 * names them, *_verified included. Returns the user name.
 */
export async function adminUser(
  pool: DevPool,
  attributes: Record<string, string>,
  { username = uniqueName('u'), password = PASSWORD }: { username?: string; password?: string } = {},
): Promise<string> {
  const cognito = v3Client(pool);
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.userPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.userPoolId, Username: username, Password: password, Permanent: true }));
  return username;
}

/** USER_PASSWORD_AUTH with the v3 client: the tokens (or the challenge) as Cognito answers. */
export const passwordSignIn = (pool: DevPool, username: string, password = PASSWORD, clientId = pool.clientId) =>
  v3Client(pool).send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );

/** A code the test knows is wrong. */
export const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');
