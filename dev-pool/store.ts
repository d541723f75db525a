/**
 * Everything the pool remembers, in one JSON document. With a data directory it is loaded at
 * start and written before each answer goes out (server.ts): a temp file, fsync'd, renamed over
 * the old one, and the directory fsync'd, so an answered write survives a SIGKILL or a power cut.
 * The copy before the last write is kept as `.prev`: a state file found damaged is set aside
 * (never overwritten) and the pool starts from that copy, saying so. Without a data directory
 * the state lives in memory.
 *
 * Every collection is a null-prototype object, so user names such as `constructor` or
 * `__proto__` are ordinary keys.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { UserRecord } from './users.js';
import type { CodeRecord } from './codes.js';
import type { SignInRecord } from './sign-ins.js';
import type { InboxMessage } from './inbox.js';
import type { SigningKey } from './tokens.js';
import type { IdentityRecord } from './identities.js';

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

const emptyState = (): PoolState => ({ version: 1, users: dict(), codes: dict(), signIns: dict(), inbox: [], identities: dict() });

/** A state file that cannot be used, named, in one line (the CLI prints it without its usage). */
export class StateFileError extends Error {}

export class Store {
  readonly state: PoolState;
  private readonly file: string | undefined;
  private readonly dir: string | undefined;
  private lastWritten: string | undefined;

  constructor(dataDir?: string, log: (line: string) => void = () => {}) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.dir = dataDir;
      this.file = join(dataDir, 'dev-pool-state.json');
      this.removeTemporaryFiles();
    }
    this.state = this.load(log);
  }

  get persistent(): boolean {
    return this.file !== undefined;
  }

  /** Writes the state if it changed; returns once it is on disk. */
  save(): void {
    if (!this.file || !this.dir) return;
    const text = JSON.stringify(this.state);
    if (text === this.lastWritten) return;
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
    this.lastWritten = text;
  }

  private removeTemporaryFiles(): void {
    const prefix = `${basename(this.file!)}.`;
    for (const name of readdirSync(this.dir!)) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(this.dir!, name), { force: true });
    }
  }

  private load(log: (line: string) => void): PoolState {
    if (!this.file) return emptyState();
    const file = this.file;
    const previous = `${file}.prev`;
    // Only .prev exists when a crash fell between the two renames of save().
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
        this.lastWritten = undefined;
        return state;
      }
      throw new StateFileError(`cannot read the state file ${main} (${reason}); fix it or move it away to start empty`);
    }
  }

  private parse(path: string): PoolState {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<PoolState>;
    if (parsed === null || typeof parsed !== 'object' || parsed.version !== 1) {
      throw new Error(`unknown dev pool state version ${String(parsed?.version)}`);
    }
    const users = dict(parsed.users);
    for (const user of Object.values(users)) {
      user.attributes = dict(user.attributes);
      user.devices = dict(user.devices);
    }
    return {
      ...emptyState(),
      ...parsed,
      users,
      codes: dict(parsed.codes),
      signIns: dict(parsed.signIns),
      identities: dict(parsed.identities),
    };
  }
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
