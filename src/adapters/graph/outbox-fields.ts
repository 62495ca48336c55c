import { recipientKey, type Notification } from '../../domain/notification/notification';
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
