import { excerptOf } from '../notification/excerpt';
import { isReachableReporter } from '../notification/reachable-reporter';
import type { Notification } from '../notification/notification';
import type { Observation } from '../observation/observation';
import type { Report, ReportPublication } from './report';

/** How many of a recipient's own observations the notification names. */
const NAMED_OBSERVATIONS = 3;

export type PublicationNotificationOptions = {
  /** A new version of a page already published: news for the channel, not for reporters. */
  readonly republished: boolean;
  /** The editor who published: not told that their own observations are in it. */
  readonly actorId: string;
};

type Own = { count: number; named: { observationId: string; excerpt: string }[] };

/**
 * What a publication on the intranet subpage tells: the RAKE channel, once per published
 * version; every reporter and co-reporter of the observations the report rests on, once per
 * report, on its first publication only (a republish is an edit they have already heard of).
 * The keys are stable per event and recipient, so a retried publish sends nothing twice.
 *
 * Nothing while the page waits for SharePoint's page approval (or was withdrawn): the page
 * is not on the intranet yet, and the caller asks again once it is.
 */
export function publicationNotifications(
  report: Pick<Report, 'id' | 'kind' | 'source' | 'title'>,
  publication: Pick<
    ReportPublication,
    'url' | 'version' | 'publishedAt' | 'publishedByName' | 'state'
  >,
  restingOn: readonly Pick<Observation, 'id' | 'description' | 'reporterId' | 'coReporterIds'>[],
  options: PublicationNotificationOptions,
): Notification[] {
  if (publication.state !== 'published') return [];
  const channel: Notification = {
    key: `report_published:${report.id}:v${publication.version}`,
    recipient: { kind: 'rake_channel' },
    createdAt: publication.publishedAt,
    kind: 'report_published',
    data: {
      reportId: report.id,
      title: report.title,
      kind: report.kind,
      url: publication.url,
      version: publication.version,
      publishedByName: publication.publishedByName,
      publishedAt: publication.publishedAt,
      republished: options.republished,
    },
  };
  if (options.republished) return [channel];

  const year = report.source.kind === 'annual' ? { year: report.source.year } : {};
  return [
    channel,
    ...[...ownObservations(restingOn, options.actorId)].map(([userId, own]): Notification => ({
      key: `observation_in_report:${report.id}:${userId}`,
      recipient: { kind: 'user', userId },
      createdAt: publication.publishedAt,
      kind: 'observation_in_report',
      data: {
        reportId: report.id,
        title: report.title,
        kind: report.kind,
        ...year,
        url: publication.url,
        observationCount: own.count,
        observations: own.named,
      },
    })),
  ];
}

/**
 * Each person's observations among those the report rests on, in one pass: an annual report
 * rests on thousands, so only the named few are excerpted and the rest only counted.
 */
function ownObservations(
  restingOn: readonly Pick<Observation, 'id' | 'description' | 'reporterId' | 'coReporterIds'>[],
  actorId: string,
): Map<string, Own> {
  const seen = new Set<string>();
  const own = new Map<string, Own>();
  for (const observation of restingOn) {
    if (seen.has(observation.id)) continue;
    seen.add(observation.id);
    for (const userId of new Set([observation.reporterId, ...observation.coReporterIds])) {
      // A public form's reporter is nobody the bot can reach.
      if (userId === actorId || !isReachableReporter(userId)) continue;
      const entry = own.get(userId) ?? { count: 0, named: [] };
      entry.count += 1;
      if (entry.named.length < NAMED_OBSERVATIONS) {
        entry.named.push({
          observationId: observation.id,
          excerpt: excerptOf(observation.description),
        });
      }
      own.set(userId, entry);
    }
  }
  return own;
}
