import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebounced } from '../../common/use-debounced';
import { useSession } from '../../shell/session';
import { quotableQuery } from './reports-api';

/** A pause this long ends a word: then the search goes to the server. */
const SEARCH_PAUSE_MS = 300;

/**
 * The observations a report rests on that hold the search words, newest first. The last
 * answer stays on screen while the next is asked for, so the list does not blink per key.
 */
export function useQuotableObservations(id: string, search: string) {
  const { api } = useSession();
  const q = useDebounced(search.trim(), SEARCH_PAUSE_MS);
  const query = useQuery({ ...quotableQuery(api, id, q), placeholderData: keepPreviousData });
  return { query, q, settled: q === search.trim() && !query.isPlaceholderData };
}
