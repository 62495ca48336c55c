import type { BoardFilters, MineFilters, StaffFilter } from '../../../app';
import type { FieldProblem } from '../../../domain/shared/field-problem';
import { err, ok, type Result } from '../../../domain/shared/result';

type RawQuery = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Reads a query string strictly: unknown parameters are refused (a typo must not quietly
 * show everything), a parameter given twice is refused unless it is a list, and an empty
 * value means "not filtered" so that a form can send all its fields.
 */
function readQuery<K extends string, L extends string>(
  query: unknown,
  singles: readonly K[],
  lists: readonly L[],
): Result<
  { singles: Partial<Record<K, string>>; lists: Partial<Record<L, string[]>> },
  FieldProblem[]
> {
  const raw = (query ?? {}) as RawQuery;
  const problems: FieldProblem[] = [];
  const singleValues: Partial<Record<K, string>> = {};
  const listValues: Partial<Record<L, string[]>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if ((lists as readonly string[]).includes(key)) {
      const items = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');
      if (items.length > 0) listValues[key as L] = items;
    } else if ((singles as readonly string[]).includes(key)) {
      if (values.length > 1) problems.push({ field: key, code: 'invalid_type' });
      else if (values[0] !== undefined && values[0] !== '') singleValues[key as K] = values[0];
    } else {
      problems.push({ field: key, code: 'unknown_field' });
    }
  }
  return problems.length > 0 ? err(problems) : ok({ singles: singleValues, lists: listValues });
}

const BOARD_SINGLES = [
  'serviceArea',
  'municipality',
  'topic',
  'period',
  'q',
  'cursor',
  'limit',
  'sort',
] as const;

export function parseBoardQuery(query: unknown): Result<BoardFilters, FieldProblem[]> {
  const read = readQuery(query, BOARD_SINGLES, ['status'] as const);
  if (!read.ok) return read;
  const { limit, ...rest } = read.value.singles;
  if (limit !== undefined && !/^\d{1,6}$/.test(limit)) {
    return err([{ field: 'limit', code: 'invalid_type' }]);
  }
  return ok({
    ...rest,
    ...(read.value.lists.status ? { status: read.value.lists.status } : {}),
    ...(limit !== undefined ? { limit: Number(limit) } : {}),
  });
}

/** `?cursor=&limit=` of "my reports". */
export function parseMineQuery(query: unknown): Result<MineFilters, FieldProblem[]> {
  const read = readQuery(query, ['cursor', 'limit'] as const, [] as const);
  if (!read.ok) return read;
  const { cursor, limit } = read.value.singles;
  if (limit !== undefined && !/^\d{1,6}$/.test(limit)) {
    return err([{ field: 'limit', code: 'invalid_type' }]);
  }
  return ok({
    ...(cursor !== undefined ? { cursor } : {}),
    ...(limit !== undefined ? { limit: Number(limit) } : {}),
  });
}

export function parseStaffQuery(query: unknown): Result<StaffFilter, FieldProblem[]> {
  const read = readQuery(query, ['role', 'serviceArea'] as const, [] as const);
  return read.ok ? ok(read.value.singles) : read;
}
