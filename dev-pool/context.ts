import type { PoolConfig, ClientConfig } from './config.js';
import type { Store } from './store.js';
import type { Inbox } from './inbox.js';
import type { TokenSigner } from './tokens.js';
import type { ChallengeSessions } from './sessions.js';

/** What every operation gets: the pool's configuration and its state. */
export interface PoolContext {
  config: PoolConfig;
  store: Store;
  inbox: Inbox;
  signer: TokenSigner;
  sessions: ChallengeSessions;
  /** Base URL with trailing slash, e.g. http://127.0.0.1:9229/ */
  endpoint: string;
  log: (line: string) => void;
}

export type Json = Record<string, unknown>;

export type { ClientConfig };
