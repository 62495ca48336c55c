import type { Observation } from '../../domain/observation/observation';
import { searchFold, searchTextOf } from '../../domain/observation/search-text';
import type { BoardScope } from '../../domain/policy/board-scope';
import { DEFAULT_BOARD_SORT, type BoardSort } from '../../domain/observation/board-order';
import type { BoardQuery } from '../../ports/observation-store';
import { decodeCursor, decodeSortedCursor } from '../board-cursor';
import { boardKeyOf, sortKeyOf } from './observation-fields';
import { and, anyOf, eq, literal } from './odata-filter';

/** Newest first, by the one indexed column that also breaks ties by id. */
export const BOARD_ORDER = 'fields/SortKey desc';

/**
 * Each board order is one indexed text column (see boardKeyOf) read one way: one `$orderby`
 * key, and the keyset cursor one comparison on it.
 */
const ORDER_COLUMNS: Readonly<Record<BoardSort, { column: string; descending: boolean }>> = {
  filed_desc: { column: 'SortKey', descending: true },
  filed_asc: { column: 'SortKey', descending: false },
  waiting_desc: { column: 'WaitKey', descending: false },
  priority_asc: { column: 'PriorityKey', descending: false },
};

/** `$orderby` of the query's sort. */
export function boardOrderBy(query: Pick<BoardQuery, 'sort'>): string {
  const { column, descending } = ORDER_COLUMNS[query.sort ?? DEFAULT_BOARD_SORT];
  return `fields/${column} ${descending ? 'desc' : 'asc'}`;
}

/**
 * The supervisor's slice as one condition: their service areas or naming them. Spelled out
 * with `or`, not OData `in`: Graph on SharePoint list items is unreliable with `in`.
 * Null for the whole county.
 */
export function scopeFilter(scope: BoardScope): string | null {
  if (scope.kind === 'all') return null;
  const branches = [
    ...scope.serviceAreas.map((area) => eq('ServiceArea', area)),
    eq('SupervisorId', scope.supervisorId),
  ];
  return `(${branches.join(' or ')})`;
}

/**
 * Everything of the board query Graph can filter on (all but `q`), after `after`: the board
 * key (of the query's sort) the previous page ended at, or null.
 */
export function boardFilter(query: BoardQuery, after: string | null): string {
  const { column, descending } = ORDER_COLUMNS[query.sort ?? DEFAULT_BOARD_SORT];
  const optional = (field: string, value: string | undefined) =>
    value === undefined ? null : eq(field, value);
  return and(
    scopeFilter(query.scope),
    // anyOf gives null for `status: []`, which the port defines as "every status".
    anyOf('Status', query.status ?? []),
    optional('ServiceArea', query.serviceArea),
    optional('Municipality', query.municipality),
    optional('Topic', query.topic),
    optional('Period', query.period),
    after === null ? null : `fields/${column} ${descending ? 'lt' : 'gt'} ${literal(after)}`,
  );
}

/**
 * The free-text search as a predicate, or null when there is none. Graph cannot filter list
 * items by substring, so this runs on the items the indexed query returns.
 */
export function searchPredicate(q: string | undefined): ((obs: Observation) => boolean) | null {
  const needle = searchFold(q?.trim() ?? '');
  if (needle === '') return null;
  return (obs) => searchTextOf(obs).includes(needle);
}

/**
 * The board key (of the query's sort) a cursor continues after; null for none;
 * InvalidCursorError if not ours or of another sort.
 */
export function cursorBoardKey(query: Pick<BoardQuery, 'cursor' | 'sort'>): string | null {
  if (query.cursor === undefined || query.cursor === '') return null;
  return boardKeyOf(decodeSortedCursor(query.cursor, query.sort ?? DEFAULT_BOARD_SORT));
}

/** The SortKey a cursor continues after; null for none; InvalidCursorError if not ours. */
export function cursorSortKey(cursor: string | undefined): string | null {
  if (cursor === undefined || cursor === '') return null;
  return sortKeyOf(decodeCursor(cursor));
}
