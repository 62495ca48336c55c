import type { NumberLocale } from 'vega';

/**
 * The chart's number format in the report's language, read from Intl so the axis says
 * "1 000" in Finnish and Swedish and "1,000" in English, as the tables do.
 */
export function numberLocale(locale: string): NumberLocale {
  const parts = new Intl.NumberFormat(locale, {
    useGrouping: 'always',
  } as Intl.NumberFormatOptions).formatToParts(12345.5);
  const part = (type: string, fallback: string): string =>
    parts.find((p) => p.type === type)?.value ?? fallback;
  return {
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: ['', '\u00a0€'],
  };
}
