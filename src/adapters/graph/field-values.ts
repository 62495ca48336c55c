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

/** The `Payload` column: the record as JSON. */
export function payloadOf(fields: Fields): unknown {
  const text = textOf(fields, 'Payload');
  if (text === null) throw new Error(`List item ${String(fields['id'])} has no Payload`);
  return JSON.parse(text) as unknown;
}
