import type { Notification } from '../../domain/notification/notification';
import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import { applyTriagePatch } from '../../domain/triage/triage-record';
import type {
  BoardQuery,
  CreateOutcome,
  ObservationStore,
  Page,
  WriteOutcome,
} from '../../ports/observation-store';
import { DEFAULT_BOARD_SORT } from '../../domain/observation/board-order';
import { encodeSortedCursor, positionOf } from '../board-cursor';
import { boardFilter, cursorBoardKey, scopeFilter } from './board-filter';
import { chainFailure, deleteCreated, writeChain, type ChainStep } from './chained-write';
import {
  coReporterFields,
  historyEntryOf,
  historyFields,
  idempotencyKeyOf,
  newObservationFields,
  observationOf,
  queryFieldsOf,
} from './observation-fields';
import { textOf } from './field-values';
import { outboxSteps } from './outbox-fields';
import { countBoard, searchBoard } from './board-search';
import { listMine } from './my-reports-query';
import { and, eq } from './odata-filter';
import type { ListItem, SharePointLists } from './sharepoint-lists';
import { readTriageHistory, triageEditSteps } from './triage-history-fields';

/** How many observations' last-read items are kept (see `lastSeen`). */
const LAST_SEEN_LIMIT = 256;

/**
 * The ObservationStore on SharePoint lists through Microsoft Graph. SharePoint has no
 * transactions: each change is one `$batch` chain whose first failure stops the rest and whose
 * done part is taken back (see writeChain); unique columns make replays and clashes fail with
 * 409, and eTags (`If-Match`) make concurrent changes fail with 412 instead of overwriting.
 */
export function createSharePointObservationStore(lists: SharePointLists): ObservationStore {
  /**
   * The item each observation was last read or written as, for the few most recent: a use case
   * reads an observation (to check the actor may see it) right before changing it, and the
   * change may then use that read's eTag instead of reading again. The eTag still guards the
   * write; a 412 sends it back to a fresh read.
   */
  const lastSeen = new Map<string, ListItem>();
  const remember = (id: string, item: ListItem | null): ListItem | null => {
    lastSeen.delete(id);
    if (item === null) return null;
    // Without an eTag it cannot guard a write; the next change reads afresh.
    if (item.etag !== '') lastSeen.set(id, item);
    if (lastSeen.size > LAST_SEEN_LIMIT) {
      const oldest = lastSeen.keys().next();
      if (oldest.done !== true) lastSeen.delete(oldest.value);
    }
    return item;
  };
  const findItem = async (id: string): Promise<ListItem | null> =>
    remember(id, await lists.findOne('observations', eq('ObservationId', id)));

  const readNow = async (id: string): Promise<WriteOutcome> => {
    const item = await findItem(id);
    return item === null ? { kind: 'not_found' } : { kind: 'stale', current: observationOf(item) };
  };

  /**
   * Writes `next` over `item` if nobody changed it since it was read, with the further steps
   * (history, outbox) chained after it.
   */
  const update = async (
    item: ListItem,
    previous: Observation,
    next: Observation,
    after: readonly ChainStep[],
  ): Promise<WriteOutcome | 'changed'> => {
    const outcome = await writeChain(lists, [
      {
        request: {
          op: 'update',
          list: 'observations',
          itemId: item.id,
          etag: item.etag,
          fields: queryFieldsOf(next),
        },
        // If-Match the eTag our write got, so the undo never overwrites a later change.
        undo: (written) => ({
          op: 'update',
          list: 'observations',
          itemId: item.id,
          // Unconditional only if Graph's answer carried no eTag (then a change in the
          // milliseconds between our write and its undo would be overwritten).
          etag: written !== null && written.etag !== '' ? written.etag : null,
          fields: queryFieldsOf(previous),
        }),
      },
      ...after,
    ]);
    if (outcome.ok) {
      const [written] = outcome.results;
      remember(next.id, written?.ok === true ? written.item : null);
      return { kind: 'ok', observation: next };
    }
    const { failedAt, result } = outcome;
    if (failedAt === 0 && !result.ok && (result.status === 412 || result.status === 404)) {
      return 'changed';
    }
    throw chainFailure(result, `Changing observation ${previous.id} failed`);
  };

  /**
   * Changes the observation if it is still at `expectedVersion`: first on the item last seen,
   * if that was this version, else (or when its eTag turns out stale) on a fresh read.
   */
  const change = async (
    id: string,
    expectedVersion: number,
    plan: (current: Observation) => { next: Observation; after: readonly ChainStep[] },
  ): Promise<WriteOutcome> => {
    const seen = lastSeen.get(id);
    if (seen !== undefined && observationOf(seen).version === expectedVersion) {
      const current = observationOf(seen);
      const { next, after } = plan(current);
      const outcome = await update(seen, current, next, after);
      if (outcome !== 'changed') return outcome;
    }
    const item = await findItem(id);
    if (item === null) return { kind: 'not_found' };
    const current = observationOf(item);
    if (current.version !== expectedVersion) return { kind: 'stale', current };
    const { next, after } = plan(current);
    const outcome = await update(item, current, next, after);
    return outcome === 'changed' ? readNow(id) : outcome;
  };

  async function create(
    obs: Parameters<ObservationStore['create']>[0],
    filed: HistoryEntry,
    key: string | null,
    notifications: readonly Notification[],
  ): Promise<CreateOutcome> {
    const observation: Observation = { ...obs, version: 1, updatedAt: obs.createdAt };
    const coReporters = [...new Set(obs.coReporterIds)];
    const outcome = await writeChain(lists, [
      {
        request: {
          op: 'create',
          list: 'observations',
          fields: newObservationFields(observation, key),
        },
        undo: deleteCreated('observations'),
      },
      historyStep(obs.id, filed),
      ...coReporters.map((userId): ChainStep => ({
        request: { op: 'create', list: 'coReporters', fields: coReporterFields(obs, userId) },
        undo: deleteCreated('coReporters'),
      })),
      ...outboxSteps(notifications),
    ]);
    if (outcome.ok) return { observation, created: true };

    const { failedAt, result } = outcome;
    if (failedAt === 0 && !result.ok && result.status === 409 && key !== null) {
      // The key's unique column refused a replay (or a concurrent twin of this very filing).
      const first = await lists.findOne(
        'observations',
        eq('IdempotencyKey', idempotencyKeyOf(obs, key)),
      );
      if (first !== null) return { observation: observationOf(first), created: false };
    }
    const what =
      failedAt === 0
        ? `Observation ${obs.id} could not be filed`
        : failedAt === 1
          ? `History entry ${filed.id} could not be stored`
          : `Filing observation ${obs.id} failed`;
    throw chainFailure(result, what);
  }

  return {
    create,

    async get(id) {
      const item = await findItem(id);
      return item === null ? null : observationOf(item);
    },

    async listMine(userId, page) {
      return listMine(lists, userId, page);
    },

    async listBoard(query: BoardQuery): Promise<Page<Observation>> {
      const filter = boardFilter(query, cursorBoardKey(query));
      const rows = await searchBoard(lists, filter, query);
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      const more = rows.length > query.limit && last !== undefined;
      const sort = query.sort ?? DEFAULT_BOARD_SORT;
      return { items, nextCursor: more ? encodeSortedCursor(positionOf(sort, last)) : null };
    },

    async countBoard(query, cap) {
      return countBoard(lists, boardFilter(query, null), query, cap);
    },

    async updateTriage(id, patch, expectedVersion, edit) {
      return change(id, expectedVersion, (current) => ({
        next: {
          ...current,
          triage: applyTriagePatch(current.triage, patch),
          version: current.version + 1,
          updatedAt: edit.at,
        },
        // In the same chain: the edit is recorded exactly when the change stands.
        after: edit.changes.length > 0 ? triageEditSteps(edit) : [],
      }));
    },

    async triageHistory(id) {
      return readTriageHistory(lists, id);
    },

    async transition(id, entry, expectedVersion, notifications) {
      return change(id, expectedVersion, (current) => ({
        next: {
          ...current,
          status: entry.to,
          version: current.version + 1,
          firstAnsweredAt: current.firstAnsweredAt ?? entry.at,
          updatedAt: entry.at,
        },
        after: [historyStep(id, entry), ...outboxSteps(notifications)],
      }));
    },

    async amend(id, edit, entry, expectedVersion, notifications) {
      return change(id, expectedVersion, (current) => ({
        // The board's search reads the Payload, so it follows the amended texts at once.
        next: {
          ...current,
          ...edit,
          status: entry.to,
          version: current.version + 1,
          updatedAt: entry.at,
        },
        after: [historyStep(id, entry), ...outboxSteps(notifications)],
      }));
    },

    async history(id) {
      const items = await lists.collect('history', { filter: eq('ObservationId', id) });
      // `At` is not indexed (Graph would refuse to sort on it): an observation's few entries
      // are sorted here, by time and then by item id, which SharePoint hands out in order.
      const at = (item: ListItem) => String(item.fields['At']);
      return items
        .sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : Number(a.id) - Number(b.id)))
        .map(historyEntryOf);
    },

    async answerTimings(period, scope) {
      const items = await lists.collect('observations', {
        filter: and(eq('Period', period), scopeFilter(scope)),
        select: ['CreatedAt', 'FirstAnsweredAt', 'Status'],
      });
      // A withdrawn observation is nobody's wait (filtered here: few items, one period).
      return items
        .filter((item) => textOf(item.fields, 'Status') !== 'withdrawn')
        .map((item) => ({
          createdAt: textOf(item.fields, 'CreatedAt') ?? '',
          firstAnsweredAt: textOf(item.fields, 'FirstAnsweredAt'),
        }));
    },

    async isEmpty() {
      const page = await lists.page('observations', { top: 1, select: ['ObservationId'] });
      return page.items.length === 0;
    },
  };
}

/** An observation's history entry, written after the observation itself and taken back if a later step fails. */
const historyStep = (observationId: string, entry: HistoryEntry): ChainStep => ({
  request: {
    op: 'create',
    list: 'history',
    fields: historyFields({ ...entry, observationId }),
  },
  undo: deleteCreated('history'),
});
