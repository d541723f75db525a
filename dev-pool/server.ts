/**
 * The dev pool: a local, offline stand-in for one Cognito user pool, speaking Cognito's
 * JSON protocol over HTTP. See API.md ("The dev pool") for the contract.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pruneCodes } from './codes.js';
import { loadConfig, loadFixedCode } from './config.js';
import type { PoolContext } from './context.js';
import { CognitoError, internalError, unknownOperation } from './errors.js';
import { applyCors, discardBody, preflight, readJsonBody, sendError, sendJson } from './http.js';
import { Inbox, type InboxMessage } from './inbox.js';
import { checkRequest } from './model/model.js';
import { checkedServices } from './model/services.js';
import { operationFor } from './operations/index.js';
import { ChallengeSessions } from './sessions.js';
import { issuerOf, pruneSignIns } from './sign-ins.js';
import { Store } from './store.js';
import { generateSigningKey, TokenSigner } from './tokens.js';

export type { InboxMessage } from './inbox.js';

export interface DevPoolOptions {
  /** 0 = any free port; default 9229. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Parsed JSON in API.md's shape (Cognito's describe-* output); missing parts take defaults. */
  config?: unknown;
  /** Where users, keys, refresh tokens and the inbox persist; in memory when omitted. */
  dataDir?: string;
  /** Every code the pool sends is this one (six digits); overrides the config's FixedCode. */
  fixedCode?: string;
  /** Default console.log; tests pass () => {}. */
  log?: (line: string) => void;
}

export interface DevPool {
  /** e.g. http://127.0.0.1:9229/ */
  endpoint: string;
  userPoolId: string;
  clientId: string;
  region: string;
  identityPoolId: string;
  inbox(): InboxMessage[];
  close(): Promise<void>;
}

export async function startDevPool(options: DevPoolOptions = {}): Promise<DevPool> {
  const config = loadConfig(options.config ?? {});
  if (options.fixedCode !== undefined) config.fixedCode = loadFixedCode(options.fixedCode);
  const log = options.log ?? ((line: string) => console.log(line));
  const store = new Store(options.dataDir, log);
  store.state.signingKey ??= generateSigningKey();

  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9229, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const ctx: PoolContext = {
    config,
    store,
    inbox: new Inbox(store, log),
    signer: new TokenSigner(store.state.signingKey, config.userPoolId),
    // Each app client's AuthSessionValidity; a session is always created for a client of this pool.
    sessions: new ChallengeSessions((clientId) => (config.clients.find((c) => c.ClientId === clientId)?.authSessionMinutes ?? 3) * 60_000),
    endpoint: `http://${urlHost(host)}:${port}/`,
    log,
  };
  seedGroups(ctx);
  pruneCodes(store);
  pruneSignIns(ctx);
  await store.save();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(ctx, req, res).catch((error: unknown) => {
      log(`dev pool: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendError(res, internalError());
      else res.destroy();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    endpoint: ctx.endpoint,
    userPoolId: config.userPoolId,
    clientId: config.clients[0]!.ClientId,
    region: config.region,
    identityPoolId: config.identityPoolId,
    inbox: () => ctx.inbox.list(),
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }).then(() => store.close())),
  };
}

/** Groups named in the config that the state does not have yet (a restart keeps edits). */
function seedGroups(ctx: PoolContext): void {
  const now = Date.now();
  for (const group of ctx.config.groups) {
    if (Object.hasOwn(ctx.store.state.groups, group.GroupName)) continue;
    ctx.store.state.groups[group.GroupName] = {
      name: group.GroupName,
      ...(group.Description !== undefined ? { description: group.Description } : {}),
      ...(group.RoleArn !== undefined ? { roleArn: group.RoleArn } : {}),
      ...(group.Precedence !== undefined ? { precedence: group.Precedence } : {}),
      createdAt: now,
      updatedAt: now,
    };
  }
}

/** Wildcard binds are reached through loopback; IPv6 literals need brackets in URLs. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Operations authorized with IAM on AWS name the user pool: those are the admin ones. */
function isAdminOperation(target: string): boolean {
  const [service = '', name = ''] = target.split('.');
  const model = checkedServices[service]?.model;
  const shape = model && Object.hasOwn(model.operations, name) ? model.shapes[model.operations[name]!] : undefined;
  return service === 'AWSCognitoIdentityProviderService' && shape !== undefined && Object.hasOwn(shape.members, 'UserPoolId');
}

async function handle(ctx: PoolContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://dev-pool').pathname;
  const target = String(req.headers['x-amz-target'] ?? '');
  const loopbackOnly = path.startsWith('/_dev/') || (req.method === 'POST' && isAdminOperation(target));
  if (!applyCors(req, res, loopbackOnly)) {
    await discardBody(req);
    return sendError(
      res,
      new CognitoError(
        'AccessDeniedException',
        `The dev pool answers admin operations and /_dev/* only to pages on localhost, 127.0.0.0/8 or [::1], not ${String(req.headers.origin)}.`,
        403,
      ),
    );
  }
  switch (req.method) {
    case 'OPTIONS':
      return preflight(req, res);
    case 'POST':
      return handleOperation(ctx, req, res);
    case 'GET':
    case 'HEAD':
      // What a GET shows (the inbox) may come from a write whose journal line is not on disk yet.
      await ctx.store.save();
      return handleGet(ctx, path, res);
    case 'DELETE':
      await discardBody(req);
      if (path === '/_dev/inbox') {
        await ctx.inbox.clear();
        return sendJson(res, 200, [], 'application/json');
      }
  }
  return sendJson(res, 404, { message: `No route for ${req.method ?? ''} ${path}` }, 'application/json');
}

function handleGet(ctx: PoolContext, path: string, res: ServerResponse): void {
  const { config } = ctx;
  const routes: Record<string, () => unknown> = {
    '/_dev/inbox': () => ctx.inbox.list(),
    '/_dev/config': () => ({
      endpoint: ctx.endpoint,
      userPoolId: config.userPoolId,
      clientId: config.clients[0]!.ClientId,
      identityPoolId: config.identityPoolId,
      region: config.region,
    }),
    [`/${config.userPoolId}/.well-known/jwks.json`]: () => ctx.signer.jwks(),
    [`/${config.userPoolId}/.well-known/openid-configuration`]: () => ({
      issuer: issuerOf(ctx),
      jwks_uri: `${issuerOf(ctx)}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256'],
      subject_types_supported: ['public'],
      response_types_supported: ['code', 'token'],
    }),
  };
  const route = routes[path];
  if (!route) return sendJson(res, 404, { message: `No route for GET ${path}` }, 'application/json');
  sendJson(res, 200, route(), 'application/json');
}

async function handleOperation(ctx: PoolContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const input = await readJsonBody(req);
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = operationFor(target);
    if (!operation) throw unknownOperation(target);
    const [service = '', name = ''] = target.split('.');
    const checked = checkedServices[service];
    if (checked) checkRequest(checked, name, input);
    const output = operation(ctx, input);
    await ctx.store.save();
    sendJson(res, 200, output);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    // Failures change state too (wrong-code counters, lockouts): on disk before the answer.
    await ctx.store.save();
    sendError(res, error);
  }
}
