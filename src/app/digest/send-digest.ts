import {
  digestFor,
  digestKey,
  digestNotification,
  manualDigestKey,
} from '../../domain/notification/digest';
import { addDays, localDateString } from '../../domain/notification/meeting-schedule';
import type { Meeting } from '../../domain/meeting/meeting';
import { agendaSince } from '../../domain/meeting/agenda';
import { ensureMeetings } from '../meetings/list-meetings';
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

/**
 * The meetings on record (the rhythm's, as the coordinator may have moved them, and those
 * added by hand): the digest goes before each as it stands, and links to its agenda.
 */
const meetingsOf = (deps: DigestDeps): Promise<readonly Meeting[]> => ensureMeetings(deps);

/** The digest for a meeting: the observations since the meeting before, as its agenda has. */
async function digestOf(
  deps: DigestDeps,
  meetings: readonly Meeting[],
  meeting: Meeting,
): Promise<DigestData> {
  const since = agendaSince(meetings, meeting) ?? meeting.date;
  const observations = await observationsSince(deps.store, since);
  return {
    ...digestFor(observations, { meetingDate: meeting.date, since, county: deps.county }),
    meetingId: meeting.id,
  };
}

async function rakeChannelName(deps: DigestDeps): Promise<string | null> {
  return (await rakeChannelView(deps)).current?.name ?? null;
}

async function enqueueDigest(
  deps: DigestDeps,
  meetings: readonly Meeting[],
  meeting: Meeting,
  key: string,
): Promise<DigestSent> {
  const [data, channel] = await Promise.all([
    digestOf(deps, meetings, meeting),
    rakeChannelName(deps),
  ]);
  await deps.outbox.enqueue([digestNotification(data, key, deps.clock.now())]);
  const { since, total } = data;
  return { key, meetingDate: meeting.date, since, total, listed: data.items.length, channel };
}

/** The next meeting (today's counts) as the coordinator sees it; null without meetings. */
function nextMeeting(deps: DigestDeps, meetings: readonly Meeting[]): Meeting | null {
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  return meetings.find((meeting) => meeting.date >= today) ?? null;
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
  const meetings = await meetingsOf(deps);
  const meeting = nextMeeting(deps, meetings);
  if (meeting === null) return notFound();
  const [data, channel] = await Promise.all([
    digestOf(deps, meetings, meeting),
    rakeChannelName(deps),
  ]);
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
  const meetings = await meetingsOf(deps);
  const meeting = nextMeeting(deps, meetings);
  if (meeting === null) return notFound();
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  return ok(await enqueueDigest(deps, meetings, meeting, manualDigestKey(meeting.date, today)));
}

/**
 * The scheduler's daily question: is today `daysBefore` days before a meeting (on its date
 * as it stands: the coordinator may have moved it)? Then the digest goes, once per meeting
 * date whatever restarts or second instances do (stable key).
 */
export async function sendDueDigest(
  deps: DigestDeps,
  daysBefore: number,
): Promise<DigestSent | null> {
  const today = localDateString(deps.clock.now(), deps.county.timeZone);
  const meetings = await meetingsOf(deps);
  const meeting = meetings.find((m) => m.date === addDays(today, daysBefore)) ?? null;
  if (meeting === null) return null;
  return enqueueDigest(deps, meetings, meeting, digestKey(meeting.date));
}
