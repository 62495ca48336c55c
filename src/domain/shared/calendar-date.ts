import { z } from 'zod';

/** `YYYY-MM-DD` of a day that exists (no 31 April, 29 February only in leap years). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/** A calendar date field: `invalid_date` for anything that is not a real day. */
export const calendarDate = () =>
  z.string().refine(isCalendarDate, { params: { problem: 'invalid_date' } });
