import {
  computeIndicators,
  indicatorSettingsOf,
  type Indicator,
  type ReportLanguage,
} from '../../domain/report';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { countByPeriod, observationsOfDays, periodsOfYear, todayOf } from './report-data';
import { mayReadReports } from './report-access';

type Deps = Pick<AppDeps, 'store' | 'county' | 'clock' | 'reports' | 'meetings' | 'proposals'>;

export type IndicatorList = { readonly year: number; readonly items: readonly Indicator[] };

/** The year asked for (`?year=2026`), or the current one; null when it is not a year. */
function yearOf(input: unknown, today: string): number | null {
  if (input === undefined || input === '') return Number(today.slice(0, 4));
  const text = typeof input === 'string' || typeof input === 'number' ? String(input) : '';
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** A year's indicators from the data, in the given language (the annual report's too). */
export async function indicatorsOfYear(
  deps: Deps,
  year: number,
  language: ReportLanguage,
): Promise<Indicator[]> {
  const periods = periodsOfYear(deps, year);
  const first = periods[0]?.start ?? `${year}-01-01`;
  const last = periods.at(-1)?.end ?? `${year}-12-31`;
  const [observations, reports, meetings, proposals] = await Promise.all([
    observationsOfDays(deps, first, last),
    deps.reports.list(),
    deps.meetings.list(),
    deps.proposals.list(),
  ]);
  return computeIndicators(
    {
      year,
      today: todayOf(deps),
      county: deps.county,
      periods: countByPeriod(deps, periods, observations),
      reports,
      meetings,
      proposals,
    },
    indicatorSettingsOf(deps.county),
    language,
  );
}

/** `GET /api/indicators?year=YYYY`: the implementation plan's follow-up. */
export async function getIndicators(
  deps: Deps,
  actor: Actor,
  yearInput: unknown,
  language: ReportLanguage,
): Promise<Result<IndicatorList, AppError>> {
  if (!mayReadReports(actor)) return forbidden();
  const year = yearOf(yearInput, todayOf(deps));
  if (year === null) return validationError([{ field: 'year', code: 'invalid_format' }]);
  return ok({ year, items: await indicatorsOfYear(deps, year, language) });
}
