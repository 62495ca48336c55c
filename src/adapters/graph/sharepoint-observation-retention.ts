import type { ObservationMessage } from '../../domain/message/observation-message';
import type { Observation } from '../../domain/observation/observation';
import {
  anonymisedHistoryEntry,
  anonymisedMessage,
  anonymisedObservation,
  ANONYMISED_ID,
  isAnonymised,
  isRetentionDue,
  reportersOf,
  RETENTION_STATUSES,
} from '../../domain/retention/retention';
import type { ObservationRetention } from '../../ports/observation-retention';
import { payloadFields, payloadOf, textOf } from './field-values';
import { historyEntryOf, historyFields, observationOf, queryFieldsOf } from './observation-fields';
import { and, anyOf, eq, literal } from './odata-filter';
import { unexpectedWrite } from './optimistic-write';
import {
  writeFailure,
  type ListItem,
  type SharePointLists,
  type WriteRequest,
} from './sharepoint-lists';
import type { ListKey } from './list-schema';

/** Graph's largest page. */
const PAGE = 5000;
/**
 * Pages of candidates read at most per call. The query narrows by indexed columns (ended,
 * filed before the cutoff, not anonymised); what it cannot see (a last change after the
 * cutoff) is checked here, and a run stops after this many pages: the next run goes on.
 */
const MAX_PAGES = 4;
/** A write lost to another writer (412) is read and made again this many times. */
const ROUNDS = 3;

const byObservation = (id: string): string => eq('ObservationId', id);

/**
 * Retention on the lists. An observation's dependants are changed first and its own item
 * last: the item is what makes it due (its ReporterId, or its being there at all), so a run
 * that stops half-way leaves it due, and the next run does the rest again (every step is
 * idempotent).
 */
export function createSharePointObservationRetention(lists: SharePointLists): ObservationRetention {
  const findItem = (id: string) => lists.findOne('observations', eq('ObservationId', id));

  /** Writes each request on its own; any failure but 404 (already gone) is thrown. */
  async function writeAll(requests: readonly WriteRequest[]): Promise<void> {
    if (requests.length === 0) return;
    const results = await lists.write(requests, 'independent');
    for (const result of results) {
      if (result.ok || result.status === 404) continue;
      throw writeFailure(result) ?? unexpectedWrite(result);
    }
  }
  const deleteAll = (list: ListKey, items: readonly ListItem[]) =>
    writeAll(items.map((item) => ({ op: 'delete' as const, list, itemId: item.id, etag: null })));

  /**
   * Reads the observation's items of `list` and writes back those `change` alters (it returns
   * the same record when it alters nothing).
   */
  async function rewriteAll<T>(
    list: 'history' | 'messages',
    observationId: string,
    read: (item: ListItem) => T,
    change: (record: T) => T,
    fieldsOf: (record: T) => Record<string, unknown>,
  ): Promise<void> {
    const items = await lists.collect(list, { filter: byObservation(observationId) });
    await writeAll(
      items.flatMap((item) => {
        const record = read(item);
        const changed = change(record);
        return changed === record
          ? []
          : [
              {
                op: 'update' as const,
                list,
                itemId: item.id,
                etag: null,
                fields: fieldsOf(changed),
              },
            ];
      }),
    );
  }

  return {
    async due(cutoff, limit) {
      const filter = and(
        anyOf('Status', RETENTION_STATUSES),
        `fields/SortKey lt ${literal(cutoff)}`,
        `fields/ReporterId ne ${literal(ANONYMISED_ID)}`,
      );
      const found: Observation[] = [];
      let page = await lists.page('observations', {
        filter,
        orderBy: 'fields/SortKey asc',
        top: PAGE,
      });
      for (let pages = 1; ; pages += 1) {
        for (const item of page.items) {
          const observation = observationOf(item);
          if (isRetentionDue(observation, cutoff)) found.push(observation);
          if (found.length >= limit) return found;
        }
        if (page.nextLink === null || pages >= MAX_PAGES) return found;
        page = await lists.page('observations', {}, page.nextLink);
      }
    },

    async anonymise(id, cutoff) {
      for (let round = 0; round < ROUNDS; round += 1) {
        const item = await findItem(id);
        if (item === null) return false;
        const observation = observationOf(item);
        if (isAnonymised(observation)) return true;
        // Resubmitted or moved since `due` read it: not due any more, left as it is.
        if (!isRetentionDue(observation, cutoff)) return false;
        const reporters = reportersOf(observation);

        await rewriteAll(
          'history',
          id,
          historyEntryOf,
          (entry) => anonymisedHistoryEntry(entry, reporters),
          historyFields,
        );
        await rewriteAll(
          'messages',
          id,
          (item) => payloadOf(item.fields) as ObservationMessage,
          (message) => anonymisedMessage(message, reporters),
          (message) => ({ AuthorId: message.authorId, ...payloadFields(message) }),
        );
        await deleteAll(
          'coReporters',
          await lists.collect('coReporters', { filter: byObservation(id) }),
        );

        // Last, under its eTag: a move made meanwhile is not overwritten (read again instead).
        const result = await lists.writeOne({
          op: 'update',
          list: 'observations',
          itemId: item.id,
          etag: item.etag === '' ? null : item.etag,
          fields: {
            ...queryFieldsOf(anonymisedObservation(observation)),
            // The key names the reporter (`reporterId|key`): replaced by the keyless form.
            IdempotencyKey: `none|${id}`,
          },
        });
        if (result.ok) return true;
        if (result.status === 404) return false;
        if (result.status !== 412) throw unexpectedWrite(result);
      }
      throw new Error(`Observation ${id} kept changing while it was anonymised`);
    },

    async delete(id, cutoff) {
      const item = await findItem(id);
      if (item === null) return false;
      // Resubmitted or moved since `due` read it: not due any more, left as it is.
      if (!isRetentionDue(observationOf(item), cutoff)) return false;
      for (const list of ['history', 'coReporters', 'messages', 'phenomenonLinks'] as const) {
        await deleteAll(list, await lists.collect(list, { filter: byObservation(id) }));
      }
      const edits = await lists.collect('triageHistory', { filter: byObservation(id) });
      for (const edit of edits) {
        const editId = textOf(edit.fields, 'EditId') ?? '';
        await deleteAll(
          'recordParts',
          await lists.collect('recordParts', { filter: eq('RecordKey', `triageEdit|${editId}`) }),
        );
      }
      await deleteAll('triageHistory', edits);
      // Last, under the eTag read: a change made meanwhile is seen (read again) before the
      // item goes. The lists have no transaction: its dependants are already gone by then.
      let current: ListItem | null = item;
      for (let round = 0; round < ROUNDS; round += 1) {
        if (current === null) return false;
        if (round > 0 && !isRetentionDue(observationOf(current), cutoff)) return false;
        const result = await lists.writeOne({
          op: 'delete',
          list: 'observations',
          itemId: current.id,
          etag: current.etag === '' ? null : current.etag,
        });
        if (result.ok) return true;
        if (result.status === 404) return false;
        if (result.status !== 412) throw unexpectedWrite(result);
        current = await findItem(id);
      }
      throw new Error(`Observation ${id} kept changing while it was deleted`);
    },
  };
}
