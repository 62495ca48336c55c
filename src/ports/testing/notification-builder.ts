import type { Notification } from '../../domain/notification/notification';

/**
 * A status notification for store and outbox tests; `key` names it, `createdAt` is when it
 * falls due. Invented ids only.
 */
export function testNotification(
  key: string,
  overrides: { userId?: string; createdAt?: string; observationId?: string } = {},
): Notification {
  const at = overrides.createdAt ?? '2026-02-02T09:00:00.000Z';
  return {
    key,
    recipient: { kind: 'user', userId: overrides.userId ?? 'user-reporter' },
    createdAt: at,
    kind: 'status_changed',
    data: {
      observationId: overrides.observationId ?? 'obs-0001',
      excerpt: 'Vuokrat nousevat.',
      from: 'received',
      to: 'in_review',
      feedback: 'Otettu käsittelyyn',
      returnReason: null,
      actorName: 'Sami Esihenkilö',
      at,
    },
  };
}
