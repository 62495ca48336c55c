import { inScope } from '../../domain/compilation/compile';
import { nextPeriod, periodOf, periodOfLocalDate } from '../../domain/county/periods';
import type { Period } from '../../domain/county/county-config';
import { localDateString } from '../../domain/notification/meeting-schedule';
import type { Observation } from '../../domain/observation/observation';
import type { ReportedObservation } from '../../domain/report';
import type { AppDeps } from '../app-deps';
import { observationsFiledBetween } from '../observations-filed-between';

type Deps = Pick<AppDeps, 'store' | 'county'>;

/** What a report may know of an observation: never who filed it. */
export const reportedObservation = (o: Observation): ReportedObservation => ({
  id: o.id,
  kind: o.kind,
  serviceArea: o.serviceArea,
  municipality: o.municipality,
  topic: o.topic,
  targetGroup: o.targetGroup,
  createdAt: o.createdAt,
});

/** The observations filed from…to (yyyy-mm-dd, county time, both days included). */
export async function observationsOfDays(
  deps: Deps,
  from: string,
  to: string,
): Promise<Observation[]> {
  const filed = await observationsFiledBetween(deps, from, to);
  return filed.filter((o) => inScope(o, { from, to, serviceArea: null }, deps.county.timeZone));
}

/** The county's reporting periods named after the year (2026-Q1 …, 2026-H1 …), in order. */
export function periodsOfYear(deps: Pick<AppDeps, 'county'>, year: number): Period[] {
  const { periodScheme } = deps.county;
  const periods: Period[] = [];
  // A half-year may begin in the December before (half-years-dec): start a month early.
  let period = periodOfLocalDate(periodScheme, { year: year - 1, month: 12, day: 1 });
  while (period.start <= `${year}-12-31`) {
    if (period.id.startsWith(`${year}-`)) periods.push(period);
    period = nextPeriod(periodScheme, period);
  }
  return periods;
}

/** How many of `observations` fall in each period. */
export function countByPeriod(
  deps: Pick<AppDeps, 'county'>,
  periods: readonly Period[],
  observations: readonly Observation[],
): (Period & { count: number })[] {
  const counts = new Map<string, number>();
  for (const o of observations) {
    const id = periodOf(deps.county.periodScheme, new Date(o.createdAt), deps.county.timeZone).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return periods.map((p) => ({ ...p, count: counts.get(p.id) ?? 0 }));
}

/** Today in county time, yyyy-mm-dd. */
export const todayOf = (deps: Pick<AppDeps, 'clock' | 'county'>): string =>
  localDateString(deps.clock.now(), deps.county.timeZone);
