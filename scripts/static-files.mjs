// The static file server of the demo (scripts/start.mjs) and of the e2e tests: GET and HEAD
// only, nothing cached, no path escaping its folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * A request listener serving `mounts` ({ prefix, dir }), the first whose folder has the file
 * wins; `routes` maps exact paths to JSON bodies served as they are.
 */
export function staticFiles(mounts, routes = {}) {
  const roots = mounts.map(({ prefix, dir }) => ({ prefix, dir: resolve(dir) }));
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const send = (body, type) => {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (pathname in routes) return send(Buffer.from(routes[pathname]), CONTENT_TYPES['.json']);
    if (pathname.endsWith('/')) pathname += 'index.html';
    for (const { prefix, dir } of roots) {
      if (!pathname.startsWith(prefix)) continue;
      const file = resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
      if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) continue;
      return send(readFileSync(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}\n`);
  };
}
