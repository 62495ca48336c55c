import type { Period, PeriodScheme } from './county-config';

/** The period an instant falls in, by the county's local calendar date. */
export function periodOf(scheme: PeriodScheme, instant: Date, timeZone: string): Period {
  throw new Error('not implemented yet');
}

/** The period with this id, or null if the id is not of this scheme. */
export function periodById(scheme: PeriodScheme, id: string): Period | null {
  throw new Error('not implemented yet');
}

/** The current period and the `count - 1` before it, newest first. */
export function recentPeriods(scheme: PeriodScheme, now: Date, timeZone: string, count: number): Period[] {
  throw new Error('not implemented yet');
}
