import { DEFAULT_RETENTION, type RetentionSettings } from '../county/county-config';
import type { Status } from '../lifecycle/status';
import type { ObservationMessage } from '../message/observation-message';
import type { HistoryEntry, Observation } from '../observation/observation';

/**
 * Retention (issue 13): an observation whose handling has ended keeps its reporters for
 * `years`; then the daily job removes their identities (`anonymise`) or the whole observation
 * (`delete`). Handling has ended when it is `closed`, or `returned` or `withdrawn` and left so:
 * the clock runs from its last change (`updatedAt`), so a returned one the reporter amends and
 * resubmits starts again.
 */
export const RETENTION_STATUSES: readonly Status[] = ['closed', 'returned', 'withdrawn'];

/** What an anonymised observation, entry or message names as its reporter or author. */
export const ANONYMISED_ID = 'anonymised';
/** Shown where a name was (the tab and exports translate nothing here: it is a blank name). */
export const ANONYMISED_NAME = '';

/** Observations handled in one run: the job is bounded, the next day takes the rest. */
export const RETENTION_BATCH = 200;

/** The county's setting, or the default (5 years, anonymise). */
export const retentionOf = (settings: RetentionSettings | undefined): RetentionSettings =>
  settings ?? DEFAULT_RETENTION;

/**
 * The instant before which a last change makes an observation due: `years` calendar years
 * before `now` (29 February goes to 28 February or 1 March as Date.UTC rolls it).
 */
export function retentionCutoff(now: Date, years: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - Math.max(0, Math.trunc(years)));
  return cutoff.toISOString();
}

export const isAnonymised = (observation: Pick<Observation, 'reporterId'>): boolean =>
  observation.reporterId === ANONYMISED_ID;

/** Due at `cutoff`: ended, last changed before it, and still naming its reporters. */
export function isRetentionDue(
  observation: Pick<Observation, 'status' | 'updatedAt' | 'reporterId'>,
  cutoff: string,
): boolean {
  return (
    RETENTION_STATUSES.includes(observation.status) &&
    observation.updatedAt < cutoff &&
    !isAnonymised(observation)
  );
}

/** The people an observation names as its reporters: the reporter and the co-reporters. */
export const reportersOf = (
  observation: Pick<Observation, 'reporterId' | 'coReporterIds'>,
): ReadonlySet<string> => new Set([observation.reporterId, ...observation.coReporterIds]);

/**
 * The observation without its reporters: no reporter, no co-reporters, and no named
 * supervisor (in a county where the reporter names their own supervisor, that name narrows
 * down who reported). The text, the classification, the status, the triage and the dates stay:
 * they are what compilations, reports and the phenomena's counts rest on. `updatedAt` and
 * `version` are left as they are: removing names is no change of the observation's handling.
 */
export function anonymisedObservation(observation: Observation): Observation {
  return {
    ...observation,
    reporterId: ANONYMISED_ID,
    reporterName: ANONYMISED_NAME,
    coReporterIds: [],
    supervisorId: null,
  };
}

/** A history entry the reporters made (filing, withdrawal, resubmit) no longer names them. */
export function anonymisedHistoryEntry(
  entry: HistoryEntry,
  reporters: ReadonlySet<string>,
): HistoryEntry {
  return reporters.has(entry.actorId)
    ? { ...entry, actorId: ANONYMISED_ID, actorName: ANONYMISED_NAME }
    : entry;
}

/** A message a reporter wrote keeps its text (it is about the observation), not its author. */
export function anonymisedMessage(
  message: ObservationMessage,
  reporters: ReadonlySet<string>,
): ObservationMessage {
  return reporters.has(message.authorId)
    ? { ...message, authorId: ANONYMISED_ID, authorName: ANONYMISED_NAME }
    : message;
}
