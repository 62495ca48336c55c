import { recipientKey, type Notification } from '../../domain/notification/notification';
import { deleteCreated, type ChainStep } from './chained-write';
import type { Fields } from './sharepoint-lists';

/**
 * A notification as a new, pending Outbox item. The observation store writes these in the
 * same `$batch` chain as the change they tell of; the outbox writes them for digests.
 */
export function newOutboxFields(note: Notification): Fields {
  return {
    NotificationKey: note.key,
    State: 'pending',
    DueAt: note.createdAt,
    Recipient: recipientKey(note.recipient),
    ChangedAt: note.createdAt,
    LeaseUntil: '',
    Attempts: 0,
    LastError: '',
    DeliveredAt: '',
    Kind: note.kind,
    Payload: JSON.stringify(note),
  };
}

/**
 * The notifications of a change as the last steps of its chain: each a new Outbox item,
 * deleted again if the chain fails; a key the outbox already holds (409) counts as written.
 */
export function outboxSteps(notifications: readonly Notification[]): ChainStep[] {
  return notifications.map((note) => ({
    request: { op: 'create', list: 'outbox', fields: newOutboxFields(note) },
    undo: deleteCreated('outbox'),
    conflictMeansDone: true,
  }));
}
