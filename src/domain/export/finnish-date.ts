import type { LocalDate } from '../county/local-date';

/** `d.M.yyyy` without leading zeros, as Finns write dates and Finnish Excel reads them: 30.11.2026. */
export function finnishDate(date: LocalDate): string {
  return `${date.day}.${date.month}.${date.year}`;
}
