/**
 * Every e-mail and SMS the pool "sends". Nothing leaves the machine: the CLI prints each
 * message and tests read them from GET /_dev/inbox or DevPool.inbox().
 */
import type { Store } from './store.js';

export type MessageKind =
  | 'CONFIRM_SIGN_UP'
  | 'FORGOT_PASSWORD'
  | 'VERIFY_ATTRIBUTE'
  | 'MFA'
  /** A USER_AUTH first-factor code (EMAIL_OTP or SMS_OTP chosen to sign in with). */
  | 'SIGN_IN'
  | 'CUSTOM_CHALLENGE'
  | 'TEMPORARY_PASSWORD';

export interface InboxMessage {
  /** Cognito's user name (a UUID in pools that sign in with e-mail or phone). */
  username: string;
  /** The unmasked e-mail address or phone number. */
  destination: string;
  medium: 'EMAIL' | 'SMS';
  kind: MessageKind;
  /** The one-time code, or the temporary password for TEMPORARY_PASSWORD. */
  code: string;
  /** ISO 8601. */
  sentAt: string;
}

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
