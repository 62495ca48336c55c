import type { Notification } from '../../../domain/notification/notification';
import type { DeliveryState, NotificationOutbox, OutboxEntry } from '../../../ports';

/**
 * A NotificationOutbox in memory for use-case and HTTP tests of the digest: keeps each key
 * once and lets a test put an entry in any state. Not for production (nothing survives).
 */
export type MemoryOutbox = NotificationOutbox & {
  readonly entries: Map<string, OutboxEntry>;
  /** Puts an entry straight into a state, as the delivery worker would have. */
  put(notification: Notification, state: DeliveryState, lastError?: string | null): void;
};

export function memoryOutbox(): MemoryOutbox {
  const entries = new Map<string, OutboxEntry>();
  const update = (key: string, change: Partial<OutboxEntry>): void => {
    const entry = entries.get(key);
    if (entry !== undefined) entries.set(key, { ...entry, ...change });
  };
  const put: MemoryOutbox['put'] = (notification, state, lastError = null) => {
    entries.set(notification.key, {
      notification,
      state,
      attempts: state === 'pending' ? 0 : 1,
      dueAt: notification.createdAt,
      lastError,
      deliveredAt: null,
    });
  };
  return {
    entries,
    put,
    async enqueue(notifications) {
      for (const n of notifications) if (!entries.has(n.key)) put(n, 'pending');
    },
    async claimDue(now, limit) {
      return [...entries.values()]
        .filter((e) => e.state === 'pending' && e.dueAt <= now.toISOString())
        .slice(0, limit);
    },
    async markDelivered(key, at) {
      update(key, { state: 'delivered', deliveredAt: at.toISOString() });
    },
    async markRetry(key, dueAt, error) {
      const attempts = (entries.get(key)?.attempts ?? 0) + 1;
      update(key, { dueAt: dueAt.toISOString(), lastError: error, attempts });
    },
    async markNotInstalled(key) {
      update(key, { state: 'not_installed' });
    },
    async markDead(key, error) {
      update(key, { state: 'dead', lastError: error });
    },
    async list(state, limit) {
      return [...entries.values()].filter((e) => e.state === state).slice(0, limit);
    },
    async requeue(key, now) {
      const entry = entries.get(key);
      if (entry === undefined || entry.state === 'delivered' || entry.state === 'pending') {
        return false;
      }
      update(key, { state: 'pending', dueAt: now.toISOString() });
      return true;
    },
    async requeueNotInstalled(recipient, now) {
      const waiting = [...entries.values()].filter(
        (e) =>
          e.state === 'not_installed' &&
          JSON.stringify(e.notification.recipient) === JSON.stringify(recipient),
      );
      for (const e of waiting) {
        update(e.notification.key, { state: 'pending', dueAt: now.toISOString() });
      }
      return waiting.length;
    },
  };
}
