/**
 * Everything the pool remembers. With a data directory it lives in two files: a snapshot
 * (`dev-pool-state.json`) and an append-only journal (`dev-pool-journal.jsonl`) holding, one
 * line per request, the records that request changed. A line is written and fdatasync'd before
 * the answer goes out (server.ts), so a SIGKILL or a power cut loses no answered write, and a
 * request costs what it changed, not the size of the pool; requests that come in while the
 * disk syncs share the next fdatasync (group commit). When the journal outgrows the
 * snapshot the two are compacted: a new snapshot (temp file, fsync, rename, directory fsync),
 * then an empty journal. The snapshot before the last compaction is kept as `.prev`: a damaged
 * snapshot is set aside (never overwritten) and the pool starts from that copy, saying so.
 * Without a data directory the state lives in memory.
 *
 * Every collection is a null-prototype object, so user names such as `constructor` or
 * `__proto__` are ordinary keys.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Indexes } from './indexes.js';
import { JournalFile } from './journal-file.js';
import { trackCollection, trackList } from './tracked.js';
import type { CodeRecord, GroupRecord, IdentityRecord, InboxMessage, SignInRecord, UserRecord } from './records.js';
import type { SigningKey } from './tokens.js';

export interface PoolState {
  version: 1;
  /** Keyed by Cognito's user name exactly as stored. */
  users: Record<string, UserRecord>;
  /** One live code per purpose and user (and attribute, for VERIFY_ATTRIBUTE). */
  codes: Record<string, CodeRecord>;
  /** One per authentication (its origin_jti), holding the refresh token. */
  signIns: Record<string, SignInRecord>;
  inbox: InboxMessage[];
  /** Cognito Identity: identity ids, stable per user (and one per guest GetId). */
  identities: Record<string, IdentityRecord>;
  /** CreateGroup's groups by name (members are listed on each user). */
  groups: Record<string, GroupRecord>;
  /** Kept so tokens (and the JWKS apps cached) stay valid across restarts. */
  signingKey?: SigningKey;
}

/** A dictionary without a prototype: no inherited `constructor`, `toString` or `__proto__`. */
export function dict<T>(from?: Record<string, T>): Record<string, T> {
  const target = Object.create(null) as Record<string, T>;
  // defineProperty, not assignment: an own "__proto__" key from JSON.parse stays a key.
  for (const [key, value] of Object.entries(from ?? {})) {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return target;
}

const emptyState = (): PoolState => ({
  version: 1,
  users: dict(),
  codes: dict(),
  signIns: dict(),
  inbox: [],
  identities: dict(),
  groups: dict(),
});

const COLLECTIONS = ['users', 'codes', 'signIns', 'identities', 'groups'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** One journal line: the records a request changed (null: deleted). */
interface JournalEntry {
  users?: Record<string, UserRecord | null>;
  codes?: Record<string, CodeRecord | null>;
  signIns?: Record<string, SignInRecord | null>;
  identities?: Record<string, IdentityRecord | null>;
  groups?: Record<string, GroupRecord | null>;
  inbox?: InboxMessage[];
  inboxAppend?: InboxMessage[];
  signingKey?: SigningKey;
}

const COMPACT_AT_LEAST = 1024 * 1024;

/** A state file that cannot be used, named, in one line (the CLI prints it without its usage). */
export class StateFileError extends Error {}

export class Store {
  /** What operations read and write: every write is tracked for the journal. */
  readonly state: PoolState;
  /** Secondary indexes over the collections (users.ts, sign-ins.ts, ...), kept current by the write tracking. */
  readonly indexes: Indexes<PoolState>;
  private raw: PoolState;
  private readonly file: string | undefined;
  private readonly journal: string | undefined;
  private readonly dir: string | undefined;
  private journalFile: JournalFile | undefined;
  /** The journal's size after replay, until the file is opened for writing. */
  private journalBytes = 0;
  private snapshotBytes = 0;
  private readonly dirty = new Map<Collection, Set<string>>();
  private inboxSaved = 0;
  private inboxRewritten = false;
  private metaDirty = false;

  constructor(dataDir?: string, log: (line: string) => void = () => {}) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.dir = dataDir;
      this.file = join(dataDir, 'dev-pool-state.json');
      this.journal = join(dataDir, 'dev-pool-journal.jsonl');
      this.removeTemporaryFiles();
    }
    this.raw = this.load(log);
    this.state = this.track();
    this.indexes = new Indexes(this.state);
    if (this.journal) {
      this.journalFile = new JournalFile(this.journal, this.journalBytes, () => {
        if (this.journalFile!.bytes > Math.max(COMPACT_AT_LEAST, this.snapshotBytes)) this.compact();
      });
      this.inboxSaved = this.raw.inbox.length;
    }
  }

  get persistent(): boolean {
    return this.file !== undefined;
  }

  /**
   * Puts what changed since the last call in the journal and settles once that line, and
   * every line before it, is on disk. Call it before answering, even when the request changed
   * nothing: what it read may be another request's write that is not on disk yet.
   */
  save(): Promise<void> {
    if (!this.journalFile) {
      this.forget();
      return Promise.resolve();
    }
    this.writePending();
    return this.journalFile.whenDurable();
  }

  /** Appends the changed records as one journal line, without waiting for the disk. */
  private writePending(): void {
    if (!this.journalFile) return;
    const entry: JournalEntry = {};
    let any = false;
    for (const [collection, keys] of this.dirty) {
      const records: Record<string, unknown> = dict();
      const source = this.raw[collection] as Record<string, unknown>;
      for (const key of keys) records[key] = Object.hasOwn(source, key) ? source[key] : null;
      (entry as Record<string, unknown>)[collection] = records;
      any = true;
    }
    if (this.inboxRewritten) {
      entry.inbox = this.raw.inbox;
      any = true;
    } else if (this.raw.inbox.length > this.inboxSaved) {
      entry.inboxAppend = this.raw.inbox.slice(this.inboxSaved);
      any = true;
    }
    if (this.metaDirty && this.raw.signingKey) {
      entry.signingKey = this.raw.signingKey;
      any = true;
    }
    this.forget();
    if (!any) return;
    this.journalFile.append(`${JSON.stringify(entry)}\n`);
  }

  /** Folds the journal into a new snapshot (also on close, so a stopped pool is one file). */
  compact(): void {
    if (!this.file || !this.dir || !this.journalFile) return;
    this.writePending();
    const text = JSON.stringify(this.raw);
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      if (existsSync(this.file)) renameSync(this.file, `${this.file}.prev`);
      renameSync(temp, this.file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    syncDirectory(this.dir);
    // A crash before this truncation replays the journal over a snapshot that already holds
    // it: harmless, as each line sets whole records.
    this.journalFile.truncate();
    this.snapshotBytes = Buffer.byteLength(text);
  }

  /** Waits for the journal's last sync, folds it into the snapshot and closes it. */
  async close(): Promise<void> {
    const journal = this.journalFile;
    if (!journal) return;
    this.writePending();
    await journal.settle();
    this.compact();
    journal.close();
    this.journalFile = undefined;
  }

  private forget(): void {
    this.dirty.clear();
    this.inboxSaved = this.raw.inbox.length;
    this.inboxRewritten = false;
    this.metaDirty = false;
  }

  private track(): PoolState {
    const mark = (collection: string, key: string) => {
      const c = collection as Collection;
      let keys = this.dirty.get(c);
      if (!keys) this.dirty.set(c, (keys = new Set()));
      keys.add(key);
      this.indexes.touched(collection, key);
    };
    const tracked = {
      users: trackCollection('users', this.raw.users, mark),
      codes: trackCollection('codes', this.raw.codes, mark),
      signIns: trackCollection('signIns', this.raw.signIns, mark),
      identities: trackCollection('identities', this.raw.identities, mark),
      groups: trackCollection('groups', this.raw.groups, mark),
      inbox: trackList(this.raw.inbox, () => {}, () => (this.inboxRewritten = true)),
    };
    return new Proxy(this.raw, {
      get: (target, property) =>
        Object.hasOwn(tracked, property) ? tracked[property as keyof typeof tracked] : Reflect.get(target, property),
      set: (target, property, value) => {
        if (property !== 'signingKey') throw new Error(`the dev pool's state.${String(property)} is not replaced, only changed`);
        this.metaDirty = true;
        return Reflect.set(target, property, value);
      },
    });
  }

  private removeTemporaryFiles(): void {
    const prefix = `${basename(this.file!)}.`;
    for (const name of readdirSync(this.dir!)) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(this.dir!, name), { force: true });
    }
  }

  private load(log: (line: string) => void): PoolState {
    if (!this.file) return emptyState();
    const state = this.loadSnapshot(log);
    this.snapshotBytes = existsSync(this.file) ? Buffer.byteLength(readFileSync(this.file)) : 0;
    this.replayJournal(state, log);
    return state;
  }

  private loadSnapshot(log: (line: string) => void): PoolState {
    const file = this.file!;
    const previous = `${file}.prev`;
    // Only .prev exists when a crash fell between the two renames of compact().
    const main = existsSync(file) ? file : existsSync(previous) ? previous : undefined;
    if (!main) return emptyState();
    try {
      return this.parse(main);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (main === file && existsSync(previous)) {
        let state: PoolState;
        try {
          state = this.parse(previous);
        } catch {
          throw new StateFileError(`cannot read the state file ${file} (${reason}), nor its previous copy ${previous}; move them away to start empty`);
        }
        const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(file, aside);
        log(`dev pool: ${file} is damaged (${reason}); it was kept as ${aside} and the pool started from the last good copy, ${previous}`);
        return state;
      }
      throw new StateFileError(`cannot read the state file ${main} (${reason}); fix it or move it away to start empty`);
    }
  }

  /** Applies each journal line; a torn last line (a write never answered) is set aside. */
  private replayJournal(state: PoolState, log: (line: string) => void): void {
    const journal = this.journal!;
    if (!existsSync(journal)) return;
    const text = readFileSync(journal, 'utf8');
    let offset = 0;
    let applied = 0;
    while (offset < text.length) {
      const end = text.indexOf('\n', offset);
      const line = text.slice(offset, end === -1 ? text.length : end);
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch (error) {
        if (end !== -1) {
          throw new StateFileError(`cannot read the journal ${journal} at byte ${offset} (${error instanceof Error ? error.message : String(error)}); fix it or move it away`);
        }
        const aside = `${journal}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        writeFileSync(aside, line);
        const fd = openSync(journal, 'r+');
        ftruncateSync(fd, Buffer.byteLength(text.slice(0, offset)));
        fsyncSync(fd);
        closeSync(fd);
        log(`dev pool: the last line of ${journal} was cut short by a crash (a write never answered); it was kept as ${aside}`);
        break;
      }
      applyEntry(state, entry);
      applied++;
      offset = end === -1 ? text.length : end + 1;
    }
    this.journalBytes = Buffer.byteLength(text.slice(0, offset));
    void applied;
  }

  private parse(path: string): PoolState {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<PoolState>;
    if (parsed === null || typeof parsed !== 'object' || parsed.version !== 1) {
      throw new Error(`unknown dev pool state version ${String(parsed?.version)}`);
    }
    const users = dict(parsed.users);
    for (const user of Object.values(users)) reviveUser(user);
    return {
      ...emptyState(),
      ...parsed,
      users,
      codes: dict(parsed.codes),
      signIns: dict(parsed.signIns),
      identities: dict(parsed.identities),
      groups: dict(parsed.groups),
    };
  }
}

function reviveUser(user: UserRecord): void {
  user.attributes = dict(user.attributes);
  user.devices = dict(user.devices);
}

function applyEntry(state: PoolState, entry: JournalEntry): void {
  for (const collection of COLLECTIONS) {
    const records = entry[collection];
    if (!records) continue;
    const target = state[collection] as Record<string, unknown>;
    for (const [key, record] of Object.entries(records)) {
      if (record === null) {
        delete target[key];
        continue;
      }
      if (collection === 'users') reviveUser(record as UserRecord);
      Object.defineProperty(target, key, { value: record, writable: true, enumerable: true, configurable: true });
    }
  }
  if (entry.inbox) state.inbox = entry.inbox;
  if (entry.inboxAppend) state.inbox.push(...entry.inboxAppend);
  if (entry.signingKey) state.signingKey = entry.signingKey;
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems (and Windows) cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
