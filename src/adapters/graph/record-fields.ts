import { summaryOf, type Compilation } from '../../domain/compilation/compilation';
import type { Enrichment } from '../../domain/enrichment/enrichment';
import type { Meeting } from '../../domain/meeting/meeting';
import { payloadFields } from './field-values';
import { sortKeyOf } from './observation-fields';
import type { RecordList } from './record-list';

/**
 * The RAKE working group's meetings, compilations and enrichment requests as list items (see
 * list-schema.ts). As for the other records, the JSON is the source of truth and the other
 * columns are copies of what queries need; unlike them, the JSON may be in Record parts
 * (record-parts.ts) when it outgrows the item's Payload columns.
 */
export const MEETING_PAYLOAD_COLUMNS = 2;
/** The summary's columns; the snapshot itself is always in parts. */
export const COMPILATION_SUMMARY_COLUMNS = 2;
export const ENRICHMENT_PAYLOAD_COLUMNS = 4;

/** `date|id`: text order is the list's order, as `date` is always `yyyy-mm-dd`. */
export const meetingDateKeyOf = (meeting: Pick<Meeting, 'date' | 'id'>): string =>
  `${meeting.date}|${meeting.id}`;

export const MEETINGS: RecordList<Meeting> = {
  list: 'meetings',
  kind: 'meeting',
  idColumn: 'MeetingId',
  payloadColumns: MEETING_PAYLOAD_COLUMNS,
  columnsOf: (meeting) => ({ DateKey: meetingDateKeyOf(meeting), Version: meeting.version }),
};

/**
 * Compilations are never changed: the item carries the summary lists show in its Payload
 * (a few kilobytes: counts by the county's areas, municipalities and topics) and points to
 * the whole snapshot in parts.
 */
export const COMPILATIONS: RecordList<Compilation> = {
  list: 'compilations',
  kind: 'compilation',
  idColumn: 'CompilationId',
  payloadColumns: 0,
  columnsOf: (compilation) => ({
    SortKey: sortKeyOf(compilation),
    ...payloadFields(summaryOf(compilation), COMPILATION_SUMMARY_COLUMNS),
  }),
};

export const ENRICHMENTS: RecordList<Enrichment> = {
  list: 'enrichments',
  kind: 'enrichment',
  idColumn: 'EnrichmentId',
  payloadColumns: ENRICHMENT_PAYLOAD_COLUMNS,
  columnsOf: (enrichment) => ({ SortKey: sortKeyOf(enrichment), Version: enrichment.version }),
};
