/** Running an example app's own commands: its production build and its server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

export interface AppServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** No prompts, no telemetry sent from a test run. */
const QUIET_ENV = { CI: '1', NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };

/**
 * Starts `command` in `cwd` in its own process group (npm scripts start children of their own),
 * so that stopping it stops all of them.
 */
function start(command: string[], cwd: string): { child: ChildProcess; output: () => string } {
  const [file, ...args] = command;
  const child = spawn(file, args, { cwd, detached: true, env: { ...process.env, ...QUIET_ENV } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** Runs the app's production build; a failure throws with the build's own output. */
export async function buildApp(name: string, cwd: string, command: string[]): Promise<void> {
  const started = performance.now();
  const { child, output } = start(command, cwd);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`${name}: \`${command.join(' ')}\` exited with ${code}:\n${output()}`);
  console.log(`${name}: \`${command.join(' ')}\` took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts the app's own server on a free port and waits until it answers `/`. */
export async function startAppServer(cwd: string, command: (port: number) => string[], timeout = 60_000): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, output } = start(command(port), cwd);
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`\`${command(port).join(' ')}\` exited with ${child.exitCode}:\n${output()}`);
    const answered = await fetch(url).then((res) => res.ok, () => false);
    if (answered) return { url, close: () => stop(child) };
    if (Date.now() > deadline) {
      await stop(child);
      throw new Error(`\`${command(port).join(' ')}\` did not answer ${url} within ${timeout} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
