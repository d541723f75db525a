/**
 * Each challenge module imported first, in a fresh process: an import cycle that is live at
 * run time throws there ("Cannot access 'x' before initialization").
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('../../dev-pool/challenges/', import.meta.url));

describe('dev-pool/challenges/ has no live import cycle', () => {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
    it(`imports ${file} first`, () => {
      const url = pathToFileURL(`${dir}${file}`).href;
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', `const m = await import(${JSON.stringify(url)}); for (const k of Object.keys(m)) void m[k];`],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
    });
  }
});
