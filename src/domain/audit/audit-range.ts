import { formatLocalDate, localDateOf, zoneOffsetAt } from '../county/local-date';

/** The instant a local day (`YYYY-MM-DD`) begins in the zone: midnight on the county's wall. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const midnightUtc = Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
  // Twice: the offset at the first guess may differ from the offset at the answer (DST).
  let instant = midnightUtc - zoneOffsetAt(midnightUtc, timeZone);
  instant = midnightUtc - zoneOffsetAt(instant, timeZone);
  return new Date(instant);
}

/** The local day after `day` (`YYYY-MM-DD`). */
export function nextLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The audit log's range for two local days, both inclusive, as the store's instants:
 * `from` ≤ at < `to`.
 */
export function auditRangeOf(
  fromDay: string,
  toDay: string,
  timeZone: string,
): { from: string; to: string } {
  return {
    from: startOfLocalDay(fromDay, timeZone).toISOString(),
    to: startOfLocalDay(nextLocalDay(toDay), timeZone).toISOString(),
  };
}

/** Today in the zone, `YYYY-MM-DD`. */
export const localDay = (instant: Date, timeZone: string): string =>
  formatLocalDate(localDateOf(instant, timeZone));
