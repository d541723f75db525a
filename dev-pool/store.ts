/**
 * Everything the pool remembers, in one JSON document. With a data directory it is loaded at
 * start and written after every change as a temp file renamed over the old one, so a crash
 * or Ctrl-C mid-write never leaves a half-written file behind. Without one it lives in memory.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const emptyState = (): PoolState => ({ version: 1, users: {}, codes: {}, signIns: {}, inbox: [], identities: {} });

export class Store {
  readonly state: PoolState;
  private readonly file: string | undefined;

  constructor(dataDir?: string) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.file = join(dataDir, 'dev-pool-state.json');
    }
    this.state = this.load();
  }

  get persistent(): boolean {
    return this.file !== undefined;
  }

  save(): void {
    if (!this.file) return;
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state, null, 2));
    renameSync(temp, this.file);
  }

  private load(): PoolState {
    if (!this.file) return emptyState();
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<PoolState>;
    if (parsed.version !== 1) throw new Error(`${this.file}: unknown dev pool state version ${String(parsed.version)}`);
    return { ...emptyState(), ...parsed };
  }
}
