import type { Phenomenon, PhenomenonLink } from '../../domain/phenomenon/phenomenon';
import type {
  LinkOutcome,
  PhenomenonStore,
  RecordWriteOutcome,
} from '../../ports/phenomenon-store';
import { textOf } from './field-values';
import { anyOf, eq } from './odata-filter';
import { readModifyWrite, unexpectedWrite } from './optimistic-write';
import type { ItemQuery, SharePointLists } from './sharepoint-lists';
import {
  inOrderOf,
  linkFields,
  linkKeyOf,
  linkOf,
  newPhenomenonFields,
  phenomenonFields,
  phenomenonOf,
} from './workspace-fields';

/** Graph's largest page of list items: the fewest requests for a whole list. */
const MAX_PAGE = 5000;
/** Graph's `$filter` stays well short of URL limits with 20 ids `or`-ed together. */
export const IDS_PER_QUERY = 20;
/** Queries of one `linksOfObservations` in flight at once: a long id list must not flood Graph. */
const PARALLEL_QUERIES = 4;

/** `createdAt|id` descending: newest first, then id descending (the port's order). */
const NEWEST_FIRST = 'fields/SortKey desc';

const byId = (id: string): string => eq('PhenomenonId', id);

/**
 * The PhenomenonStore on SharePoint lists: a Phenomena item per phenomenon (its JSON in
 * Payload, `Version` beside it) and a Phenomenon links item per linked pair. Edits are
 * read-modify-write under the eTag read (`If-Match`, see optimistic-write.ts); the unique
 * `LinkKey` keeps a pair once without a transaction.
 */
export function createSharePointPhenomenonStore(lists: SharePointLists): PhenomenonStore {
  /** The links an `or` of up to IDS_PER_QUERY observation ids finds. */
  const linksOfChunk = async (ids: readonly string[]): Promise<PhenomenonLink[]> => {
    const filter = anyOf('ObservationId', ids);
    if (filter === null) return [];
    return (await lists.collect('phenomenonLinks', { filter, top: MAX_PAGE })).map(linkOf);
  };

  return {
    async create(phenomenon) {
      const result = await lists.writeOne({
        op: 'create',
        list: 'phenomena',
        fields: newPhenomenonFields(phenomenon),
      });
      // 409: the id is taken. Ids are made fresh for each phenomenon, so that is a bug.
      if (!result.ok) throw unexpectedWrite(result);
      return phenomenon;
    },

    async get(id) {
      const item = await lists.findOne('phenomena', byId(id));
      return item === null ? null : phenomenonOf(item);
    },

    async list() {
      const items = await lists.collect('phenomena', { orderBy: NEWEST_FIRST, top: MAX_PAGE });
      return items.map(phenomenonOf);
    },

    async update(id, patch, expectedVersion, updatedAt) {
      // What the last round decided; a write lost to another writer (412) reads and decides again.
      let outcome: RecordWriteOutcome<Phenomenon> = { kind: 'not_found' };
      await readModifyWrite(lists, 'phenomena', byId(id), (item) => {
        if (item === null) {
          outcome = { kind: 'not_found' };
          return null;
        }
        const current = phenomenonOf(item);
        if (current.version !== expectedVersion) {
          outcome = { kind: 'stale', current };
          return null;
        }
        const record: Phenomenon = {
          ...current,
          ...patch,
          version: expectedVersion + 1,
          updatedAt,
        };
        outcome = { kind: 'ok', record };
        return { op: 'update', fields: phenomenonFields(record) };
      });
      return outcome;
    },

    async link(given): Promise<LinkOutcome> {
      // Phenomena are never deleted: one that exists now still does when the link is written.
      const phenomenon = await lists.page('phenomena', {
        filter: byId(given.phenomenonId),
        top: 1,
        select: ['PhenomenonId'],
      });
      if (phenomenon.items.length === 0) return 'not_found';
      const result = await lists.writeOne({
        op: 'create',
        list: 'phenomenonLinks',
        fields: linkFields(given),
      });
      if (result.ok) return 'linked';
      // The unique LinkKey: this pair is linked already (the first link stays as it was).
      if (result.status === 409) return 'already_linked';
      throw unexpectedWrite(result);
    },

    async unlink(phenomenonId, observationId) {
      const item = await lists.findOne(
        'phenomenonLinks',
        eq('LinkKey', linkKeyOf(phenomenonId, observationId)),
      );
      if (item === null) return false;
      const result = await lists.writeOne({
        op: 'delete',
        list: 'phenomenonLinks',
        itemId: item.id,
        etag: null,
      });
      if (result.ok) return true;
      // Deleted by another unlink since our read: that one reports it.
      if (result.status === 404) return false;
      throw unexpectedWrite(result);
    },

    async linksOf(phenomenonId) {
      const items = await lists.collect('phenomenonLinks', {
        filter: eq('PhenomenonId', phenomenonId),
        top: MAX_PAGE,
      });
      // LinkedAt is not indexed (Graph would refuse to sort on it): ordered here, oldest first.
      return inOrderOf('LinkedAt', items).map(linkOf);
    },

    async linksOfObservations(observationIds) {
      // Each id once: one that came twice in two chunks would find its links twice.
      const ids = [...new Set(observationIds)];
      const chunks: string[][] = [];
      for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
        chunks.push(ids.slice(start, start + IDS_PER_QUERY));
      }
      const found: PhenomenonLink[][] = [];
      for (let start = 0; start < chunks.length; start += PARALLEL_QUERIES) {
        const wave = chunks.slice(start, start + PARALLEL_QUERIES);
        found.push(...(await Promise.all(wave.map(linksOfChunk))));
      }
      return found.flat();
    },

    async allLinks() {
      // The whole list, page by page (5,000 a request, by item id: no threshold applies).
      const links: PhenomenonLink[] = [];
      for await (const item of lists.all('phenomenonLinks', { top: MAX_PAGE })) {
        links.push(linkOf(item));
      }
      return links;
    },

    async linkCounts() {
      // The whole list, one column, page by page (5,000 a request, by item id: no threshold
      // applies to that), counted here; Graph has no GROUP BY for list items.
      const query: ItemQuery = { select: ['PhenomenonId'], top: MAX_PAGE };
      const counts = new Map<string, number>();
      for await (const item of lists.all('phenomenonLinks', query)) {
        const id = textOf(item.fields, 'PhenomenonId');
        if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    },
  };
}
