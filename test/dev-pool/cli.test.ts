/** The cognito-dev-pool command: prints what an app needs, logs codes, stops cleanly. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD, v3Client } from './helpers.js';

const cli = fileURLToPath(new URL('../../dev-pool/cli.ts', import.meta.url));

describe('cognito-dev-pool', () => {
  it('prints its ids and every code (--fixed-code fixes it), and exits 0 on SIGTERM', async () => {
    const args = ['--import', 'tsx', cli, '--port', '0', '--fixed-code', '654321'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 25));
      const match = pattern.exec(output);
      assert.ok(match, `expected ${pattern} in:\n${output}`);
      return match;
    };
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      // The banner can arrive in several chunks: wait for its last line before reading it.
      await waitFor(/identity pool id\s+us-east-1:00000000-0000-4000-8000-000000000000/);
      const endpoint = (await waitFor(/endpoint\s+(http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
      assert.match(output, /user pool id\s+us-east-1_DevPool01/);
      assert.match(output, /client id\s+devpoolclient/);
      const signUp = await v3Client({ endpoint, region: 'us-east-1' }).send(
        new SignUpCommand({ ClientId: 'devpoolclient', Username: 'cliuser', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'cli@example.com' }] }),
      );
      assert.equal(signUp.UserConfirmed, false);
      await waitFor(/CONFIRM_SIGN_UP code 654321 for cliuser -> EMAIL cli@example\.com/);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
