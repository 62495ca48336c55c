import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../shell/session';
import {
  createPhenomenon,
  editPhenomenon,
  phenomenaQuery,
  phenomenonQuery,
  trendsQuery,
  unlinkObservation,
  workspaceKeys,
  type PhenomenonDetails,
  type PhenomenonDraft,
} from './api';
import type { Tagged } from '../api/client';

export function usePhenomena() {
  const { api } = useSession();
  return useQuery(phenomenaQuery(api));
}

export function usePhenomenon(id: string) {
  const { api } = useSession();
  return useQuery(phenomenonQuery(api, id));
}

export function useTrends(periodId: string) {
  const { api } = useSession();
  return useQuery(trendsQuery(api, periodId));
}

/** Writes of phenomena; each refreshes every phenomena query (list, details, trends). */
export function usePhenomenonWrites() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspaceKeys.phenomena });

  const create = useMutation({
    mutationFn: (draft: PhenomenonDraft) => createPhenomenon(api, draft),
    onSuccess: async ({ value, etag }) => {
      // A new phenomenon has no links yet: its details are known without asking.
      queryClient.setQueryData<Tagged<PhenomenonDetails>>(workspaceKeys.phenomenon(value.id), {
        value: { ...value, observations: [], hiddenObservationCount: 0 },
        etag,
      });
      await refresh();
    },
  });

  const edit = useMutation({
    mutationFn: (args: { id: string; patch: PhenomenonDraft; etag: string | null }) =>
      editPhenomenon(api, args.id, args.patch, args.etag),
    onSuccess: refresh,
  });

  const unlink = useMutation({
    mutationFn: (args: { id: string; observationId: string }) =>
      unlinkObservation(api, args.id, args.observationId),
    onSuccess: refresh,
  });

  /** After a 412: the current version (and its ETag) from the server. */
  const reload = (id: string) =>
    queryClient.invalidateQueries({ queryKey: workspaceKeys.phenomenon(id) });

  return { create, edit, unlink, reload };
}
