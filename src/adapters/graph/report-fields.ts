import { reportSummaryOf, type Report, type ReportVersion } from '../../domain/report/report';
import { deleteCreated, type ChainStep } from './chained-write';
import { payloadFields } from './field-values';
import { sortKeyOf } from './observation-fields';
import type { RecordList } from './record-list';
import { storedJson } from './record-parts';

/** The summary's columns on a Reports item; the report itself is always in parts. */
export const REPORT_SUMMARY_COLUMNS = 2;
/** A version's text inline when short; a long report's in Record parts. */
export const REPORT_VERSION_PAYLOAD_COLUMNS = 2;

/**
 * A report can rest on ten thousand observations and run to hundreds of kilobytes of text:
 * like a compilation, its item carries the summary lists show and points to the whole
 * report in Record parts (record-parts.ts).
 */
export const REPORTS: RecordList<Report> = {
  list: 'reports',
  kind: 'report',
  idColumn: 'ReportId',
  payloadColumns: 0,
  columnsOf: (report) => ({
    SortKey: sortKeyOf(report),
    Version: report.version,
    ...payloadFields(reportSummaryOf(report), REPORT_SUMMARY_COLUMNS),
  }),
};

/** The unique key of a kept version: the same version written twice answers 409. */
export const versionKeyOf = (reportId: string, version: number): string => `${reportId}|${version}`;

/**
 * The writes that keep `version`, to go in the report's own chain after its item: its parts
 * (if its text does not fit the item), then its Report versions item. Each is deleted again
 * if a later step of the chain fails.
 */
export function versionSteps(version: ReportVersion): ChainStep[] {
  const key = versionKeyOf(version.reportId, version.version);
  const stored = storedJson(version, `reportVersion|${key}`, REPORT_VERSION_PAYLOAD_COLUMNS);
  return [
    ...stored.parts,
    {
      request: {
        op: 'create',
        list: 'reportVersions',
        fields: {
          VersionKey: key,
          ReportId: version.reportId,
          Version: version.version,
          ...stored.fields,
        },
      },
      undo: deleteCreated('reportVersions'),
    },
  ];
}
