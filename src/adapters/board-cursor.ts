import { priorityRank, waitRank, type BoardSort } from '../domain/observation/board-order';
import type { Observation } from '../domain/observation/observation';
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

/**
 * Where a page of the board in `sort` ended: the last item's sort key. Newest first keeps the
 * cursor above (so cursors issued before there were sorts still work); the others carry
 * their sort's name, so a cursor of one order is refused in another.
 */
export type SortedPosition =
  | ({ readonly sort: 'filed_desc' | 'filed_asc' } & Position)
  | { readonly sort: 'waiting_desc'; readonly rank: number; readonly id: string }
  | {
      readonly sort: 'priority_asc';
      readonly rank: number;
      readonly createdAt: string;
      readonly id: string;
    };

type Positioned = Pick<Observation, 'id' | 'createdAt' | 'firstAnsweredAt' | 'triage'>;

/** The position of `obs` in `sort` (see board-order.ts). */
export function positionOf(sort: BoardSort, obs: Positioned): SortedPosition {
  switch (sort) {
    case 'filed_desc':
    case 'filed_asc':
      return { sort, createdAt: obs.createdAt, id: obs.id };
    case 'waiting_desc':
      return { sort, rank: waitRank(obs), id: obs.id };
    case 'priority_asc':
      return { sort, rank: priorityRank(obs), createdAt: obs.createdAt, id: obs.id };
  }
}

export function encodeSortedCursor(position: SortedPosition): string {
  switch (position.sort) {
    case 'filed_desc':
      return encodeCursor(position);
    case 'filed_asc':
      return encodeJson([position.sort, position.createdAt, position.id]);
    case 'waiting_desc':
      return encodeJson([position.sort, position.rank, position.id]);
    case 'priority_asc':
      return encodeJson([position.sort, position.rank, position.createdAt, position.id]);
  }
}

/** A cursor of the board in `sort`; anything else (another order's too) is InvalidCursorError. */
export function decodeSortedCursor(cursor: string, sort: BoardSort): SortedPosition {
  if (sort === 'filed_desc') return { sort, ...decodeCursor(cursor) };
  const value = decodeJson(cursor);
  const isInstant = (v: unknown): v is string =>
    typeof v === 'string' && !Number.isNaN(Date.parse(v));
  const isRank = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
  if (!Array.isArray(value) || value[0] !== sort) throw new InvalidCursorError(cursor);
  const [, a, b, c] = value as unknown[];
  if (sort === 'filed_asc' && value.length === 3 && isInstant(a) && typeof b === 'string') {
    return { sort, createdAt: a, id: b };
  }
  if (sort === 'waiting_desc' && value.length === 3 && isRank(a) && typeof b === 'string') {
    return { sort, rank: a, id: b };
  }
  if (
    sort === 'priority_asc' &&
    value.length === 4 &&
    isRank(a) &&
    isInstant(b) &&
    typeof c === 'string'
  ) {
    return { sort, rank: a, createdAt: b, id: c };
  }
  throw new InvalidCursorError(cursor);
}

const encodeJson = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeJson(cursor: string): unknown {
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor) throw new InvalidCursorError(cursor);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
}
