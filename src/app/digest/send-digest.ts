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
import type { DigestData } from '../../domain/notification/notification';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import { forbidden, notFound, type AppError } from '../app-error';
import { observationsSince } from './collect-observations';
import { canSendDigest, type DigestDeps } from './digest-deps';
import { rakeChannelView } from './rake-channel';

/** What was put in the outbox: the tab shows it, the scheduler logs it. */
export type DigestSent = {
  readonly key: string;
  readonly meetingDate: string;
  readonly since: string;
  readonly total: number;
  readonly listed: number;
  /**
   * The RAKE channel it goes to; null while the app is in no team: then it waits in the
   * outbox until the bot is added to the RAKE team, and the coordinator must be told so.
   */
  readonly channel: string | null;
};

/** The digest as it would go now, without sending it: for the coordinator to look at first. */
export type DigestPreview = {
  readonly data: DigestData;
  readonly channel: string | null;
};

/** The digest for the meeting on `meetingDate`: the observations since the meeting before. */
async function digestOf(deps: DigestDeps, meetingDate: string): Promise<DigestData> {
  // A meeting date exists, so the rhythm has months and a meeting before it exists too.
  const since = meetingBefore(deps.county, meetingDate) ?? meetingDate;
  const observations = await observationsSince(deps.store, since);
  return digestFor(observations, { meetingDate, since, county: deps.county });
}

async function rakeChannelName(deps: DigestDeps): Promise<string | null> {
  return (await rakeChannelView(deps)).current?.name ?? null;
}

async function enqueueDigest(
  deps: DigestDeps,
  meetingDate: string,
  key: string,
): Promise<DigestSent> {
  const [data, channel] = await Promise.all([digestOf(deps, meetingDate), rakeChannelName(deps)]);
  await deps.outbox.enqueue([digestNotification(data, key, deps.clock.now())]);
  const { since, total } = data;
  return { key, meetingDate, since, total, listed: data.items.length, channel };
}

/** The next meeting's date as the coordinator sees it today; null without meetings. */
function nextMeeting(deps: DigestDeps): string | null {
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  return meetingOnOrAfter(deps.county, today);
}

/**
 * `GET /api/digest/preview`: what `POST /api/digest` would send now, and where. Nothing is
 * written. Null meeting (no meeting months configured) → not_found.
 */
export async function previewDigest(
  deps: DigestDeps,
  actor: Actor,
): Promise<Result<DigestPreview, AppError>> {
  if (!canSendDigest(actor)) return forbidden();
  const meetingDate = nextMeeting(deps);
  if (meetingDate === null) return notFound();
  const [data, channel] = await Promise.all([digestOf(deps, meetingDate), rakeChannelName(deps)]);
  return ok({ data, channel });
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
  const meetingDate = nextMeeting(deps);
  if (meetingDate === null) return notFound();
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
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
