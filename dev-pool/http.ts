/** HTTP plumbing: CORS, AWS JSON responses and errors, request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { CognitoError, serialization } from './errors.js';

const ALLOWED_HEADERS = [
  'content-type',
  'x-amz-target',
  'x-amz-user-agent',
  'authorization',
  'cache-control',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
];

const CORS_COMMON = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, DELETE',
  'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
  'Access-Control-Expose-Headers': 'x-amzn-requestid, x-amzn-errortype, x-amzn-errormessage',
  'Access-Control-Max-Age': '86400',
};

/** localhost, 127.0.0.0/8 and [::1], any scheme and port. */
export function isLoopbackOrigin(origin: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * CORS for one request. Cognito's own operations answer any origin, as AWS does; admin
 * operations and /_dev/* (codes, users) answer pages on loopback origins only, so a website the
 * developer happens to visit can neither read their codes nor create users. Returns false when
 * the request comes from a page that may not make it.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, loopbackOnly: boolean): boolean {
  const origin = req.headers.origin;
  for (const [name, value] of Object.entries(CORS_COMMON)) res.setHeader(name, value);
  if (!loopbackOnly) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    return true;
  }
  res.setHeader('Vary', 'Origin');
  if (origin === undefined) return true; // not a browser page: curl, Node, the test harness
  if (!isLoopbackOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  return true;
}

const AMZ_JSON = 'application/x-amz-json-1.1';
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Allows the usual AWS SDK headers plus whatever else the browser asks for: a dev server
 * gains nothing from refusing, and a newer SDK header should not break every sign-in.
 */
export function preflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const allowed = [...new Set([...ALLOWED_HEADERS, ...requested])];
  res.writeHead(200, { 'Access-Control-Allow-Headers': allowed.join(', '), 'Content-Length': '0' });
  res.end();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, contentType = AMZ_JSON): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
  });
  res.end(text);
}

/** AWS JSON 1.1 errors: the code in both the body's __type and x-amzn-ErrorType. */
export function sendError(res: ServerResponse, error: CognitoError): void {
  const text = JSON.stringify({ __type: error.type, message: error.message });
  res.writeHead(error.status, {
    'Content-Type': AMZ_JSON,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    'x-amzn-ErrorType': `${error.type}:`,
    // Header values must be latin-1; Cognito's messages are ASCII anyway.
    'x-amzn-ErrorMessage': error.message.replace(/[^\x20-\x7e]/g, '?'),
  });
  res.end(text);
}

export const payloadTooLarge = () =>
  new CognitoError('RequestEntityTooLargeException', `Request body larger than ${MAX_BODY_BYTES} bytes.`, 413);

/**
 * Reads the body to its end even when it is too large (and then answers 413): a request left
 * half-read would have to be answered by closing the connection, which breaks keep-alive.
 */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw payloadTooLarge();
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw serialization('Request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw serialization('Request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** Reads and drops a body that will not be used (keeps the connection usable). */
export async function discardBody(req: IncomingMessage): Promise<void> {
  for await (const chunk of req) void chunk;
}
