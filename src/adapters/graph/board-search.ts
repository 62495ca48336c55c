import type { Observation } from '../../domain/observation/observation';
import type { BoardCount, BoardQuery } from '../../ports/observation-store';
import { boardOrderBy, searchPredicate } from './board-filter';
import { observationOf } from './observation-fields';
import type { SharePointLists } from './sharepoint-lists';

/** Graph's largest page of list items. */
const MAX_TOP = 5000;
/** Pages read while searching: big, as most rows the indexed query returns may not match. */
const SEARCH_TOP = 500;

/**
 * Up to `limit + 1` observations of the board in order, the one beyond the page telling
 * whether another page follows. Without free text that is a single request with
 * `$top = limit + 1`; with it, the indexed query is read on in bigger pages and the text
 * matched here (Graph cannot filter list items by substring) until enough match or the end.
 */
export async function searchBoard(
  lists: SharePointLists,
  filter: string,
  query: BoardQuery,
): Promise<Observation[]> {
  const wanted = query.limit + 1;
  const matches = searchPredicate(query.q);
  const top = Math.min(MAX_TOP, matches === null ? wanted : Math.max(wanted, SEARCH_TOP));
  const found: Observation[] = [];
  for await (const item of lists.all('observations', {
    filter,
    orderBy: boardOrderBy(query),
    top,
  })) {
    const obs = observationOf(item);
    if (matches !== null && !matches(obs)) continue;
    found.push(obs);
    if (found.length === wanted) break;
  }
  return found;
}

/**
 * Items read to count the board's matches of a free-text search (the text is matched here,
 * so every item is read whole): past this many, the count is a lower bound.
 */
export const SEARCH_COUNT_READ_LIMIT = 2000;

/**
 * How many observations the board query matches (the cursor aside), at most `cap`. Without
 * free text only one small column of the indexed query is read, in pages of up to `cap`
 * items (Graph answers no `$count` for list items: `$count=true` is refused and
 * `…/items/$count` is 404), so up to 5,000 take one request; with free text, whole items in
 * pages, the text matched here, up to SEARCH_COUNT_READ_LIMIT items.
 */
export async function countBoard(
  lists: SharePointLists,
  filter: string,
  query: BoardQuery,
  cap: number,
): Promise<BoardCount> {
  const matches = searchPredicate(query.q);
  if (matches === null) {
    // Pages of `cap` at most: reaching the cap with more to read is "at least `cap`",
    // without reading the page after.
    const counting = { filter, top: Math.max(1, Math.min(MAX_TOP, cap)), select: ['SortKey'] };
    let page = await lists.page('observations', counting);
    let count = 0;
    for (;;) {
      count += page.items.length;
      if (count > cap) return { count: cap, exact: false };
      if (page.nextLink === null) return { count, exact: true };
      if (count === cap) return { count, exact: false };
      page = await lists.page('observations', counting, page.nextLink);
    }
  }
  let read = 0;
  let count = 0;
  for await (const item of lists.all('observations', { filter, top: SEARCH_TOP })) {
    if (read === SEARCH_COUNT_READ_LIMIT) return { count, exact: false };
    read += 1;
    if (matches(observationOf(item))) count += 1;
    if (count > cap) return { count: cap, exact: false };
  }
  return { count, exact: true };
}
