/**
 * The journal's group commit: writes that come in while the disk syncs share the next
 * fdatasync, and no save settles before every line written ahead of it is on disk, even a
 * save that wrote nothing itself (its request may have read another's write).
 */
import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../dev-pool/store.js';
import { newUser } from '../../dev-pool/users.js';

describe('group commit', () => {
  afterEach(() => {
    mock.restoreAll();
    syncBuiltinESMExports();
  });

  it('shares one fdatasync among the writes made while the previous one ran, and settles each after its line is durable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-pool-group-'));
    try {
      const synced: number[] = [];
      const real = fs.fdatasync;
      mock.method(fs, 'fdatasync', (fd: number, done: (error: NodeJS.ErrnoException | null) => void) =>
        real(fd, (error) => {
          synced.push(Date.now());
          done(error);
        }),
      );
      syncBuiltinESMExports();

      const store = new Store(dir);
      const settled: number[] = [];
      const saves = Array.from({ length: 20 }, (_, i) => {
        store.state.users[`user${i}`] = newUser(`user${i}`, {}, Date.now());
        return store.save().then(() => settled.push(i));
      });
      // A request that changed nothing but may have read the others' writes.
      const reader = store.save().then(() => settled.push(-1));
      await Promise.all([...saves, reader]);
      assert.ok(synced.length >= 1 && synced.length <= 2, `${synced.length} fdatasyncs for 20 writes`);
      assert.deepEqual(settled.slice(0, 20), Array.from({ length: 20 }, (_, i) => i), 'in the order written');
      assert.equal(settled.at(-1), -1);

      // As after a crash: a second store reads the journal the first never compacted.
      const reopened = new Store(dir);
      assert.equal(Object.keys(reopened.state.users).length, 20);
      await reopened.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
