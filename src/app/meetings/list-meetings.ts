import { scheduledMeetings } from '../../domain/meeting/scheduled-meetings';
import type { Meeting } from '../../domain/meeting/meeting';
import { localDateString } from '../../domain/notification/meeting-schedule';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, type AppError } from '../app-error';
import { canSeeMeetings } from './meeting-access';

type Deps = Pick<AppDeps, 'meetings' | 'county' | 'clock'>;

/**
 * The meetings on record, after making the ones the county's rhythm puts in last, this and
 * next year that are not there yet (by id: a moved meeting is not made again). The first
 * look of a year makes them; later looks only read.
 */
export async function ensureMeetings(deps: Deps): Promise<readonly Meeting[]> {
  const known = await deps.meetings.list();
  const year = Number(localDateString(deps.clock.now(), deps.county.timeZone).slice(0, 4));
  const ids = new Set(known.map((meeting) => meeting.id));
  const missing = scheduledMeetings(deps.county, [year - 1, year, year + 1]).filter(
    (scheduled) => !ids.has(scheduled.id),
  );
  if (missing.length === 0) return known;
  const at = deps.clock.now().toISOString();
  for (const { id, date } of missing) {
    await deps.meetings.create({
      id,
      date,
      title: '',
      scheduledFor: date,
      minutes: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  }
  return deps.meetings.list();
}

/** `GET /api/meetings`: every meeting by date, the rhythm's included. */
export async function listMeetings(
  deps: Deps,
  actor: Actor,
): Promise<Result<readonly Meeting[], AppError>> {
  if (!canSeeMeetings(actor)) return forbidden();
  return ok(await ensureMeetings(deps));
}
