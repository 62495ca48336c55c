import type { BoardScope } from '../../domain/policy/board-scope';
import { DEFAULT_BOARD_SORT, type BoardSort } from '../../domain/observation/board-order';
import type { BoardQuery } from '../../ports/observation-store';
import { decodeSortedCursor, type SortedPosition } from '../board-cursor';
export { encodeCursor, encodeSortedCursor, positionOf } from '../board-cursor';
import { searchFold } from '../../domain/observation/search-text';
import { OBSERVATION_COLUMNS } from './mapper';

export type SqlParam = string | number;
/** A statement and its positional parameters. */
export type SqlQuery = { readonly sql: string; readonly params: readonly SqlParam[] };

/**
 * The supervisor's slice of the county as alternatives: their service areas, or naming them.
 * Empty for the whole county.
 */
function scopeBranches(scope: BoardScope): SqlQuery[] {
  if (scope.kind === 'all') return [];
  const named: SqlQuery = { sql: 'supervisor_id = ?', params: [scope.supervisorId] };
  if (scope.serviceAreas.length === 0) return [named];
  const areas = `service_area IN (${marks(scope.serviceAreas.length)})`;
  return [{ sql: areas, params: scope.serviceAreas }, named];
}

/** The scope as one WHERE condition, or null for the whole county. */
export function scopeSql(scope: BoardScope): SqlQuery | null {
  const branches = scopeBranches(scope);
  if (branches.length === 0) return null;
  return {
    sql: `(${branches.map((branch) => branch.sql).join(' OR ')})`,
    params: branches.flatMap((branch) => branch.params),
  };
}

/**
 * Counts (up to a bound) the observations the trigram index offers for a search; the board
 * uses it to choose between reading just those and scanning in order. The store runs it on
 * its connection; the benchmark runs the very same statement raw.
 */
export type HitCounter = (probe: SqlQuery) => number;

/**
 * Up to this many candidates from the trigram index, the board reads only those rows and
 * sorts them (a few milliseconds); with more, the text is common enough that scanning newest
 * first with instr fills a page sooner than reading every candidate would.
 */
export const SEARCH_INDEX_MAX_HITS = 2000;

const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * The trigram index query for a folded search text: every distinct three-character piece,
 * AND-ed, each quoted so nothing in it is FTS5 syntax. Null below three characters, which
 * the trigram index cannot answer. The index stores document ids only (detail=none), so the
 * pieces' order is not checked there: instr re-checks the literal substring. Pieces with a
 * control character are left out: FTS5 ends a quoted string at NUL ("unterminated string"),
 * and fewer pieces only widen the candidates instr then checks.
 */
export function trigramMatch(folded: string): string | null {
  const chars = [...folded];
  const pieces = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i += 1) {
    const piece = chars.slice(i, i + 3).join('');
    if (!CONTROL_CHARACTER.test(piece)) pieces.add(piece);
  }
  if (pieces.size === 0) return null;
  return [...pieces].map((piece) => `"${piece.replaceAll('"', '""')}"`).join(' AND ');
}

const SEARCH_HITS =
  'SELECT observation_id FROM observations_search WHERE observations_search MATCH ?';

/** The probe: how many candidates (at most SEARCH_INDEX_MAX_HITS + 1) the index offers. */
export const searchProbeSql = (match: string): SqlQuery => ({
  sql: `SELECT count(*) AS hits FROM (${SEARCH_HITS} LIMIT ?)`,
  params: [match, SEARCH_INDEX_MAX_HITS + 1],
});

/**
 * `q` as a condition: a literal, case-folded substring of the search text (instr, not LIKE:
 * % and _ are no wildcards). When the trigram index says the text is rare, the rows are
 * looked up by the index's candidates instead of being scanned.
 */
function searchPart(
  q: string,
  countHits: HitCounter | undefined,
): SqlQuery & { readonly indexed: boolean } {
  const folded = searchFold(q);
  const literal = { sql: 'instr(search_text, ?) > 0', params: [folded], indexed: false };
  const match = trigramMatch(folded);
  if (match === null || countHits === undefined) return literal;
  if (countHits(searchProbeSql(match)) > SEARCH_INDEX_MAX_HITS) return literal;
  return {
    sql: `id IN (${SEARCH_HITS}) AND ${literal.sql}`,
    params: [match, folded],
    indexed: true,
  };
}

/**
 * The query's filters (without scope and cursor), each an AND-ed condition, and whether the
 * search reads the trigram index's candidates. `inOrder` writes each filter column as `+col`,
 * which keeps SQLite from using that column's index: the rows are then read in the order's
 * own index and the filters checked on the way.
 */
function filterParts(
  query: BoardQuery,
  countHits: HitCounter | undefined,
  inOrder = false,
): { parts: SqlQuery[]; searchIndexed: boolean } {
  const col = (name: string): string => (inOrder ? `+${name}` : name);
  const parts: SqlQuery[] = [];
  if (query.status !== undefined && query.status.length > 0) {
    parts.push({
      sql: `${col('status')} IN (${marks(query.status.length)})`,
      params: query.status,
    });
  }
  for (const [column, value] of [
    ['service_area', query.serviceArea],
    ['municipality', query.municipality],
    ['topic', query.topic],
    ['period', query.period],
  ] as const) {
    if (value !== undefined) parts.push({ sql: `${col(column)} = ?`, params: [value] });
  }
  const q = query.q?.trim() ?? '';
  let searchIndexed = false;
  if (q !== '') {
    const search = searchPart(q, countHits);
    searchIndexed = search.indexed;
    parts.push({ sql: search.sql, params: search.params });
  }
  return { parts, searchIndexed };
}

/** How one order reads: its ORDER BY, the columns it needs selected, the keyset condition. */
type OrderSql = {
  readonly orderBy: string;
  /** Sort columns beyond the observation's own, for the ORDER BY of a UNION of pages. */
  readonly extraColumns: string;
  after(position: SortedPosition): SqlQuery;
};

const ORDERS: Readonly<Record<BoardSort, OrderSql>> = {
  filed_desc: {
    orderBy: 'ORDER BY created_at DESC, id DESC',
    extraColumns: '',
    after: (p) => ({ sql: '(created_at, id) < (?, ?)', params: positionValues(p) }),
  },
  filed_asc: {
    orderBy: 'ORDER BY created_at, id',
    extraColumns: '',
    after: (p) => ({ sql: '(created_at, id) > (?, ?)', params: positionValues(p) }),
  },
  waiting_desc: {
    orderBy: 'ORDER BY wait_rank, id',
    extraColumns: ', wait_rank',
    after: (p) => ({ sql: '(wait_rank, id) > (?, ?)', params: positionValues(p) }),
  },
  priority_asc: {
    orderBy: 'ORDER BY priority_rank, created_at, id',
    extraColumns: ', priority_rank',
    after: (p) => ({
      sql: '(priority_rank, created_at, id) > (?, ?, ?)',
      params: positionValues(p),
    }),
  },
};

function positionValues(position: SortedPosition): SqlParam[] {
  switch (position.sort) {
    case 'filed_desc':
    case 'filed_asc':
      return [position.createdAt, position.id];
    case 'waiting_desc':
      return [position.rank, position.id];
    case 'priority_asc':
      return [position.rank, position.createdAt, position.id];
  }
}

/**
 * Above this many matching observations, a board in waiting or priority order is read in
 * that order's index with the filters checked on the way: a page then fills after about
 * `limit × all / matching` rows. At or below it, the filters' indexes find the rows and
 * SQLite sorts them (2,000 rows take about a millisecond).
 */
export const SORT_INDEX_MIN_MATCHES = 2000;

/** At most `cap + 1` of the rows the conditions match, counted. */
const countAtMost = (parts: readonly SqlQuery[], cap: number): SqlQuery => ({
  sql:
    'SELECT count(*) AS hits FROM (SELECT 1 FROM observations' +
    (parts.length > 0 ? ` WHERE ${parts.map((part) => part.sql).join(' AND ')}` : '') +
    ' LIMIT ?)',
  params: [...parts.flatMap((part) => part.params), cap + 1],
});

/** The scope as one condition; `inOrder` keeps SQLite off the scope columns' indexes. */
function scopePart(scope: BoardScope, inOrder: boolean): SqlQuery | null {
  const part = scopeSql(scope);
  if (part === null || !inOrder) return part;
  return { sql: part.sql.replace(/\b(service_area|supervisor_id)\b/g, '+$1'), params: part.params };
}

/**
 * The board as one SQL statement: the scope and filters as WHERE, keyset paging on the
 * sort's key (see board-order.ts), newest first by default. It asks for `limit + 1` rows; the
 * extra one only tells that another page follows. Exported so the benchmark can time the
 * same SQL raw.
 *
 * By filing time (either way) the filters' indexes end in (created_at, id), so a filtered
 * page is read in order straight from the filter's index. A supervisor's scope is an OR of
 * two indexed conditions, for which SQLite would collect and sort every row in scope (75 ms
 * at 100,000 rows). As a UNION of two pages, each is read in order from its own index and
 * only the two pages are merged.
 *
 * By waiting or priority, the order's own index (observations_waiting, _priority) is read in
 * order when nothing is filtered. Filtered, `countHits` is first asked how many observations
 * match (up to SORT_INDEX_MIN_MATCHES + 1): many, and the order's index is read with the
 * filters checked on the way; few, and the filters' indexes find them to be sorted. A search
 * through the trigram index (a rare text) always sorts its candidates; one that scans (a
 * common or short text) reads in order. Without a counter (plan tests) it reads in order.
 *
 * A search of three or more characters first asks `countHits` how common the text is (see
 * searchPart); without a counter it scans.
 */
export function boardSql(query: BoardQuery, countHits?: HitCounter): SqlQuery {
  const sort = query.sort ?? DEFAULT_BOARD_SORT;
  const order = ORDERS[sort];
  const rows = pageSize(query) + 1;
  const cursor =
    query.cursor !== undefined && query.cursor !== ''
      ? order.after(decodeSortedCursor(query.cursor, sort))
      : null;
  const select = (parts: readonly SqlQuery[], extra = ''): SqlQuery => ({
    sql:
      `SELECT ${OBSERVATION_COLUMNS}${extra} FROM observations` +
      (parts.length > 0 ? ` WHERE ${parts.map((part) => part.sql).join(' AND ')}` : '') +
      ` ${order.orderBy} LIMIT ?`,
    params: [...parts.flatMap((part) => part.params), rows],
  });

  if (sort === 'waiting_desc' || sort === 'priority_asc') {
    const plain = filterParts(query, countHits);
    const scope = scopeSql(query.scope);
    const conditions = [...(scope === null ? [] : [scope]), ...plain.parts];
    if (conditions.length === 0) return select(cursor === null ? [] : [cursor]);
    const q = query.q?.trim() ?? '';
    const inOrder = plain.searchIndexed
      ? false
      : q !== '' ||
        countHits === undefined ||
        countHits(countAtMost(conditions, SORT_INDEX_MIN_MATCHES)) > SORT_INDEX_MIN_MATCHES;
    if (!inOrder) return select([...conditions, ...(cursor === null ? [] : [cursor])]);
    const scoped = scopePart(query.scope, true);
    const filters = filterParts(query, countHits, true).parts;
    return select([
      ...(scoped === null ? [] : [scoped]),
      ...filters,
      ...(cursor === null ? [] : [cursor]),
    ]);
  }

  const filters = [...filterParts(query, countHits).parts, ...(cursor === null ? [] : [cursor])];
  const branches = scopeBranches(query.scope);
  if (branches.length <= 1) return select([...branches, ...filters]);
  const pages = branches.map((branch) => select([branch, ...filters], order.extraColumns));
  return {
    sql: `${pages.map((p) => `SELECT * FROM (${p.sql})`).join(' UNION ')} ${order.orderBy} LIMIT ?`,
    params: [...pages.flatMap((p) => p.params), rows],
  };
}

/**
 * How many observations the scope and filters match, at most `cap + 1` (more than `cap`
 * means "over the cap"): the board's total. A search through the trigram index counts its
 * candidates; otherwise the filters' indexes (covering for one filter) or a scan.
 */
export function boardCountSql(query: BoardQuery, cap: number, countHits?: HitCounter): SqlQuery {
  const scope = scopeSql(query.scope);
  const { parts } = filterParts(query, countHits);
  return countAtMost([...(scope === null ? [] : [scope]), ...parts], cap);
}

/** The page size actually used: a whole number, at least 1. */
export const pageSize = (query: Pick<BoardQuery, 'limit'>): number =>
  Math.max(1, Math.trunc(query.limit) || 1);

const marks = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
