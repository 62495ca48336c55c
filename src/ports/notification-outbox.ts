import type { Notification, Recipient } from '../domain/notification/notification';

/** Where a notification stands on its way out. */
export const DELIVERY_STATES = ['pending', 'delivered', 'not_installed', 'dead'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export type OutboxEntry = {
  readonly notification: Notification;
  readonly state: DeliveryState;
  /** Send attempts that came to an answer (delivered, retry, dead). */
  readonly attempts: number;
  /** When a pending entry may next be tried (ISO instant). */
  readonly dueAt: string;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
};

/** A lease as its holder knows it: the entry, and the instant its claim or last renewal ends it. */
export type HeldLease = { readonly key: string; readonly until: Date };

/**
 * The outbox: notifications are written in the same transaction as the change they tell
 * of (see ObservationStore.create/transition), and a worker delivers them from here.
 * Every store passes `notification-outbox.contract.ts`.
 *
 * Each key is kept once, whatever happens to it later: that is what makes a notification go
 * out once even when the event that caused it is replayed. The `mark…` calls change only a
 * pending entry, so a worker whose lease ran out cannot undo what another one recorded.
 */
export interface NotificationOutbox {
  /**
   * Adds notifications not tied to an observation write (digest, reminder), due at their
   * `createdAt`; a known key is ignored (also one delivered long ago).
   */
  enqueue(notifications: readonly Notification[]): Promise<void>;
  /**
   * Pending entries due at `now` and not leased, oldest due first, leased to the caller until
   * `now + leaseMs`: nobody claims them again before the lease ends. A worker that dies
   * (kill -9) leaves its entries leased; they are claimed again once the lease has run out.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<readonly OutboxEntry[]>;
  /**
   * Extends to `until` the leases the caller still holds, so that a short lease can cover a
   * long wait (Teams' rate limits) while the holder lives. An entry is renewed only if it is
   * pending and its lease still ends at the `until` the caller knows: nobody has claimed it
   * since, and it was not marked. (A lease that ran out but that nobody took is still the
   * caller's, and is renewed.) Returns the keys renewed; the others are no longer the
   * caller's to send.
   */
  renewLeases(held: readonly HeldLease[], until: Date): Promise<readonly string[]>;
  /** Counts the attempt; ends the lease. */
  markDelivered(key: string, at: Date): Promise<void>;
  /** Another try at `dueAt`, counting the attempt; ends the lease. */
  markRetry(key: string, dueAt: Date, error: string): Promise<void>;
  /** The recipient has not installed the app (no conversation): kept, shown to admins. */
  markNotInstalled(key: string, at: Date): Promise<void>;
  /** Gave up, counting the attempt: kept on the dead-letter list for an admin. */
  markDead(key: string, error: string, at: Date): Promise<void>;
  /** Pending: due first; the others: most recently changed first. */
  list(state: DeliveryState, limit: number): Promise<readonly OutboxEntry[]>;
  /**
   * An admin's retry of a dead or not-installed entry: pending again, due now, attempts back
   * to 0. False if the key is unknown or the entry is pending or delivered (a delivered
   * notification is never sent twice).
   */
  requeue(key: string, now: Date): Promise<boolean>;
  /**
   * The recipient has installed the app (again): what waited for them is pending again, due
   * now, so that no reporter misses the answer that came before they installed. The count.
   */
  requeueNotInstalled(recipient: Recipient, now: Date): Promise<number>;
}
