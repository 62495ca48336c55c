import {
  sendDueDigest,
  sendDueReminders,
  type DigestDeps,
  type DigestSent,
  type DigestSettings,
  type RemindersSent,
} from '../../app/digest';
import { sendEnrichmentReminders } from '../../app/enrichments';
import { applyRetention, describeRetention, type RetentionOutcome } from '../../app/retention';

/** The local hour the daily run happens at (Europe/Helsinki for every preset). */
export const DAILY_HOUR = 8;

export type DailyOutcome = {
  readonly digest: DigestSent | null;
  readonly reminders: RemindersSent;
  /** Reminders of enrichment requests due within three days. */
  readonly enrichmentReminders: number;
  /** What retention did (issue 13), after the notifications. */
  readonly retention: RetentionOutcome;
};

/**
 * One day's work: the digest if a meeting is `daysBefore` days away, the reminders, the
 * reminders of enrichment requests soon due, and retention (src/app/retention).
 * Both have stable keys, so running it twice the same day (a restart, a catch-up, a second
 * instance) enqueues nothing new.
 */
export async function runDaily(deps: DigestDeps, settings: DigestSettings): Promise<DailyOutcome> {
  const digest = await sendDueDigest(deps, settings.daysBefore);
  const reminders = await sendDueReminders(deps, settings.reminderDays, settings.escalationDays);
  const enrichmentReminders = await sendEnrichmentReminders(deps);
  // Last: a store that fails here has already taken the day's notifications.
  const retention = await applyRetention(deps);
  return { digest, reminders, enrichmentReminders, retention };
}

/**
 * A process that starts after today's run time has missed it: run at start then. Before
 * that hour it waits, so that nobody gets a reminder at three in the morning.
 */
export function missedTodaysRun(now: Date, timeZone: string, hour: number = DAILY_HOUR): boolean {
  const localHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now),
  );
  return localHour >= hour;
}

/** One line for the operator's log. */
export function describeDaily(outcome: DailyOutcome): string {
  const digest =
    outcome.digest === null
      ? 'no digest due'
      : `digest for ${outcome.digest.meetingDate} (${outcome.digest.total} observations)`;
  return (
    `RAKE daily notifications: ${digest}, ${outcome.reminders.keys.length} reminder(s), ` +
    `${outcome.enrichmentReminders} enrichment reminder(s)` +
    // Retention speaks only on the days it did something.
    (outcome.retention.done > 0 ? `; ${describeRetention(outcome.retention)}` : '')
  );
}
