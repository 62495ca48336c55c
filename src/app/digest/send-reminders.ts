import { remindersFor } from '../../domain/notification/reminder';
import { isoWeekday, localDateString } from '../../domain/notification/meeting-schedule';
import { observationsAwaitingSupervisor } from './collect-observations';
import type { DigestDeps } from './digest-deps';

/** What the daily run put in the outbox: one key per reminded supervisor. */
export type RemindersSent = { readonly keys: readonly string[] };

/**
 * Reminds each responsible supervisor of observations with no change for longer than
 * `waitingDays`, and the coordinators of those nobody answers for or that have waited for
 * their first feedback longer than `escalationDays`. On Saturdays and Sundays nothing goes: Monday's reminder says the same to
 * someone who is at work. A day's reminder to a person goes once (key per user and date).
 */
export async function sendDueReminders(
  deps: DigestDeps,
  waitingDays: number,
  escalationDays?: number,
): Promise<RemindersSent> {
  const now = deps.clock.now();
  const { timeZone, serviceAreas } = deps.county;
  if (isoWeekday(localDateString(now, timeZone)) >= 6) return { keys: [] };

  const waiting = await observationsAwaitingSupervisor(deps.store);
  if (waiting.length === 0) return { keys: [] };
  const areas = [
    ...new Set([...serviceAreas.map((a) => a.id), ...waiting.map((o) => o.serviceArea)]),
  ];
  const supervisors = new Map(
    await Promise.all(
      areas.map(
        async (area) => [area, (await deps.staff.supervisorsOf(area)).map((m) => m.id)] as const,
      ),
    ),
  );
  const coordinators = (await deps.staff.list())
    .filter((member) => member.roles.includes('rake_coordinator'))
    .map((member) => member.id);
  const reminders = remindersFor(waiting, {
    now,
    waitingDays,
    timeZone,
    supervisorsOf: (area) => supervisors.get(area) ?? [],
    coordinators,
    ...(escalationDays === undefined ? {} : { escalationDays }),
  });
  await deps.outbox.enqueue(reminders);
  return { keys: reminders.map((r) => r.key) };
}
