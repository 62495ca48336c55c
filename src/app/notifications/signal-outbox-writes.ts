import type {
  EnrichmentStore,
  MessageStore,
  NotificationOutbox,
  ObservationStore,
  ProposalStore,
  ReportStore,
} from '../../ports';

type Stores = {
  readonly observations: ObservationStore;
  readonly outbox: NotificationOutbox;
  readonly proposals: ProposalStore;
  readonly enrichments: EnrichmentStore;
  readonly reports: ReportStore;
  readonly messages: MessageStore;
};

/**
 * The stores as the app uses them, calling `onWrite` after each write that put a notification
 * in the outbox (a filing, a move, a proposal decided, an enrichment request, a publication, a digest, a retry), so that this process's delivery worker
 * sends it at once instead of at its next poll. Polling can then be slow, which matters on
 * SharePoint, where every poll is a Graph request.
 */
export function signalOutboxWrites(stores: Stores, onWrite: () => void): Stores {
  const { observations, outbox, proposals, enrichments, reports, messages } = stores;
  return {
    messages: {
      ...messages,
      async add(message, notifications) {
        await messages.add(message, notifications);
        if (notifications.length > 0) onWrite();
      },
    },
    reports: {
      ...reports,
      async save(next, expectedVersion, notifications) {
        const outcome = await reports.save(next, expectedVersion, notifications);
        if (outcome.kind === 'ok' && notifications.length > 0) onWrite();
        return outcome;
      },
    },
    enrichments: {
      ...enrichments,
      async create(enrichment, notifications) {
        const created = await enrichments.create(enrichment, notifications);
        if (notifications.length > 0) onWrite();
        return created;
      },
      async save(next, expectedVersion, notifications) {
        const outcome = await enrichments.save(next, expectedVersion, notifications);
        if (outcome.kind === 'ok' && notifications.length > 0) onWrite();
        return outcome;
      },
    },
    proposals: {
      ...proposals,
      async save(next, expectedVersion, entry, notifications) {
        const outcome = await proposals.save(next, expectedVersion, entry, notifications);
        if (outcome.kind === 'ok' && notifications.length > 0) onWrite();
        return outcome;
      },
    },
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
      async amend(id, edit, entry, expectedVersion, notifications) {
        const outcome = await observations.amend(id, edit, entry, expectedVersion, notifications);
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
