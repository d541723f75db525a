/**
 * The journal's write side, with group commit: lines are appended at once, and one fdatasync
 * covers every line appended before it started, so requests that arrive while the disk works
 * share the next sync instead of queueing one each, and the event loop stays free meanwhile
 * (the sync runs on libuv's pool). `whenDurable()` settles once every line appended so far is
 * on disk; the store answers no request before that.
 */
import { closeSync, fdatasync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';

interface Waiter {
  /** The number of lines that must be durable. */
  lines: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class JournalFile {
  private readonly fd: number;
  private written = 0;
  private durable = 0;
  private syncing = false;
  private waiting: Waiter[] = [];

  constructor(
    path: string,
    /** The file's size in bytes (what replay read of it). */
    public bytes: number,
    /** Runs after each sync, before anyone waiting is answered (the store compacts there). */
    private readonly afterSync: () => void,
  ) {
    this.fd = openSync(path, 'a', 0o600);
  }

  append(line: string): void {
    writeSync(this.fd, line);
    this.bytes += Buffer.byteLength(line);
    this.written++;
  }

  whenDurable(): Promise<void> {
    if (this.durable >= this.written) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ lines: this.written, resolve, reject });
      this.flush();
    });
  }

  /** Every line appended is now held elsewhere, fsync'd (a new snapshot): start the file over. */
  truncate(): void {
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.bytes = 0;
    this.durable = this.written;
  }

  /** Waits for every line and for the sync in flight, if any. */
  async settle(): Promise<void> {
    await this.whenDurable();
    while (this.syncing) await new Promise((resolve) => setImmediate(resolve));
  }

  close(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.syncing || this.durable >= this.written) return;
    this.syncing = true;
    const upTo = this.written;
    fdatasync(this.fd, (error) => {
      this.syncing = false;
      try {
        if (error) throw error;
        this.durable = Math.max(this.durable, upTo);
        this.afterSync();
      } catch (failure) {
        for (const waiter of this.waiting.splice(0)) waiter.reject(failure);
        return;
      }
      const waiting = this.waiting;
      this.waiting = waiting.filter((waiter) => waiter.lines > this.durable);
      for (const waiter of waiting) if (waiter.lines <= this.durable) waiter.resolve();
      this.flush();
    });
  }
}
