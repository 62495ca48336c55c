import type { Observation } from '../../domain/observation/observation';
import type { Page, PageRequest } from '../../ports/observation-store';
import { encodeCursor } from '../board-cursor';
import { BOARD_ORDER, cursorSortKey } from './board-filter';
import { textOf } from './field-values';
import { observationOf, sortKeyOf } from './observation-fields';
import { and, anyOf, eq, literal } from './odata-filter';
import type { ListKey } from './list-schema';
import type { ItemQuery, ListItem, SharePointLists } from './sharepoint-lists';

/** Graph's `$filter` stays well short of URL limits with 20 ids `or`-ed together. */
const IDS_PER_QUERY = 20;
/** Graph's largest page of list items. */
const MAX_TOP = 5000;

/** The first `count` items of a query, following `nextLink` only if a page came short. */
async function firstItems(
  lists: SharePointLists,
  list: ListKey,
  query: ItemQuery,
  count: number,
): Promise<ListItem[]> {
  const items: ListItem[] = [];
  for await (const item of lists.all(list, { ...query, top: Math.min(MAX_TOP, count) })) {
    items.push(item);
    if (items.length >= count) break;
  }
  return items;
}

/**
 * "My reports" on SharePoint: two indexed queries side by side, each newest first from the
 * cursor and at most `limit + 1` long: the user's own observations (ReporterId, SortKey) and
 * their rows in Co-reporters (UserId, SortKey: the observation's sort key is copied there).
 * Merged, each observation once, the first `limit + 1` are the page and the sign of more: no
 * observation of either kind can come before them that neither query returned. Then the
 * co-reported observations on the page are read by id, 20 to a request. A page is two
 * requests, plus one per 20 co-reported ones on it.
 */
export async function listMine(
  lists: SharePointLists,
  userId: string,
  page: PageRequest,
): Promise<Page<Observation>> {
  const limit = Math.max(1, Math.trunc(page.limit) || 1);
  const after = cursorSortKey(page.cursor);
  const below = after === null ? null : `fields/SortKey lt ${literal(after)}`;
  const [ownItems, coRows] = await Promise.all([
    firstItems(
      lists,
      'observations',
      { filter: and(eq('ReporterId', userId), below), orderBy: BOARD_ORDER },
      limit + 1,
    ),
    firstItems(
      lists,
      'coReporters',
      {
        filter: and(eq('UserId', userId), below),
        orderBy: BOARD_ORDER,
        select: ['ObservationId', 'SortKey'],
      },
      limit + 1,
    ),
  ]);

  const own = new Map(ownItems.map(observationOf).map((obs) => [obs.id, obs]));
  const sortKeys = new Map([...own.values()].map((obs) => [obs.id, sortKeyOf(obs)]));
  for (const row of coRows) {
    const id = textOf(row.fields, 'ObservationId');
    const sortKey = textOf(row.fields, 'SortKey');
    if (id !== null && sortKey !== null && !sortKeys.has(id)) sortKeys.set(id, sortKey);
  }
  // SortKey order is the board's order: `createdAt|id`, compared in code units.
  const ordered = [...sortKeys].sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0));
  const onPage = ordered.slice(0, limit).map(([id]) => id);

  const coReported = await readByIds(
    lists,
    onPage.filter((id) => !own.has(id)),
  );
  const items = onPage.flatMap((id) => {
    const obs = own.get(id) ?? coReported.get(id);
    return obs === undefined ? [] : [obs];
  });
  const last = items.at(-1);
  const more = ordered.length > limit && last !== undefined;
  return { items, nextCursor: more ? encodeCursor(last) : null };
}

async function readByIds(
  lists: SharePointLists,
  ids: readonly string[],
): Promise<Map<string, Observation>> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    chunks.push(ids.slice(start, start + IDS_PER_QUERY));
  }
  const found = await Promise.all(
    chunks.map((chunk) => {
      const filter = anyOf('ObservationId', chunk);
      return filter === null ? [] : lists.collect('observations', { filter });
    }),
  );
  return new Map(
    found
      .flat()
      .map(observationOf)
      .map((obs) => [obs.id, obs]),
  );
}
