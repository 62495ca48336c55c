import type { Locale } from '../../src/domain/shared/localized-text';
import { botCatalogue } from '../i18n';

/**
 * Finnish date style in every language, as the counties write it: `d.m.yyyy klo hh.mm`
 * (sv `kl.`, en `at`), in the county's time zone, not the server's.
 */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  const parts = partsOf(iso, timeZone);
  if (parts === null) return iso;
  return `${parts.date} ${botCatalogue(locale).at} ${parts.hour}.${parts.minute}`;
}

/** `d.m.yyyy` for a day (meeting dates, period starts). */
export function formatDate(iso: string, timeZone: string): string {
  return partsOf(iso, timeZone)?.date ?? iso;
}

function partsOf(
  iso: string,
  timeZone: string,
): { date: string; hour: string; minute: string } | null {
  // A bare date (2026-05-12) is a calendar day, not an instant: no time-zone shift.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day !== null) {
    return { date: `${Number(day[3])}.${Number(day[2])}.${day[1]}`, hour: '00', minute: '00' };
  }
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const fields = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    fields.find((f) => f.type === type)?.value ?? '';
  return {
    date: `${Number(get('day'))}.${Number(get('month'))}.${get('year')}`,
    hour: get('hour'),
    minute: get('minute'),
  };
}
