import type { Observation } from '../../domain/observation/observation';
import type { BoardQuery } from '../../ports/observation-store';
import { BOARD_ORDER, searchPredicate } from './board-filter';
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
  for await (const item of lists.all('observations', { filter, orderBy: BOARD_ORDER, top })) {
    const obs = observationOf(item);
    if (matches !== null && !matches(obs)) continue;
    found.push(obs);
    if (found.length === wanted) break;
  }
  return found;
}
