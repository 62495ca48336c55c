import { isCalendarDate } from '../shared/calendar-date';

/** What a date field's text is: a day (as `yyyy-mm-dd`), free text, or a date that is no day. */
export type TriageDateText =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'text' }
  | { readonly kind: 'invalid' };

/** 2026-09-30, also 2026-9-3 */
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** 30.9.2026, also 30.09.2026 and 30. 9. 2026: how Finns write a day. */
const FINNISH_LIKE = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * Field 6 (when) and field 8 (follow-up) take a date (TRIAGE_DATE_FIELDS): the tab offers a
 * date picker and stores `yyyy-mm-dd`. Records written before that hold free text ("Syksyn
 * kokouskierros"), and the API still accepts free text (it is stable, other tools write it);
 * but a text written as a date must be a real day, and is kept as `yyyy-mm-dd` whichever way
 * it was written (30.9.2026 too), so that dates sort and show alike everywhere.
 */
export function readTriageDate(text: string): TriageDateText {
  const trimmed = text.trim();
  const iso = ISO_LIKE.exec(trimmed);
  const finnish = iso === null ? FINNISH_LIKE.exec(trimmed) : null;
  let parts: [string, string, string];
  if (iso !== null) parts = [iso[1] as string, iso[2] as string, iso[3] as string];
  else if (finnish !== null)
    parts = [finnish[3] as string, finnish[2] as string, finnish[1] as string];
  else return { kind: 'text' };
  const date = `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`;
  return isCalendarDate(date) ? { kind: 'date', date } : { kind: 'invalid' };
}
