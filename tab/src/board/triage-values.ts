import { isTriageDateField, type TriageField } from '../../../src/domain/triage/triage-record';
import { formatLocalDate } from '../i18n/format';

/**
 * A triage field's value as text to read: "when" and "follow-up" as d.M.yyyy (older free text
 * as written), the priority as its number, an empty field as ''.
 */
export function triageValueText(field: TriageField, value: string | number | null | undefined) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return isTriageDateField(field) ? formatLocalDate(value) : value;
}

/** `yyyy-mm-dd`, what a date input holds; older free text is not a day. */
export const isDayValue = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
