import { isCounted } from '../../domain/lifecycle/status';
import { periodById, periodOf, previousPeriod } from '../../domain/county/periods';
import type { Period } from '../../domain/county/county-config';
import type { Observation } from '../../domain/observation/observation';
import { phenomenonTrends, type PhenomenonTrend } from '../../domain/phenomenon/phenomenon-trends';
import type { Actor } from '../../domain/policy/actor';
import { canReadWorkspace } from '../../domain/policy/workspace-policy';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';

export type PhenomenonTrends = {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly items: readonly PhenomenonTrend[];
};

/** Pages of the board read for a period's observations. */
const PAGE = 500;

async function observationsOf(
  deps: Pick<AppDeps, 'store'>,
  period: string,
): Promise<Observation[]> {
  const found: Observation[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.listBoard({
      scope: { kind: 'all' },
      period,
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    // A withdrawn observation counts nowhere.
    found.push(...page.items.filter(isCounted));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return found;
}

/**
 * How each phenomenon showed in a period (default: the current one) against the one before,
 * by service area and municipality. Counts, not reports: every workspace reader sees them.
 */
export async function listPhenomenonTrends(
  deps: Pick<AppDeps, 'phenomena' | 'store' | 'county' | 'clock'>,
  actor: Actor,
  periodId: string | undefined,
): Promise<Result<PhenomenonTrends, AppError>> {
  if (!canReadWorkspace(actor)) return forbidden();
  const { periodScheme, timeZone } = deps.county;
  const period =
    periodId === undefined
      ? periodOf(periodScheme, deps.clock.now(), timeZone)
      : periodById(periodScheme, periodId);
  if (period === null) return validationError([{ field: 'period', code: 'unknown_choice' }]);
  const before = previousPeriod(periodScheme, period);
  const [phenomena, links, current, previous] = await Promise.all([
    deps.phenomena.list(),
    deps.phenomena.allLinks(),
    observationsOf(deps, period.id),
    observationsOf(deps, before.id),
  ]);
  return ok({
    period,
    previousPeriod: before,
    items: phenomenonTrends(phenomena, links, current, previous),
  });
}
