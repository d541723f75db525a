#!/usr/bin/env node
/**
 * cognito-dev-pool [--port 9229] [--host 127.0.0.1] [--data DIR] [--config FILE] [--fixed-code 123456]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './config.js';
import { startDevPool } from './server.js';
import { StateFileError } from './store.js';

const USAGE = `Usage: cognito-dev-pool [--port 9229] [--host 127.0.0.1] [--data DIR] [--config FILE] [--fixed-code 123456]

A local, offline stand-in for an Amazon Cognito user pool.
  --port    port to listen on (0 = any free port)            default 9229
  --host    interface to bind                                 default 127.0.0.1
  --data    directory to keep users, keys, tokens and inbox   default: in memory
  --config  JSON file in Cognito's describe-user-pool shapes  default: built-in pool
  --fixed-code  every code the pool sends is this one (tests)  default: random codes`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9229' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      config: { type: 'string' },
      'fixed-code': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port ${values.port} is not a port`);
  const config = values.config ? (JSON.parse(readFileSync(values.config, 'utf8')) as unknown) : undefined;

  const pool = await startDevPool({ port, host: values.host, config, dataDir: values.data, fixedCode: values['fixed-code'] });
  console.log(`cognito dev pool listening on ${pool.endpoint}`);
  console.log(`  endpoint          ${pool.endpoint}`);
  console.log(`  region            ${pool.region}`);
  console.log(`  user pool id      ${pool.userPoolId}`);
  console.log(`  client id         ${pool.clientId}`);
  console.log(`  identity pool id  ${pool.identityPoolId}`);
  console.log(`  data              ${values.data ?? '(in memory)'}`);
  console.log(`  inbox             ${pool.endpoint}_dev/inbox`);
  console.log('Codes it sends are printed below.');

  const stop = (signal: string) => {
    console.log(`${signal}: closing the dev pool`);
    pool.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StateFileError) {
    console.error(`cognito-dev-pool: ${error.message}`);
    process.exit(1);
  }
  const expected = error instanceof ConfigError || error instanceof SyntaxError || (error as { code?: string }).code !== undefined;
  console.error(`cognito-dev-pool: ${expected && error instanceof Error ? error.message : String(error)}`);
  if (!expected && error instanceof Error && error.stack) console.error(error.stack);
  console.error(USAGE);
  process.exit(1);
});
