import { InvalidCursorError } from '../ports';

/** Longer than any cursor a store issues; refused before the store sees it. */
export const MAX_CURSOR = 500;

/**
 * Reads a page; a cursor the store did not issue (typed by hand, cut short, from another
 * store) is the caller's input at fault: null, which the use case answers as a 422 on `cursor`.
 */
export async function unlessForeignCursor<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError) return null;
    throw error;
  }
}
