import type { Period } from '../domain/county/county-config';
import { periodById, periodOf } from '../domain/county/periods';
import type { Actor } from '../domain/policy/actor';
import { boardScopeOf } from '../domain/policy/policy';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { liveNamedSupervisor } from './named-supervisor';
import { recomputedAnswerTimes } from './answer-times';
import { forbidden, validationError, type AppError } from './app-error';
import { BOARD_TOTAL_CAP, toBoardQuery, type BoardFilters } from './board-filters';
import { toObservationView, type ObservationView } from './observation-view';
import { unlessForeignCursor } from './page-cursor';

export type BoardPage = {
  readonly items: readonly ObservationView[];
  readonly nextCursor: string | null;
  /**
   * How many observations the filters match on all pages together, counted up to
   * BOARD_TOTAL_CAP; `totalExact` false: at least `total` (the store stopped counting).
   */
  readonly total: number;
  readonly totalExact: boolean;
  /** How long reporters waited for a first answer in `period`; null when it had none. */
  readonly medianHoursToFirstAnswer: number | null;
  /** The filtered period, or the current one when the board is not filtered by period. */
  readonly period: Period;
  /**
   * Items of this page nobody answers for (no supervisor named, none in the service area):
   * the coordinators were told of them instead (issue 13).
   */
  readonly unroutedIds: readonly string[];
};

/**
 * The page's observations whose area has no supervisor and that name none who still is one
 * (a named supervisor who is gone answers for nothing: liveNamedSupervisor).
 */
async function unroutedOf(
  staff: AppDeps['staff'],
  page: readonly {
    readonly id: string;
    readonly serviceArea: string;
    readonly supervisorId: string | null;
  }[],
): Promise<string[]> {
  const items = await Promise.all(
    page.map(async (o) => ({
      ...o,
      supervisorId: await liveNamedSupervisor(staff, o.supervisorId),
    })),
  );
  const areas = [
    ...new Set(items.filter((o) => o.supervisorId === null).map((o) => o.serviceArea)),
  ];
  const empty = new Set(
    (
      await Promise.all(
        areas.map(async (area) => ((await staff.supervisorsOf(area)).length === 0 ? area : null)),
      )
    ).filter((area): area is string => area !== null),
  );
  return items.filter((o) => o.supervisorId === null && empty.has(o.serviceArea)).map((o) => o.id);
}

/** The triage board of supervisors and the RAKE group; reporters have none (403). */
export async function browseBoard(
  deps: AppDeps,
  actor: Actor,
  filters: BoardFilters,
): Promise<Result<BoardPage, AppError>> {
  const scope = boardScopeOf(actor);
  if (scope === null) return forbidden();
  const query = toBoardQuery(filters, deps.county, scope);
  if (!query.ok) return validationError(query.error);

  const now = deps.clock.now();
  const { periodScheme, timeZone } = deps.county;
  const period =
    (query.value.period === undefined ? null : periodById(periodScheme, query.value.period)) ??
    periodOf(periodScheme, now, timeZone);
  const [page, medianHours, total] = await Promise.all([
    unlessForeignCursor(() => deps.store.listBoard(query.value)),
    // Kept up to date as filings and first answers land (AppDeps.answerTimes), else recomputed.
    (deps.answerTimes ?? recomputedAnswerTimes(deps.store)).medianHours(period.id, scope, now),
    deps.store.countBoard(query.value, BOARD_TOTAL_CAP),
  ]);
  if (page === null) return validationError([{ field: 'cursor', code: 'invalid_type' }]);
  const unroutedIds = await unroutedOf(deps.staff, page.items);
  return ok({
    items: page.items.map((observation) => toObservationView(actor, observation, now)),
    nextCursor: page.nextCursor,
    total: total.count,
    totalExact: total.exact,
    medianHoursToFirstAnswer: medianHours,
    period,
    unroutedIds,
  });
}
