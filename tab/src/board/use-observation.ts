import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Tagged } from '../api/client';
import type { ObservationView } from '../api/types';
import { useSession } from '../shell/session';
import { observationKey, readObservation, type ObservationWithOutcome } from './phenomena-api';

export type LoadedObservation =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ok';
      readonly view: ObservationWithOutcome;
      readonly etag: string | null;
    };

/**
 * One observation with its ETag (the base for If-Match on triage and transitions) and what
 * it led to, cached under ['observations', id]: the panel's phenomena section and the similar
 * observations it lists read the same entry. Opened again, it shows the cached copy at once
 * and asks the server for the newest (staleTime 0: someone else may have moved it).
 */
export function useObservation(id: string) {
  const { api } = useSession();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: observationKey(id),
    queryFn: ({ signal }) => readObservation(api, id, signal),
    staleTime: 0,
  });

  const { refetch } = query;
  const reload = useCallback(async (): Promise<Tagged<ObservationView> | null> => {
    const result = await refetch();
    return result.isError ? null : (result.data ?? null);
  }, [refetch]);

  // A triage save or a move answers with the plain view: what the observation led to (its
  // phenomena, proposals …) stays as it was.
  const accept = useCallback(
    (tagged: Tagged<ObservationView>) => {
      const etag = tagged.etag ?? `"${tagged.value.version}"`;
      const key = observationKey(id);
      if (client.getQueryData(key) === undefined) {
        void client.invalidateQueries({ queryKey: key, exact: true });
        return;
      }
      client.setQueryData<Tagged<ObservationWithOutcome>>(key, (old) =>
        old ? { value: { ...old.value, ...tagged.value }, etag } : old,
      );
    },
    [client, id],
  );

  const state: LoadedObservation = query.data
    ? { status: 'ok', view: query.data.value, etag: query.data.etag }
    : query.isError
      ? { status: 'error', error: query.error }
      : { status: 'loading' };
  return { state, reload, accept };
}
