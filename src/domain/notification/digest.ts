import type { CountyConfig } from '../county/county-config';
import type { Observation } from '../observation/observation';
import type { Choice } from '../shared/localized-text';
import { excerptOf } from './excerpt';
import { localDateString } from './meeting-schedule';
import type { DigestData, Notification } from './notification';

/**
 * Items a digest card lists; the rest are counted only (`total - items.length` is the card's
 * "and N more"), which keeps the card far under Teams' size limit.
 */
export const DIGEST_ITEM_LIMIT = 15;

/** A listed item's excerpt: shorter than a single-observation card's, as lists hold many. */
export const LIST_EXCERPT_MAX = 140;

export type DigestInput = {
  /** The meeting the digest prepares (local `YYYY-MM-DD`). */
  readonly meetingDate: string;
  /** The previous meeting (local date): observations filed on or after it are new. */
  readonly since: string;
  readonly county: Pick<CountyConfig, 'topics' | 'serviceAreas' | 'timeZone'>;
  readonly itemLimit?: number;
};

type Count = { readonly id: string; readonly count: number };

/** Rank of an id in the county's list; ids no longer listed go last, in name order. */
function rankIn(list: readonly Choice[]): (id: string) => number {
  const order = new Map(list.map((choice, index) => [choice.id, index]));
  return (id) => order.get(id) ?? list.length;
}

/** Most frequent first; ties in the county's own order, as the tab lists them. */
function countBy(ids: readonly string[], rank: (id: string) => number): Count[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/**
 * What came in since the last meeting, for the RAKE channel: counts by topic and service
 * area, and the observations themselves grouped by topic, then service area, oldest first
 * within a group (the order the group goes through them), capped at the item limit.
 */
export function digestFor(observations: readonly Observation[], input: DigestInput): DigestData {
  const { county } = input;
  const fresh = observations.filter(
    (o) => localDateString(new Date(o.createdAt), county.timeZone) >= input.since,
  );
  const topicRank = rankIn(county.topics);
  const areaRank = rankIn(county.serviceAreas);
  const ordered = [...fresh].sort(
    (a, b) =>
      topicRank(a.topic) - topicRank(b.topic) ||
      areaRank(a.serviceArea) - areaRank(b.serviceArea) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
  return {
    meetingDate: input.meetingDate,
    since: input.since,
    total: fresh.length,
    byTopic: countBy(
      fresh.map((o) => o.topic),
      topicRank,
    ),
    byServiceArea: countBy(
      fresh.map((o) => o.serviceArea),
      areaRank,
    ),
    items: ordered.slice(0, input.itemLimit ?? DIGEST_ITEM_LIMIT).map((o) => ({
      observationId: o.id,
      excerpt: excerptOf(o.description, LIST_EXCERPT_MAX),
      topic: o.topic,
      serviceArea: o.serviceArea,
      status: o.status,
    })),
  };
}

/**
 * The scheduled digest's key: one per meeting, so a restarted scheduler or a second
 * instance cannot post it twice.
 */
export const digestKey = (meetingDate: string): string => `digest:${meetingDate}`;

/**
 * A coordinator's "send now": its own key per meeting and day, so it neither blocks nor is
 * blocked by the scheduled digest, and a double click the same day posts once.
 */
export const manualDigestKey = (meetingDate: string, today: string): string =>
  `digest:${meetingDate}:manual:${today}`;

/** The digest as a notification to the RAKE channel. */
export function digestNotification(data: DigestData, key: string, now: Date): Notification {
  return {
    key,
    recipient: { kind: 'rake_channel' },
    createdAt: now.toISOString(),
    kind: 'digest',
    data,
  };
}
