import type { CountyConfig } from '../domain/county/county-config';
import { periodById } from '../domain/county/periods';
import { isBoardSort } from '../domain/observation/board-order';
import { STATUSES, type Status } from '../domain/lifecycle/status';
import type { Choice } from '../domain/shared/localized-text';
import type { FieldProblem } from '../domain/shared/field-problem';
import { err, ok, type Result } from '../domain/shared/result';
import type { BoardQuery, BoardScope } from '../ports';
import { MAX_CURSOR } from './page-cursor';

export const BOARD_LIMIT = { min: 1, max: 100, default: 50 } as const;
/**
 * The board's total is counted up to this many; beyond, it is "at least 5 000". SharePoint
 * answers no `$count` for list items, so counting is reading, and Graph's largest page is
 * 5,000 items: one request counts this many.
 */
export const BOARD_TOTAL_CAP = 5000;
const MAX_QUERY_TEXT = 200;

/** Board filters as the caller sent them (already split into values, not yet trusted). */
export type BoardFilters = {
  readonly status?: readonly string[];
  readonly serviceArea?: string;
  readonly municipality?: string;
  readonly topic?: string;
  readonly period?: string;
  readonly q?: string;
  readonly cursor?: string;
  readonly limit?: number;
  /** One of BOARD_SORTS (board-order.ts); absent: newest first. */
  readonly sort?: string;
};

/** Turns filters into a store query; unknown ids are refused so a typo never shows "nothing". */
export function toBoardQuery(
  filters: BoardFilters,
  county: CountyConfig,
  scope: BoardScope,
): Result<BoardQuery, FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const status = filters.status ?? [];
  const unknownStatus = status.findIndex((s) => !(STATUSES as readonly string[]).includes(s));
  if (unknownStatus >= 0) problems.push({ field: 'status', code: 'unknown_choice' });
  checkChoice(problems, 'serviceArea', filters.serviceArea, county.serviceAreas);
  checkChoice(problems, 'municipality', filters.municipality, county.municipalities);
  checkChoice(problems, 'topic', filters.topic, county.topics);
  if (filters.period !== undefined && periodById(county.periodScheme, filters.period) === null) {
    problems.push({ field: 'period', code: 'unknown_choice' });
  }
  if (filters.q !== undefined && filters.q.length > MAX_QUERY_TEXT) {
    problems.push({ field: 'q', code: 'too_long', limit: MAX_QUERY_TEXT });
  }
  if (filters.sort !== undefined && !isBoardSort(filters.sort)) {
    problems.push({ field: 'sort', code: 'unknown_choice' });
  }
  if (filters.cursor !== undefined && filters.cursor.length > MAX_CURSOR) {
    problems.push({ field: 'cursor', code: 'too_long', limit: MAX_CURSOR });
  }
  const limit = filters.limit ?? BOARD_LIMIT.default;
  if (!Number.isInteger(limit) || limit < BOARD_LIMIT.min || limit > BOARD_LIMIT.max) {
    const bound = limit < BOARD_LIMIT.min ? BOARD_LIMIT.min : BOARD_LIMIT.max;
    problems.push({ field: 'limit', code: 'out_of_range', limit: bound });
  }
  if (problems.length > 0) return err(problems);
  return ok({
    scope,
    limit,
    ...(status.length > 0 ? { status: [...new Set(status)] as Status[] } : {}),
    ...optional('serviceArea', filters.serviceArea),
    ...optional('municipality', filters.municipality),
    ...optional('topic', filters.topic),
    ...optional('period', filters.period),
    ...optional('q', filters.q),
    ...optional('cursor', filters.cursor),
    ...(filters.sort !== undefined && isBoardSort(filters.sort) ? { sort: filters.sort } : {}),
  });
}

function checkChoice(
  problems: FieldProblem[],
  field: string,
  value: string | undefined,
  choices: readonly Choice[],
): void {
  if (value !== undefined && !choices.some((choice) => choice.id === value)) {
    problems.push({ field, code: 'unknown_choice' });
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
