import type { BoardScope } from '../../domain/policy/board-scope';
import type { BoardQuery } from '../../ports/observation-store';
import { decodeCursor } from '../board-cursor';
export { encodeCursor } from '../board-cursor';
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
function searchPart(q: string, countHits: HitCounter | undefined): SqlQuery {
  const folded = searchFold(q);
  const literal: SqlQuery = { sql: 'instr(search_text, ?) > 0', params: [folded] };
  const match = trigramMatch(folded);
  if (match === null || countHits === undefined) return literal;
  if (countHits(searchProbeSql(match)) > SEARCH_INDEX_MAX_HITS) return literal;
  return { sql: `id IN (${SEARCH_HITS}) AND ${literal.sql}`, params: [match, folded] };
}

/** The query's filters and the cursor position, each an AND-ed condition. */
function filterParts(query: BoardQuery, countHits: HitCounter | undefined): SqlQuery[] {
  const parts: SqlQuery[] = [];
  if (query.status !== undefined && query.status.length > 0) {
    parts.push({ sql: `status IN (${marks(query.status.length)})`, params: query.status });
  }
  for (const [column, value] of [
    ['service_area', query.serviceArea],
    ['municipality', query.municipality],
    ['topic', query.topic],
    ['period', query.period],
  ] as const) {
    if (value !== undefined) parts.push({ sql: `${column} = ?`, params: [value] });
  }
  const q = query.q?.trim() ?? '';
  if (q !== '') parts.push(searchPart(q, countHits));
  if (query.cursor !== undefined && query.cursor !== '') {
    const after = decodeCursor(query.cursor);
    parts.push({ sql: '(created_at, id) < (?, ?)', params: [after.createdAt, after.id] });
  }
  return parts;
}

const NEWEST_FIRST = 'ORDER BY created_at DESC, id DESC';

/**
 * The board as one SQL statement: the scope and filters as WHERE, keyset paging on
 * (created_at, id), newest first. It asks for `limit + 1` rows; the extra one only tells
 * that another page follows. Exported so the benchmark can time the same SQL raw.
 *
 * A supervisor's scope is an OR of two indexed conditions, for which SQLite would collect
 * and sort every row in scope (75 ms at 100,000 rows). As a UNION of two newest-first pages,
 * each is read in order from its own index and only the two pages are merged.
 *
 * A search of three or more characters first asks `countHits` how common the text is (see
 * searchPart); without a counter (plan tests) it scans.
 */
export function boardSql(query: BoardQuery, countHits?: HitCounter): SqlQuery {
  const filters = filterParts(query, countHits);
  const rows = pageSize(query) + 1;
  const page = (parts: readonly SqlQuery[]): SqlQuery => ({
    sql:
      `SELECT ${OBSERVATION_COLUMNS} FROM observations` +
      (parts.length > 0 ? ` WHERE ${parts.map((part) => part.sql).join(' AND ')}` : '') +
      ` ${NEWEST_FIRST} LIMIT ?`,
    params: [...parts.flatMap((part) => part.params), rows],
  });

  const branches = scopeBranches(query.scope);
  if (branches.length <= 1) return page([...branches, ...filters]);
  const pages = branches.map((branch) => page([branch, ...filters]));
  return {
    sql: `${pages.map((p) => `SELECT * FROM (${p.sql})`).join(' UNION ')} ${NEWEST_FIRST} LIMIT ?`,
    params: [...pages.flatMap((p) => p.params), rows],
  };
}

/** The page size actually used: a whole number, at least 1. */
export const pageSize = (query: Pick<BoardQuery, 'limit'>): number =>
  Math.max(1, Math.trunc(query.limit) || 1);

const marks = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
