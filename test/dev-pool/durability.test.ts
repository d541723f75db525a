/**
 * The state file on a developer's machine: damaged files are never overwritten, leftovers are
 * cleaned, and a SIGKILL at any instant loses no write the pool answered.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdminGetUserCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { startDevPool } from '../../dev-pool/server.js';
import { StateFileError } from '../../dev-pool/store.js';
import { PASSWORD, v3Client } from './helpers.js';

const cli = fileURLToPath(new URL('../../dev-pool/cli.ts', import.meta.url));

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dev-pool-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const signUp = (pool: { endpoint: string; region: string; clientId: string } & Parameters<typeof v3Client>[0], username: string) =>
  v3Client(pool).send(
    new SignUpCommand({
      ClientId: pool.clientId,
      Username: username,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    }),
  );

describe('the state file', () => {
  it('a truncated file is kept aside and the pool starts from the last good copy, saying so', async () => {
    await withDir(async (dir) => {
      // Two runs: each close compacts, so the second leaves the first's snapshot as .prev.
      const first = await startDevPool({ port: 0, log: () => {}, dataDir: dir });
      await signUp(first, 'kept');
      await first.close();
      const again = await startDevPool({ port: 0, log: () => {}, dataDir: dir });
      await signUp(again, 'lost');
      await again.close();
      const file = join(dir, 'dev-pool-state.json');
      const damaged = readFileSync(file, 'utf8').slice(0, 100);
      writeFileSync(file, damaged);
      const lines: string[] = [];
      const second = await startDevPool({ port: 0, log: (line) => lines.push(line), dataDir: dir });
      try {
        const user = await v3Client(second).send(new AdminGetUserCommand({ UserPoolId: second.userPoolId, Username: 'kept' }));
        assert.equal(user.Username, 'kept');
        assert.ok(lines.some((l) => l.includes(file) && /damaged/.test(l) && /last good copy/.test(l)), lines.join('\n'));
        const aside = readdirSync(dir).find((name) => name.startsWith('dev-pool-state.json.damaged-'));
        assert.ok(aside, 'the damaged file is kept');
        assert.equal(readFileSync(join(dir, aside), 'utf8'), damaged);
      } finally {
        await second.close();
      }
    });
  });

  it('with no good copy it refuses to start, naming the file in one line, and leaves the file alone', async () => {
    await withDir(async (dir) => {
      const file = join(dir, 'dev-pool-state.json');
      writeFileSync(file, '{"version":1,"users":{"a":');
      await assert.rejects(startDevPool({ port: 0, log: () => {}, dataDir: dir }), (error: unknown) => {
        assert.ok(error instanceof StateFileError);
        assert.match(error.message, new RegExp(`cannot read the state file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        return true;
      });
      assert.equal(readFileSync(file, 'utf8'), '{"version":1,"users":{"a":');
      const run = spawnSync(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--data', dir], { encoding: 'utf8' });
      assert.equal(run.status, 1);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, /^cognito-dev-pool: cannot read the state file .*dev-pool-state\.json/);
      assert.doesNotMatch(run.stderr, /Usage/);
    });
  });

  it('replays the journal after a crash and sets aside a torn last line', async () => {
    await withDir(async (dir) => {
      const first = await startDevPool({ port: 0, log: () => {}, dataDir: dir });
      await signUp(first, 'journaled');
      // No close(): as after a SIGKILL, the sign-up is only in the journal.
      const journal = join(dir, 'dev-pool-journal.jsonl');
      const before = readFileSync(journal, 'utf8');
      assert.match(before, /journaled/);
      writeFileSync(journal, `${before}{"users":{"half`);
      const lines: string[] = [];
      const second = await startDevPool({ port: 0, log: (line) => lines.push(line), dataDir: dir });
      try {
        const user = await v3Client(second).send(new AdminGetUserCommand({ UserPoolId: second.userPoolId, Username: 'journaled' }));
        assert.equal(user.Username, 'journaled');
        assert.ok(lines.some((l) => /cut short by a crash/.test(l)), lines.join('\n'));
        assert.ok(readdirSync(dir).some((name) => name.startsWith('dev-pool-journal.jsonl.torn-')));
      } finally {
        await second.close();
        await first.close();
      }
    });
  });

  it('removes temporary files a crash left behind', async () => {
    await withDir(async (dir) => {
      writeFileSync(join(dir, 'dev-pool-state.json.1234.abcd.tmp'), '{"half');
      const pool = await startDevPool({ port: 0, log: () => {}, dataDir: dir });
      await pool.close();
      assert.ok(!readdirSync(dir).some((name) => name.endsWith('.tmp')));
      assert.ok(existsSync(join(dir, 'dev-pool-state.json')));
    });
  });

  it('loses no answered sign-up when the process is SIGKILLed during a burst', { timeout: 60_000 }, async () => {
    await withDir(async (dir) => {
      const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      for (let i = 0; i < 400 && !/endpoint\s+http/.test(output); i++) await new Promise((r) => setTimeout(r, 25));
      const endpoint = /endpoint\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      assert.ok(endpoint, output);
      const cognito = v3Client({ endpoint, region: 'us-east-1' });
      const acknowledged: string[] = [];
      let stop = false;
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const username = `k${w}x${i}`;
          try {
            await cognito.send(
              new SignUpCommand({ ClientId: 'devpoolclient', Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }),
            );
            acknowledged.push(username);
          } catch {
            return; // the process is gone
          }
        }
      };
      const workers = Array.from({ length: 8 }, (_, w) => worker(w));
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      stop = true;
      await Promise.all(workers);
      const pool = await startDevPool({ port: 0, log: () => {}, dataDir: dir });
      try {
        const cognito = v3Client(pool);
        for (const username of acknowledged) {
          const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: username }));
          assert.equal(user.Username, username);
        }
      } finally {
        await pool.close();
      }
    });
  });
});
