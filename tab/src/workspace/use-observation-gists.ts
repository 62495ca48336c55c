import { useQueries } from '@tanstack/react-query';
import { useSession } from '../shell/session';
import type { ObservationGist } from './ObservationExcerpt';

/** At most this many observations are read one by one. */
export const READ_AT_MOST = 20;
const EXCERPT = 200;

const excerptOf = (text: string) =>
  text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT).replace(/\s+\S*$/, '')} …`;

/**
 * Observations read one by one as the user may see them (`GET /api/observations/{id}`), for
 * where no agenda or compilation has their excerpts: a request whose compilation the user may
 * not read, minutes of items no longer on the agenda. Those the user may not see are left out.
 */
export function useObservationGists(ids: readonly string[], enabled: boolean) {
  const { api } = useSession();
  const queries = useQueries({
    queries: ids.slice(0, READ_AT_MOST).map((id) => ({
      queryKey: ['observations', id, 'gist'],
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ObservationGist> => {
        const { value } = await api.observation(id, signal);
        return { ...value, excerpt: excerptOf(value.description) };
      },
      enabled,
      staleTime: 5 * 60_000,
    })),
  });
  return {
    gists: queries.flatMap((q) => (q.data ? [q.data] : [])),
    pending: enabled && queries.some((q) => q.isPending),
  };
}
