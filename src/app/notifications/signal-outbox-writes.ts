import type { NotificationOutbox, ObservationStore } from '../../ports';

type Stores = { readonly observations: ObservationStore; readonly outbox: NotificationOutbox };

/**
 * The stores as the app uses them, calling `onWrite` after each write that put a notification
 * in the outbox (a filing, a move, a digest, a retry), so that this process's delivery worker
 * sends it at once instead of at its next poll. Polling can then be slow, which matters on
 * SharePoint, where every poll is a Graph request.
 */
export function signalOutboxWrites(stores: Stores, onWrite: () => void): Stores {
  const { observations, outbox } = stores;
  return {
    observations: {
      ...observations,
      async create(observation, filed, key, notifications) {
        const outcome = await observations.create(observation, filed, key, notifications);
        if (outcome.created && notifications.length > 0) onWrite();
        return outcome;
      },
      async transition(id, entry, expectedVersion, notifications) {
        const outcome = await observations.transition(id, entry, expectedVersion, notifications);
        if (outcome.kind === 'ok' && notifications.length > 0) onWrite();
        return outcome;
      },
    },
    outbox: {
      ...outbox,
      async enqueue(notifications) {
        await outbox.enqueue(notifications);
        if (notifications.length > 0) onWrite();
      },
      async requeue(key, now) {
        const requeued = await outbox.requeue(key, now);
        if (requeued) onWrite();
        return requeued;
      },
      async requeueNotInstalled(recipient, now) {
        const count = await outbox.requeueNotInstalled(recipient, now);
        if (count > 0) onWrite();
        return count;
      },
    },
  };
}
