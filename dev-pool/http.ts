/** HTTP plumbing: CORS, AWS JSON responses and errors, request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { CognitoError, serialization } from './errors.js';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, DELETE',
  'Access-Control-Allow-Headers': [
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
  ].join(', '),
  'Access-Control-Expose-Headers': 'x-amzn-requestid, x-amzn-errortype, x-amzn-errormessage',
  'Access-Control-Max-Age': '86400',
};

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
  const allowed = [...new Set([...CORS_HEADERS['Access-Control-Allow-Headers'].split(', '), ...requested])];
  res.writeHead(200, { ...CORS_HEADERS, 'Access-Control-Allow-Headers': allowed.join(', '), 'Content-Length': '0' });
  res.end();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, contentType = AMZ_JSON): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
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
    ...CORS_HEADERS,
    'Content-Type': AMZ_JSON,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    'x-amzn-ErrorType': `${error.type}:`,
    // Header values must be latin-1; Cognito's messages are ASCII anyway.
    'x-amzn-ErrorMessage': error.message.replace(/[^\x20-\x7e]/g, '?'),
  });
  res.end(text);
}

export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw serialization('Request body too large.');
    chunks.push(chunk as Buffer);
  }
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
