import { SMALL_COUNT_LIMIT } from './small-counts';

/*
 * Numbers and dates as a Finnish reader expects them, in every language of a report: the
 * counties publish in Finland, and a Swedish or English report keeps the county's figures
 * comparable with the Finnish one.
 */

// fi-FI groups thousands with a no-break space (1 234) and writes decimals with a comma.
const whole = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 });

/** 1234 → "1 234" (no-break space). */
export const formatCount = (count: number): string => whole.format(count);

/** 2.5 → "2,5"; 3 → "3". */
export const formatDecimal = (value: number): string => oneDecimal.format(value);

/** A share as a whole percentage, "45 %" (with a no-break space, as Finnish writes it). */
export const formatPercent = (part: number, of: number): string =>
  `${whole.format(of === 0 ? 0 : (part / of) * 100)}\u00a0%`;

const parts = (date: string): [number, number, number] => {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
};

/** yyyy-mm-dd → d.M.yyyy, without leading zeros: 2026-03-01 → 1.3.2026. */
export function formatDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${day}.${month}.${year}`;
}

/** Both days included; the year once when both are in it: 1.1.–31.3.2026. */
export function formatRange(from: string, to: string): string {
  const [fromYear, fromMonth, fromDay] = parts(from);
  if (fromYear === parts(to)[0]) return `${fromDay}.${fromMonth}.–${formatDate(to)}`;
  return `${formatDate(from)}–${formatDate(to)}`;
}

/** yyyy-mm → M/yyyy, the month of a line figure: 2026-03 → 3/2026. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${number ?? 1}/${year ?? 0}`;
}

/**
 * A count of observations by municipality, service area or target group as generated text
 * may say it. The text is published as the group leaves it, so it follows the same rule as
 * the tables: 1–4 is "alle 5" (in the report's language).
 */
export function formatProtectedCount(count: number, fewerThanFive: string): string {
  return count > 0 && count < SMALL_COUNT_LIMIT ? fewerThanFive : formatCount(count);
}

/** "a", "a ja b", "a, b ja c" — with the language's word for "and". */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/**
 * Months (yyyy-mm) by name in a sentence, the year said once for the months of one year:
 * "lokakuussa ja marraskuussa 2026", "i december 2025 och januari 2026". `names` are the
 * twelve months in the form the sentence needs (Finnish inessive: "tammikuussa" …).
 */
export function monthsInWords(
  months: readonly string[],
  names: readonly string[],
  and: string,
): string {
  const years: { year: string; names: string[] }[] = [];
  for (const month of months) {
    const [year = '', number = '1'] = month.split('-');
    const name = names[Number(number) - 1] ?? number;
    const last = years.at(-1);
    if (last?.year === year) last.names.push(name);
    else years.push({ year, names: [name] });
  }
  return listOf(
    years.map((y) => `${listOf(y.names, and)} ${y.year}`),
    and,
  );
}
