import type { BoardScope } from '../../domain/policy/board-scope';
import { InvalidCursorError, type BoardQuery } from '../../ports/observation-store';
import { OBSERVATION_COLUMNS, searchFold } from './mapper';

export type SqlParam = string | number;
/** A statement and its positional parameters. */
export type SqlQuery = { readonly sql: string; readonly params: readonly SqlParam[] };

/** Where the previous page ended: the board's sort key of its last item. */
type Position = { readonly createdAt: string; readonly id: string };

/** The cursor is the last item's (created_at, id), as base64url JSON. */
export function encodeCursor(last: Position): string {
  return Buffer.from(JSON.stringify([last.createdAt, last.id])).toString('base64url');
}

/** Reads a cursor back; anything this store did not write is an InvalidCursorError. */
export function decodeCursor(cursor: string): Position {
  const bytes = Buffer.from(cursor, 'base64url');
  // base64url decoding skips what it does not understand; only a round trip proves ours.
  if (bytes.toString('base64url') !== cursor) throw new InvalidCursorError(cursor);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'string' ||
    Number.isNaN(Date.parse(value[0]))
  ) {
    throw new InvalidCursorError(cursor);
  }
  return { createdAt: value[0], id: value[1] };
}

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

/** The query's filters and the cursor position, each an AND-ed condition. */
function filterParts(query: BoardQuery): SqlQuery[] {
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
  // instr, not LIKE: the text is taken literally, % and _ are no wildcards.
  if (q !== '') parts.push({ sql: 'instr(search_text, ?) > 0', params: [searchFold(q)] });
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
 */
export function boardSql(query: BoardQuery): SqlQuery {
  const filters = filterParts(query);
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
