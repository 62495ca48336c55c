import type { Fields } from './sharepoint-lists';

/**
 * A text column's value, null when empty: SharePoint keeps an empty text column as no value
 * and Graph then leaves it out of `fields`, so '' written and absent read mean the same.
 */
export function textOf(fields: Fields, name: string): string | null {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return null;
  return String(value);
}

/** A number column's value (Graph may send `1.0` or `"1"`), 0 when empty. */
export function numberOf(fields: Fields, name: string): number {
  const value = Number(fields[name] ?? 0);
  return Number.isFinite(value) ? value : 0;
}

/**
 * SharePoint keeps at most 63,999 characters in one "multiple lines of text" column. A record
 * that can be longer as JSON (an observation with long texts and a full triage) is cut over
 * `Payload`, `Payload2`, … in pieces of this size.
 */
export const PAYLOAD_PIECE = 60_000;

/**
 * `text` in pieces of at most `size` UTF-16 units, never cut between the two halves of a
 * surrogate pair (an emoji): a lone half is not valid Unicode, and nothing promises that
 * SharePoint keeps one as it was sent.
 */
export function piecesOf(text: string, size: number = PAYLOAD_PIECE): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The name of the `index`-th (from 0) Payload column: `Payload`, `Payload2`, … */
export const payloadColumn = (index: number): string =>
  index === 0 ? 'Payload' : `Payload${index + 1}`;

/** The record as JSON over `columns` Payload columns; refuses one that does not fit. */
export function payloadFields(record: unknown, columns = 1): Record<string, string> {
  const json = JSON.stringify(record);
  const pieces = piecesOf(json);
  if (pieces.length > columns) {
    throw new Error(
      `A record of ${json.length} characters does not fit ${columns} Payload columns`,
    );
  }
  const fields: Record<string, string> = {};
  for (let i = 0; i < columns; i += 1) {
    // Every column is written, so a shorter record leaves no tail of a longer one behind.
    fields[payloadColumn(i)] = pieces[i] ?? '';
  }
  return fields;
}

/** The record in the `Payload` column(s), as `payloadFields` wrote it. */
export function payloadOf(fields: Fields, columns = 1): unknown {
  const text = textOf(fields, 'Payload');
  if (text === null) throw new Error(`List item ${String(fields['id'])} has no Payload`);
  let json = text;
  for (let i = 2; i <= columns; i += 1) json += textOf(fields, `Payload${i}`) ?? '';
  return JSON.parse(json) as unknown;
}
