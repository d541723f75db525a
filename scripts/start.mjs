// npm start (after npm run build): the dev pool on 127.0.0.1:9229 and the demo on
// 127.0.0.1:8000 (or the next free port). The demo page reads /dev-pool.json to find the pool,
// then the pool's own /_dev/config and /_dev/inbox; nothing is injected into the page.
//
//   node scripts/start.mjs [--port 9229] [--data .dev-pool-data/] [--config pool.json]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { staticFiles } from './static-files.mjs';
import { galleryFiles } from './gallery-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const DEMO_PORT = 8000;

const usage = `usage: npm start -- [--port 9229] [--data DIR] [--config FILE]
  --port    the dev pool's port (default 9229)
  --data    where the dev pool keeps its users (default .dev-pool-data/)
  --config  the pool's configuration, JSON in Cognito's shapes (see API.md)`;

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '9229' },
      data: { type: 'string', default: '.dev-pool-data/' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const poolPort = Number(args.port);
if (!Number.isInteger(poolPort) || poolPort < 0 || poolPort > 65535) {
  console.error(`--port must be a port number, not "${args.port}"`);
  process.exit(2);
}

let config;
if (args.config) {
  try {
    config = JSON.parse(readFileSync(resolve(args.config), 'utf8'));
  } catch (error) {
    console.error(`cannot read --config ${args.config}: ${error.message}`);
    process.exit(2);
  }
}

const serverModule = join(root, 'dist/dev-pool/server.js');
if (!existsSync(serverModule) || !existsSync(join(root, 'dist/cdn/cognito-elements.js'))) {
  console.error('dist/ is incomplete: run `npm start` (which builds first) or `npm run build`');
  process.exit(1);
}

/** Resolves true when nothing listens on host:port. */
const isFree = (port) =>
  new Promise((done) => {
    const probe = createNetServer();
    probe.once('error', () => done(false));
    probe.listen(port, HOST, () => probe.close(() => done(true)));
  });

if (poolPort !== 0 && !(await isFree(poolPort))) {
  console.error(
    `Port ${poolPort} on ${HOST} is already in use, so the dev pool cannot start there.\n` +
      `Is another dev pool (or npm start) still running? Stop it, or pick another port: npm start -- --port 9230`,
  );
  process.exit(1);
}

const dataDir = resolve(root, args.data);
mkdirSync(dataDir, { recursive: true });

const { startDevPool } = await import(pathToFileURL(serverModule).href);
let pool;
try {
  pool = await startDevPool({
    port: poolPort,
    host: HOST,
    dataDir,
    config,
    log: (line) => console.log(`[dev-pool] ${line}`),
  });
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${poolPort} on ${HOST} is already in use: stop the other process or use --port.`);
  } else {
    console.error(`the dev pool did not start: ${error?.stack ?? error}`);
  }
  process.exit(1);
}

// ----- the demo's static server ---------------------------------------------------------------
// The gallery (/gallery.html) comes with it: every element in each state (scripts/gallery-page.mjs).
const gallery = await galleryFiles();
const demo = createHttpServer(
  staticFiles(
    [{ prefix: '/dist/', dir: join(root, 'dist') }, ...gallery.mounts],
    { '/dev-pool.json': JSON.stringify({ endpoint: pool.endpoint }), ...gallery.routes },
  ),
);

async function listenFrom(port, last = port + 20) {
  for (let p = port; p <= last; p++) {
    const ok = await new Promise((done) => {
      const onError = (error) => (error.code === 'EADDRINUSE' ? done(false) : done(error));
      demo.once('error', onError);
      demo.listen(p, HOST, () => {
        demo.off('error', onError);
        done(true);
      });
    });
    if (ok === true) return p;
    if (ok instanceof Error) throw ok;
  }
  throw new Error(`ports ${port}-${last} on ${HOST} are all in use`);
}

let demoPort;
try {
  demoPort = await listenFrom(DEMO_PORT);
} catch (error) {
  console.error(`the demo server did not start: ${error.message}`);
  await pool.close();
  process.exit(1);
}

const demoUrl = `http://${HOST}:${demoPort}/`;
console.log(`
  cognito-elements demo   ${demoUrl}${demoPort === DEMO_PORT ? '' : `   (port ${DEMO_PORT} was busy)`}
  gallery                 ${demoUrl}gallery.html

  dev pool endpoint       ${pool.endpoint}
  user pool id            ${pool.userPoolId}
  client id               ${pool.clientId}
  region                  ${pool.region}
  identity pool id        ${pool.identityPoolId}
  data                    ${dataDir}
  inbox                   ${pool.endpoint.replace(/\/$/, '')}/_dev/inbox

  Codes the pool "sends" appear in the demo's Inbox panel and below. Ctrl-C stops both.
`);

let stopping = false;
async function stop() {
  if (stopping) process.exit(130); // a second Ctrl-C does not wait
  stopping = true;
  console.log('\nstopping…');
  demo.closeAllConnections();
  await Promise.allSettled([new Promise((done) => demo.close(done)), pool.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
