import { isOpenEnrichment } from '../../domain/enrichment/enrichment';
import { enrichmentReminderNotifications } from '../../domain/enrichment/enrichment-notifications';
import { addDays, localDateString } from '../../domain/notification/meeting-schedule';
import type { AppDeps } from '../app-deps';
import type { NotificationOutbox } from '../../ports';
import { enrichmentRecipients } from './request-enrichment';

/** How many days before its due date an open request is reminded of. */
export const ENRICHMENT_REMINDER_DAYS = 3;

/**
 * The daily run: every open request due within three days (or today) reminds those asked who
 * have not answered. One reminder per person and day (the key names the day).
 */
export async function sendEnrichmentReminders(
  deps: Pick<AppDeps, 'enrichments' | 'staff' | 'county' | 'clock'> & {
    readonly outbox: NotificationOutbox;
  },
): Promise<number> {
  const now = deps.clock.now();
  const today = localDateString(now, deps.county.timeZone);
  const horizon = addDays(today, ENRICHMENT_REMINDER_DAYS);
  const due = (await deps.enrichments.list()).filter(
    (e) => isOpenEnrichment(e) && e.dueDate >= today && e.dueDate <= horizon,
  );
  let sent = 0;
  for (const enrichment of due) {
    const notes = enrichmentReminderNotifications(
      enrichment,
      await enrichmentRecipients(deps, enrichment),
      today,
      now.toISOString(),
    );
    await deps.outbox.enqueue(notes);
    sent += notes.length;
  }
  return sent;
}
