/**
 * Finnish phone numbers as people write them: 040 123 4567, 040-1234567, 0401234567,
 * 09-123 4567, (09) 123 4567, +358 40 123 4567, +358 (0)40 1234567, 00358 40 1234567.
 *
 * Look-alikes are kept out by shape rather than by luck: a phone number starts with 0 or
 * the country code (years, law numbers, business ids and reference numbers do not),
 * separators are single spaces or hyphens (so dotted dates never match), every group after
 * the prefix has at least two digits (so a business id's "-8" never does), and a number
 * glued to '/', '§', '%' or '€' is a law, a statute section, a share or a sum.
 */
const SEP = '[ \\u00A0-]';
const PHONE = new RegExp(
  [
    // Not inside a word, a number, a decimal or a law reference; not the tail of a digit run.
    `(?<![\\p{L}\\p{N}/.,+])(?<!\\d${SEP})`,
    `(?:(?:\\+|00)358${SEP}?(?:\\(0\\)${SEP}?)?\\d{1,3}|\\(0\\d{1,3}\\)|0\\d{1,3})`,
    `(?:${SEP}?\\d{2,}){1,4}`,
    `(?![\\p{L}\\p{N}/§%€]|[.,]\\d|[ \\u00A0]?[/§%€])`,
  ].join(''),
  'gu',
);

/** A national number has 8–11 digits with the leading 0; after +358 one less. */
const NATIONAL_DIGITS = { min: 8, max: 11 } as const;

/** d.m.yyyy written with hyphens or spaces ("01-12-2025") is a date, not a number. */
const DATE_LIKE = /^(\d{1,2})[ \u00A0-](\d{1,2})[ \u00A0-](\d{2}|\d{4})$/;

function looksLikeDate(text: string): boolean {
  const parts = DATE_LIKE.exec(text);
  if (parts === null) return false;
  const day = Number(parts[1]);
  const month = Number(parts[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function nationalDigitCount(text: string): number {
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+358')) return digits.length - 3 + 1;
  if (text.startsWith('00358')) return digits.length - 5 + 1;
  return digits.length;
}

/** Likely phone numbers in the text, as written there. */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PHONE)) {
    const candidate = match[0];
    // "+358 (0)40" carries the trunk zero twice over; count it once.
    const digits = nationalDigitCount(candidate.replace('(0)', ''));
    if (digits < NATIONAL_DIGITS.min || digits > NATIONAL_DIGITS.max) continue;
    if (looksLikeDate(candidate)) continue;
    found.push(candidate);
  }
  return found;
}
