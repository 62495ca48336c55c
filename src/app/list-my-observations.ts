import type { Actor } from '../domain/policy/actor';
import type { FieldProblem } from '../domain/shared/field-problem';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { validationError, type AppError } from './app-error';
import { withOutcomes, type ObservationWithOutcome } from './led-to';
import { toObservationView } from './observation-view';
import { MAX_CURSOR, unlessForeignCursor } from './page-cursor';

/**
 * Page sizes of "my reports". Paged because a long-serving reporter's list grows without
 * bound (3,000 observations were 1.4 MB in one answer); the default is a screenful, the most
 * a client may ask for at once twice the board's.
 */
export const MINE_LIMIT = { min: 1, max: 200, default: 50 } as const;

/** Which page the caller asked for (not yet trusted). */
export type MineFilters = { readonly cursor?: string; readonly limit?: number };

export type MyReportsPage = {
  /** Each with what it led to: the reporter follows their report to its end. */
  readonly items: readonly ObservationWithOutcome[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
};

/** "My reports": what the caller filed or co-reported, newest first, a page at a time. */
export async function listMyObservations(
  deps: AppDeps,
  actor: Actor,
  filters: MineFilters = {},
): Promise<Result<MyReportsPage, AppError>> {
  const problems: FieldProblem[] = [];
  const limit = filters.limit ?? MINE_LIMIT.default;
  if (!Number.isInteger(limit) || limit < MINE_LIMIT.min || limit > MINE_LIMIT.max) {
    const bound = limit < MINE_LIMIT.min ? MINE_LIMIT.min : MINE_LIMIT.max;
    problems.push({ field: 'limit', code: 'out_of_range', limit: bound });
  }
  if (filters.cursor !== undefined && filters.cursor.length > MAX_CURSOR) {
    problems.push({ field: 'cursor', code: 'too_long', limit: MAX_CURSOR });
  }
  if (problems.length > 0) return validationError(problems);

  const cursor = filters.cursor === '' ? undefined : filters.cursor;
  const page = await unlessForeignCursor(() =>
    deps.store.listMine(actor.id, { limit, ...(cursor === undefined ? {} : { cursor }) }),
  );
  if (page === null) return validationError([{ field: 'cursor', code: 'invalid_type' }]);
  const now = deps.clock.now();
  return ok({
    items: await withOutcomes(
      deps,
      actor,
      page.items.map((observation) => toObservationView(actor, observation, now)),
    ),
    nextCursor: page.nextCursor,
  });
}
