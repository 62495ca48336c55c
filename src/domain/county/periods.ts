import type { Period, PeriodScheme } from './county-config';
import { daysInMonth, formatLocalDate, localDateOf, type LocalDate } from './local-date';

/** A period as numbers: the year it is named after and its number within that year. */
type PeriodKey = { readonly year: number; readonly index: number };

type SchemeRules = {
  readonly perYear: number;
  readonly idPattern: RegExp;
  readonly label: string;
  /** Which period a local date belongs to. */
  keyOf(date: LocalDate): PeriodKey;
  /** Inclusive first and last local date of a period. */
  bounds(key: PeriodKey): { start: LocalDate; end: LocalDate };
};

const SCHEMES: Readonly<Record<PeriodScheme, SchemeRules>> = {
  quarters: {
    perYear: 4,
    idPattern: /^(\d{4})-Q([1-4])$/,
    label: 'Q',
    keyOf: (date) => ({ year: date.year, index: Math.ceil(date.month / 3) }),
    bounds: ({ year, index }) => {
      const lastMonth = index * 3;
      return {
        start: { year, month: lastMonth - 2, day: 1 },
        end: { year, month: lastMonth, day: daysInMonth(year, lastMonth) },
      };
    },
  },
  // Kymenlaakso: H1 = 1.12. of the previous year – 31.5., H2 = 1.6.–30.11. A period is
  // named after the year it ends in, so December already belongs to next year's H1.
  'half-years-dec': {
    perYear: 2,
    idPattern: /^(\d{4})-H([12])$/,
    label: 'H',
    keyOf: (date) => {
      if (date.month === 12) return { year: date.year + 1, index: 1 };
      return { year: date.year, index: date.month <= 5 ? 1 : 2 };
    },
    bounds: ({ year, index }) =>
      index === 1
        ? { start: { year: year - 1, month: 12, day: 1 }, end: { year, month: 5, day: 31 } }
        : { start: { year, month: 6, day: 1 }, end: { year, month: 11, day: 30 } },
  },
};

function toPeriod(scheme: PeriodScheme, key: PeriodKey): Period {
  const rules = SCHEMES[scheme];
  const { start, end } = rules.bounds(key);
  return {
    id: `${String(key.year).padStart(4, '0')}-${rules.label}${key.index}`,
    start: formatLocalDate(start),
    end: formatLocalDate(end),
  };
}

function keyOfId(scheme: PeriodScheme, id: string): PeriodKey | null {
  const parts = SCHEMES[scheme].idPattern.exec(id);
  if (parts === null) return null;
  const year = Number(parts[1]);
  // Year 0000 would put Kymenlaakso's H1 start before year 1; no county reports then.
  return year < 1 ? null : { year, index: Number(parts[2]) };
}

function step(scheme: PeriodScheme, key: PeriodKey, by: 1 | -1): PeriodKey {
  const perYear = SCHEMES[scheme].perYear;
  const ordinal = key.year * perYear + (key.index - 1) + by;
  return { year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
}

/** The period a local calendar date (`YYYY-MM-DD` parts) falls in. */
export function periodOfLocalDate(scheme: PeriodScheme, date: LocalDate): Period {
  return toPeriod(scheme, SCHEMES[scheme].keyOf(date));
}

/** The period an instant falls in, by the county's local calendar date. */
export function periodOf(scheme: PeriodScheme, instant: Date, timeZone: string): Period {
  return periodOfLocalDate(scheme, localDateOf(instant, timeZone));
}

/** The period with this id, or null if the id is not of this scheme. */
export function periodById(scheme: PeriodScheme, id: string): Period | null {
  const key = keyOfId(scheme, id);
  return key === null ? null : toPeriod(scheme, key);
}

/** The period just before this one (which must be of the scheme). */
export function previousPeriod(scheme: PeriodScheme, period: Period): Period {
  const key = keyOfId(scheme, period.id);
  if (key === null) throw new Error(`${period.id} is not a ${scheme} period`);
  return toPeriod(scheme, step(scheme, key, -1));
}

/** The period just after this one (which must be of the scheme). */
export function nextPeriod(scheme: PeriodScheme, period: Period): Period {
  const key = keyOfId(scheme, period.id);
  if (key === null) throw new Error(`${period.id} is not a ${scheme} period`);
  return toPeriod(scheme, step(scheme, key, 1));
}

/** The current period and the `count - 1` before it, newest first. */
export function recentPeriods(
  scheme: PeriodScheme,
  now: Date,
  timeZone: string,
  count: number,
): Period[] {
  const periods: Period[] = [];
  let period = periodOf(scheme, now, timeZone);
  for (let i = 0; i < Math.floor(count); i++) {
    periods.push(period);
    period = previousPeriod(scheme, period);
  }
  return periods;
}
