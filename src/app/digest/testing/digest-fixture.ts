import type { Notification } from '../../../domain/notification/notification';
import {
  DELIVERY_STATES,
  type ConversationAddress,
  type NotificationOutbox,
  type OutboxEntry,
} from '../../../ports';

/**
 * Test helpers for the digest that go through the ports only, so that they work on any store
 * (the specs use the SQLite one on ':memory:'). No second implementation of a port here.
 */

/** A stored team channel reference as the bot would keep it (invented ids). */
export function teamAddress(conversationId: string, name?: string): ConversationAddress {
  return {
    reference: {
      conversation: { id: conversationId, ...(name === undefined ? {} : { name }) },
      serviceUrl: 'https://smba.example.invalid/emea/',
    },
    locale: 'fi-FI',
    updatedAt: '2026-01-15T09:00:00.000Z',
  };
}

/**
 * Enqueues a notification and records the outcome the delivery worker would have, at the
 * notification's `createdAt`. Marks change only a pending entry, so nothing is claimed first:
 * other pending entries keep no lease.
 */
export async function settleDelivery(
  outbox: NotificationOutbox,
  notification: Notification,
  outcome: { state: 'delivered' } | { state: 'not_installed' } | { state: 'dead'; error: string },
): Promise<void> {
  await outbox.enqueue([notification]);
  const at = new Date(notification.createdAt);
  if (outcome.state === 'delivered') await outbox.markDelivered(notification.key, at);
  else if (outcome.state === 'not_installed') await outbox.markNotInstalled(notification.key, at);
  else await outbox.markDead(notification.key, outcome.error, at);
}

/** Every entry in the outbox, whatever its state (pending first, in the port's order). */
export async function outboxEntries(outbox: NotificationOutbox): Promise<OutboxEntry[]> {
  const lists = await Promise.all(DELIVERY_STATES.map((state) => outbox.list(state, 1000)));
  return lists.flat();
}

/** The entry of one key, or undefined. */
export async function outboxEntry(
  outbox: NotificationOutbox,
  key: string,
): Promise<OutboxEntry | undefined> {
  return (await outboxEntries(outbox)).find((e) => e.notification.key === key);
}
