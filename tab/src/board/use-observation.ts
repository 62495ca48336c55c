import { useCallback, useEffect, useState } from 'react';
import type { Tagged } from '../api/client';
import type { ObservationView } from '../api/types';
import { useSession } from '../shell/session';

export type LoadedObservation =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ok'; readonly view: ObservationView; readonly etag: string | null };

/** The ETag is the version in quotes (docs/api.md); rebuild it if a proxy dropped the header. */
const withEtag = (t: Tagged<ObservationView>): Tagged<ObservationView> => ({
  value: t.value,
  etag: t.etag ?? `"${t.value.version}"`,
});

/** One observation with its ETag, the base for If-Match on triage and transitions. */
export function useObservation(id: string) {
  const { api } = useSession();
  const [state, setState] = useState<LoadedObservation>({ status: 'loading' });

  const reload = useCallback(async (): Promise<Tagged<ObservationView> | null> => {
    try {
      const fresh = withEtag(await api.observation(id));
      setState({ status: 'ok', view: fresh.value, etag: fresh.etag });
      return fresh;
    } catch (error) {
      setState({ status: 'error', error });
      return null;
    }
  }, [api, id]);

  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
  }, [reload]);

  const accept = useCallback((tagged: Tagged<ObservationView>) => {
    const fresh = withEtag(tagged);
    setState({ status: 'ok', view: fresh.value, etag: fresh.etag });
  }, []);

  return { state, reload, accept };
}
