import { zoneOffsetAt, type LocalDate } from '../county/local-date';

const DAY_MS = 86_400_000;
const MAX_DAYS = 4096;

/**
 * The county's calendar date of many instants, fast: an export asks it 200,000 times, and
 * `Intl` takes microseconds an answer. A zone's offset is looked up once per UTC day and used
 * for the whole day when it is the same at the day's first and last millisecond; on a day
 * the clocks change, each instant is looked up on its own. Throws a RangeError for an unknown
 * time zone (a configuration bug), as `localDateOf` does.
 */
export function localDays(timeZone: string): (instant: string) => LocalDate {
  const offsetAt = (ms: number): number => zoneOffsetAt(ms, timeZone);
  offsetAt(0); // an unknown zone throws here, not at the first instant
  // Each UTC day's offset, or null when the clocks change that day. Days of a few years at most.
  const offsets = new Map<number, number | null>();
  const offsetOfDay = (day: number): number | null => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      if (offsets.size >= MAX_DAYS) offsets.clear();
      const start = day * DAY_MS;
      const first = offsetAt(start);
      offset = offsetAt(start + DAY_MS - 1000) === first ? first : null;
      offsets.set(day, offset);
    }
    return offset;
  };

  return (instant) => {
    const ms = Date.parse(instant);
    const local = new Date(ms + (offsetOfDay(Math.floor(ms / DAY_MS)) ?? offsetAt(ms)));
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
    };
  };
}
