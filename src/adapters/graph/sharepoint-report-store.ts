import {
  versionOf,
  type Report,
  type ReportSummary,
  type ReportVersion,
} from '../../domain/report/report';
import type { ReportStore } from '../../ports/report-store';
import { numberOf, payloadOf, textOf } from './field-values';
import { eq } from './odata-filter';
import { outboxSteps } from './outbox-fields';
import { createRecord, getRecord, saveRecord } from './record-list';
import { recordsOf } from './record-parts';
import {
  REPORT_SUMMARY_COLUMNS,
  REPORT_VERSION_PAYLOAD_COLUMNS,
  REPORTS,
  versionSteps,
} from './report-fields';
import type { SharePointLists } from './sharepoint-lists';

/** Graph's largest page of list items: the fewest requests for a whole list. */
const MAX_PAGE = 5000;

/**
 * The ReportStore on SharePoint lists: a Reports item per report (its summary in Payload
 * columns, the report in Record parts) and a Report versions item per kept version.
 *
 * `create` and `save` are each one `$batch` chain, with the undo and the limits of the
 * proposal store's `save` (record-list.ts): the report's parts, its item (a save's update
 * under `If-Match` the eTag read), then the version's parts and item (unique VersionKey),
 * then the Outbox items. So a version is kept exactly when the report was written with it,
 * and a notification is never written without both.
 */
export function createSharePointReportStore(lists: SharePointLists): ReportStore {
  return {
    async create(report) {
      const outcome = await createRecord(lists, REPORTS, report, versionSteps(versionOf(report)));
      // 409: the id is taken. Ids are made fresh for each report, so that is a bug.
      if (outcome === 'taken') throw new Error(`Report ${report.id} exists already`);
      return report;
    },

    get: (id) => getRecord(lists, REPORTS, id),

    async list() {
      const items = await lists.collect('reports', {
        orderBy: 'fields/SortKey desc',
        top: MAX_PAGE,
        select: ['Payload', 'Payload2'],
      });
      return items.map((item) => payloadOf(item.fields, REPORT_SUMMARY_COLUMNS) as ReportSummary);
    },

    save: (next, expectedVersion, notifications) => {
      const record: Report = { ...next, version: expectedVersion + 1 };
      return saveRecord(lists, REPORTS, next, expectedVersion, [
        ...versionSteps(versionOf(record)),
        ...outboxSteps(notifications),
      ]);
    },

    async versions(id) {
      const items = await lists.collect('reportVersions', {
        filter: eq('ReportId', id),
        top: MAX_PAGE,
      });
      // `Version` is not indexed (Graph would refuse to sort on it): ordered here.
      const inOrder = [...items].sort(
        (a, b) => numberOf(a.fields, 'Version') - numberOf(b.fields, 'Version'),
      );
      const values = await recordsOf(
        lists,
        'reportVersions',
        inOrder,
        (item) => eq('VersionKey', textOf(item.fields, 'VersionKey') ?? ''),
        REPORT_VERSION_PAYLOAD_COLUMNS,
      );
      return values as ReportVersion[];
    },
  };
}
