import type { ObservationMessage } from '../domain/message/observation-message';
import type { Notification } from '../domain/notification/notification';

/**
 * The message threads on observations (reporters' follow-up, issue 13). Implemented by the
 * SQLite store and the SharePoint store; both pass `src/ports/message-store.contract.ts`.
 */
export interface MessageStore {
  /**
   * Stores the message and writes its notifications to the outbox atomically. A message id
   * already taken rejects and writes nothing.
   */
  add(message: ObservationMessage, notifications: readonly Notification[]): Promise<void>;
  /** The observation's thread, oldest first (by `at`, then in the order added). */
  list(observationId: string): Promise<readonly ObservationMessage[]>;
  /**
   * Every message one person wrote, on any observation, oldest first: for a staff member's
   * download of their own data.
   */
  listByAuthor(authorId: string): Promise<readonly ObservationMessage[]>;
}
