import type { MeetingStore } from '../../ports/meeting-store';
import { MEETINGS } from './record-fields';
import { createRecord, getRecord, listRecords, saveRecord } from './record-list';
import type { SharePointLists } from './sharepoint-lists';

/**
 * The MeetingStore on SharePoint lists: a Meetings item per meeting (its JSON in Payload
 * columns, or in Record parts for long minutes; `Version` beside it). The unique MeetingId
 * makes a second create of the same id a 409, i.e. `exists`, without a transaction; `save`
 * is a write under the eTag read (record-list.ts).
 */
export function createSharePointMeetingStore(lists: SharePointLists): MeetingStore {
  return {
    async create(meeting) {
      return (await createRecord(lists, MEETINGS, meeting)) === 'created' ? 'created' : 'exists';
    },
    get: (id) => getRecord(lists, MEETINGS, id),
    // By date, then id: DateKey ascending.
    list: () => listRecords(lists, MEETINGS, 'fields/DateKey asc'),
    save: (next, expectedVersion) => saveRecord(lists, MEETINGS, next, expectedVersion),
  };
}
