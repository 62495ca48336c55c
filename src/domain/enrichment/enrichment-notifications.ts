import type { Notification } from '../notification/notification';
import type { Enrichment } from './enrichment';

/** One notification of the request per person; `keyOf` names the event, `at` its time. */
function asked(
  enrichment: Enrichment,
  userIds: readonly string[],
  reminder: boolean,
  keyOf: (userId: string) => string,
  at: string,
): Notification[] {
  return userIds.map((userId) => ({
    key: keyOf(userId),
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
      reminder,
    },
  }));
}

/**
 * Tells the area's supervisors and the people named that the RAKE group asks them to enrich
 * observations. Each person once per request (the key names the request and the person).
 */
export function enrichmentRequestedNotifications(
  enrichment: Enrichment,
  recipientIds: readonly string[],
): Notification[] {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== enrichment.requestedBy);
  return asked(
    enrichment,
    recipients,
    false,
    (userId) => `enrichment_requested:${enrichment.id}:${userId}`,
    enrichment.createdAt,
  );
}

/** A reminder before the due date to those who have not answered (the key names the day). */
export function enrichmentReminderNotifications(
  enrichment: Enrichment,
  recipientIds: readonly string[],
  today: string,
  at: string,
): Notification[] {
  const answered = new Set(enrichment.answers.map((answer) => answer.authorId));
  const recipients = [...new Set(recipientIds)].filter((id) => !answered.has(id));
  return asked(
    enrichment,
    recipients,
    true,
    (userId) => `enrichment_reminder:${enrichment.id}:${userId}:${today}`,
    at,
  );
}
