import type { Notification } from '../notification/notification';
import type { Enrichment } from './enrichment';

/**
 * Tells the area's supervisors and the people named that the RAKE group asks them to enrich
 * observations. Each person once per request (the key names the request and the person).
 */
export function enrichmentRequestedNotifications(
  enrichment: Enrichment,
  recipientIds: readonly string[],
): Notification[] {
  return [...new Set(recipientIds)]
    .filter((id) => id !== enrichment.requestedBy)
    .map((userId) => ({
      key: `enrichment_requested:${enrichment.id}:${userId}`,
      recipient: { kind: 'user', userId },
      createdAt: enrichment.createdAt,
      kind: 'enrichment_requested',
      data: {
        enrichmentId: enrichment.id,
        serviceArea: enrichment.serviceArea,
        question: enrichment.question,
        dueDate: enrichment.dueDate,
        observationCount: enrichment.observationIds.length,
        requestedByName: enrichment.requestedByName,
        reminder: false,
      },
    }));
}

/** A reminder before the due date to those who have not answered (the key names the day). */
export function enrichmentReminderNotifications(
  enrichment: Enrichment,
  recipientIds: readonly string[],
  today: string,
  at: string,
): Notification[] {
  const answered = new Set(enrichment.answers.map((answer) => answer.authorId));
  return [...new Set(recipientIds)]
    .filter((id) => !answered.has(id))
    .map((userId) => ({
      key: `enrichment_reminder:${enrichment.id}:${userId}:${today}`,
      recipient: { kind: 'user', userId },
      createdAt: at,
      kind: 'enrichment_requested',
      data: {
        enrichmentId: enrichment.id,
        serviceArea: enrichment.serviceArea,
        question: enrichment.question,
        dueDate: enrichment.dueDate,
        observationCount: enrichment.observationIds.length,
        requestedByName: enrichment.requestedByName,
        reminder: true,
      },
    }));
}
