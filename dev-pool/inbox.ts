/**
 * Every e-mail and SMS the pool "sends". Nothing leaves the machine: the CLI prints each
 * message and tests read them from GET /_dev/inbox or DevPool.inbox().
 */
import type { Store } from './store.js';
import type { MessageKind, InboxMessage } from './records.js';

export type { MessageKind, InboxMessage };

export class Inbox {
  constructor(
    private readonly store: Store,
    private readonly log: (line: string) => void,
  ) {}

  send(message: Omit<InboxMessage, 'sentAt'>): InboxMessage {
    const sent = { ...message, sentAt: new Date().toISOString() };
    this.store.state.inbox.push(sent);
    const what = sent.kind === 'TEMPORARY_PASSWORD' ? 'temporary password' : `${sent.kind} code`;
    this.log(`${what} ${sent.code} for ${sent.username} -> ${sent.medium} ${sent.destination}`);
    return sent;
  }

  list(): InboxMessage[] {
    return this.store.state.inbox.map((m) => ({ ...m }));
  }

  /** Settles once the emptied inbox is on disk. */
  clear(): Promise<void> {
    this.store.state.inbox.length = 0;
    return this.store.save();
  }
}
