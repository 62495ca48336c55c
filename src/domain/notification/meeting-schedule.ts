import {
  DEFAULT_MEETING_DAY,
  type CountyConfig,
  type MeetingRhythm,
} from '../county/county-config';
import { formatLocalDate, localDateOf, type LocalDate } from '../county/local-date';

/*
 * The RAKE group's meeting calendar, in the county's local dates (`YYYY-MM-DD`). Only
 * calendar arithmetic: Date.UTC is used as a day counter, never as a moment in time.
 */

const DAY_MS = 86_400_000;

function toDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const at = new Date(n * DAY_MS);
  return formatLocalDate({
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
  });
}

/** `date` moved by `days` calendar days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The county's calendar date of an instant, as `YYYY-MM-DD`. */
export function localDateString(instant: Date, timeZone: string): string {
  return formatLocalDate(localDateOf(instant, timeZone));
}

function meetingDayOf(rhythm: MeetingRhythm, year: number, month: number): string {
  const { weekday, nth } = rhythm.day ?? DEFAULT_MEETING_DAY;
  const first: LocalDate = { year, month, day: 1 };
  const firstDate = formatLocalDate(first);
  const offset = (weekday - isoWeekday(firstDate) + 7) % 7;
  return addDays(firstDate, offset + (nth - 1) * 7);
}

/** The meetings of a year, in order: one per meeting month, on the rhythm's day. */
export function meetingDates(county: Pick<CountyConfig, 'meetings'>, year: number): string[] {
  return [...new Set(county.meetings.months)]
    .sort((a, b) => a - b)
    .map((month) => meetingDayOf(county.meetings, year, month));
}

/** The first meeting on or after `date` (a meeting today counts). Null without meeting months. */
export function meetingOnOrAfter(
  county: Pick<CountyConfig, 'meetings'>,
  date: string,
): string | null {
  const year = Number(date.slice(0, 4));
  const candidates = [...meetingDates(county, year), ...meetingDates(county, year + 1)];
  return candidates.find((meeting) => meeting >= date) ?? null;
}

/** The last meeting strictly before `date`. Null without meeting months. */
export function meetingBefore(county: Pick<CountyConfig, 'meetings'>, date: string): string | null {
  const year = Number(date.slice(0, 4));
  const candidates = [...meetingDates(county, year - 1), ...meetingDates(county, year)];
  return candidates.filter((meeting) => meeting < date).pop() ?? null;
}

/** A digest date and the meeting it prepares. */
export type DigestSlot = { readonly meetingDate: string; readonly sendOn: string };

/**
 * The meeting whose digest is due on local date `today` (`daysBefore` days before it), or
 * null. The scheduler asks this once a day.
 */
export function digestDueOn(
  county: Pick<CountyConfig, 'meetings'>,
  today: string,
  daysBefore: number,
): string | null {
  const meeting = meetingOnOrAfter(county, addDays(today, daysBefore));
  return meeting !== null && addDays(meeting, -daysBefore) === today ? meeting : null;
}

/** The next digest from `now` on (today's included), by the county's calendar. */
export function nextDigestAt(
  county: Pick<CountyConfig, 'meetings' | 'timeZone'>,
  now: Date,
  daysBefore: number,
): DigestSlot | null {
  const today = localDateString(now, county.timeZone);
  const meeting = meetingOnOrAfter(county, addDays(today, daysBefore));
  return meeting === null ? null : { meetingDate: meeting, sendOn: addDays(meeting, -daysBefore) };
}
