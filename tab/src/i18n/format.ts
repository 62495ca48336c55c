import type { TFunction } from 'i18next';
import type { LocalizedText, PeriodView } from '../api/types';
import type { Language } from './index';

/** Finnish conventions in every language: d.m.yyyy dates, space-grouped numbers, comma decimals. */
const localeOf = (language: Language): string => `${language}-FI`;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    // The date part is language-neutral in Finland (5.1.2026); fi-FI gives it for every language.
    f = new Intl.DateTimeFormat(
      'fi-FI',
      withTime
        ? { hour: '2-digit', minute: '2-digit', timeZone }
        : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone },
    );
    dateFormats.set(key, f);
  }
  return f;
}

/** The months' names in the language, January first ("tammikuu", "januari", "January"). */
export function monthNames(language: Language): string[] {
  const f = new Intl.DateTimeFormat(localeOf(language), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2026, m, 1))));
}

/** The weekdays' names in the language, Monday first (ISO 1–7). */
export function weekdayNames(language: Language): string[] {
  const f = new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' });
  // 5.1.2026 is a Monday.
  return Array.from({ length: 7 }, (_, d) => f.format(new Date(Date.UTC(2026, 0, 5 + d))));
}

export function formatDate(iso: string, timeZone: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat(timeZone, false).format(d);
}

/** A local calendar date (YYYY-MM-DD) without time zone arithmetic. */
export function formatLocalDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : ymd;
}

export function formatDateTime(iso: string, timeZone: string, t: TFunction): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return t('format.dateTime', {
    date: dateFormat(timeZone, false).format(d),
    time: dateFormat(timeZone, true).format(d),
  });
}

export function formatNumber(n: number, language: Language): string {
  return n.toLocaleString(localeOf(language));
}

/** Waiting times: hours for the first day, then whole days. */
export function formatDuration(hours: number, t: TFunction): string {
  if (!Number.isFinite(hours) || hours < 1) return t('duration.lessThanHour');
  if (hours < 24) return t('duration.hours', { count: Math.floor(hours) });
  return t('duration.days', { count: Math.floor(hours / 24) });
}

export function localized(text: LocalizedText | undefined, language: Language): string {
  return text ? text[language] || text.fi : '';
}

export function formatPeriod(id: string, periods: readonly PeriodView[], t: TFunction): string {
  const p = periods.find((x) => x.id === id);
  if (!p || !p.start || !p.end) return id;
  return t('format.period', { id, start: formatLocalDate(p.start), end: formatLocalDate(p.end) });
}
