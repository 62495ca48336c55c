import { InvalidCursorError } from '../ports/observation-store';

/**
 * The board's keyset cursor, the same for every store: the last item's (createdAt, id) as
 * base64url JSON. Opaque to callers; each store turns the position into its own condition.
 */

/** Where the previous page ended: the board's sort key of its last item. */
export type Position = { readonly createdAt: string; readonly id: string };

/** The cursor is the last item's (created_at, id), as base64url JSON. */
export function encodeCursor(last: Position): string {
  return Buffer.from(JSON.stringify([last.createdAt, last.id])).toString('base64url');
}

/** Reads a cursor back; anything this store did not write is an InvalidCursorError. */
export function decodeCursor(cursor: string): Position {
  const bytes = Buffer.from(cursor, 'base64url');
  // base64url decoding skips what it does not understand; only a round trip proves ours.
  if (bytes.toString('base64url') !== cursor) throw new InvalidCursorError(cursor);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'string' ||
    Number.isNaN(Date.parse(value[0]))
  ) {
    throw new InvalidCursorError(cursor);
  }
  return { createdAt: value[0], id: value[1] };
}
