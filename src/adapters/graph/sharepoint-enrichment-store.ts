import type { EnrichmentStore } from '../../ports/enrichment-store';
import { outboxSteps } from './outbox-fields';
import { ENRICHMENTS } from './record-fields';
import { createRecord, getRecord, listRecords, saveRecord } from './record-list';
import type { SharePointLists } from './sharepoint-lists';

/**
 * The EnrichmentStore on SharePoint lists: an Enrichment requests item per request (its JSON
 * in Payload columns, or in Record parts once its answers outgrow them; `Version` beside it).
 * `create` and `save` write the request and its notifications (Outbox items) in one `$batch`
 * chain, with the undo and the limits of the proposal store's `save` (record-list.ts): a
 * notification is never written without the change it tells of.
 */
export function createSharePointEnrichmentStore(lists: SharePointLists): EnrichmentStore {
  return {
    async create(enrichment, notifications) {
      const outcome = await createRecord(
        lists,
        ENRICHMENTS,
        enrichment,
        outboxSteps(notifications),
      );
      // 409: the id is taken. Ids are made fresh for each request, so that is a bug.
      if (outcome === 'taken')
        throw new Error(`Enrichment request ${enrichment.id} exists already`);
      return enrichment;
    },
    get: (id) => getRecord(lists, ENRICHMENTS, id),
    // Newest first: SortKey (`createdAt|id`) descending.
    list: () => listRecords(lists, ENRICHMENTS, 'fields/SortKey desc'),
    save: (next, expectedVersion, notifications) =>
      saveRecord(lists, ENRICHMENTS, next, expectedVersion, outboxSteps(notifications)),
  };
}
