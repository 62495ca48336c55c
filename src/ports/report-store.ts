import type { Notification } from '../domain/notification/notification';
import type { Report, ReportSummary, ReportVersion } from '../domain/report/report';
import type { RecordWriteOutcome } from './phenomenon-store';

/**
 * Reports and their kept versions. Implemented by the SQLite and the SharePoint store; both
 * pass `report-store.contract.ts`. A county writes a handful of reports a year, but one can
 * rest on ten thousand observations.
 */
export interface ReportStore {
  /** Stores a new report (`version` 1) and its first kept version. */
  create(report: Report): Promise<Report>;
  get(id: string): Promise<Report | null>;
  /** Every report without its text and figures, newest first (`createdAt`, then `id`). */
  list(): Promise<readonly ReportSummary[]>;
  /**
   * Replaces the report with `next` (stored with version `expectedVersion + 1`) if
   * `expectedVersion` is current, keeping the new version's text (versions) and writing the
   * notifications to the outbox with it; on `stale` or `not_found` nothing is written.
   */
  save(
    next: Report,
    expectedVersion: number,
    notifications: readonly Notification[],
  ): Promise<RecordWriteOutcome<Report>>;
  /** Every kept version of the text, oldest first (version 1 is the generated draft). */
  versions(id: string): Promise<readonly ReportVersion[]>;
}
