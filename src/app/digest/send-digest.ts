import {
  digestFor,
  digestKey,
  digestNotification,
  manualDigestKey,
} from '../../domain/notification/digest';
import {
  digestDueOn,
  localDateString,
  meetingBefore,
  meetingOnOrAfter,
} from '../../domain/notification/meeting-schedule';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import { forbidden, notFound, type AppError } from '../app-error';
import { observationsSince } from './collect-observations';
import { canSendDigest, type DigestDeps } from './digest-deps';

/** What was put in the outbox: the tab shows it, the scheduler logs it. */
export type DigestSent = {
  readonly key: string;
  readonly meetingDate: string;
  readonly since: string;
  readonly total: number;
  readonly listed: number;
};

async function enqueueDigest(
  deps: DigestDeps,
  meetingDate: string,
  key: string,
): Promise<DigestSent> {
  // A meeting date exists, so the rhythm has months and a meeting before it exists too.
  const since = meetingBefore(deps.county, meetingDate) ?? meetingDate;
  const observations = await observationsSince(deps.store, since);
  const data = digestFor(observations, { meetingDate, since, county: deps.county });
  await deps.outbox.enqueue([digestNotification(data, key, deps.clock.now())]);
  return { key, meetingDate, since, total: data.total, listed: data.items.length };
}

/**
 * `POST /api/digest`: the coordinator (or an admin) posts the digest for the next meeting
 * now. Its key is per meeting and day, so the scheduled digest still goes as planned.
 * Null meeting (no meeting months configured) → not_found.
 */
export async function sendDigestNow(
  deps: DigestDeps,
  actor: Actor,
): Promise<Result<DigestSent, AppError>> {
  if (!canSendDigest(actor)) return forbidden();
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  const meetingDate = meetingOnOrAfter(deps.county, today);
  if (meetingDate === null) return notFound();
  return ok(await enqueueDigest(deps, meetingDate, manualDigestKey(meetingDate, today)));
}

/**
 * The scheduler's daily question: is today `daysBefore` days before a meeting? Then the
 * digest goes, once per meeting whatever restarts or second instances do (stable key).
 */
export async function sendDueDigest(
  deps: DigestDeps,
  daysBefore: number,
): Promise<DigestSent | null> {
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  const meetingDate = digestDueOn(deps.county, today, daysBefore);
  if (meetingDate === null) return null;
  return enqueueDigest(deps, meetingDate, digestKey(meetingDate));
}
