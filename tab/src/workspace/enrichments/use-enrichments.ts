import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../shell/session';
import { workspaceKeys } from '../api';
import {
  answerEnrichment,
  assignEnrichment,
  closeEnrichment,
  enrichmentQuery,
  enrichmentsQuery,
  requestEnrichment,
  staffQuery,
  type Enrichment,
  type EnrichmentAnswerDraft,
  type EnrichmentRequest,
} from './enrichments-api';

export function useEnrichments() {
  const { api } = useSession();
  return useQuery(enrichmentsQuery(api));
}

export function useEnrichment(id: string) {
  const { api } = useSession();
  return useQuery(enrichmentQuery(api, id));
}

export function useStaff(enabled = true) {
  const { api } = useSession();
  return useQuery({ ...staffQuery(api), enabled });
}

/**
 * Writes of enrichment requests. Each shows the request's new state at once and refreshes
 * where requests are shown: the list, the compilation it came from (its answers) and the
 * agendas (the open requests).
 */
export function useEnrichmentWrites() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const done = async (enrichment: Enrichment) => {
    queryClient.setQueryData<Enrichment>(workspaceKeys.enrichment(enrichment.id), enrichment);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: workspaceKeys.enrichments }),
      queryClient.invalidateQueries({ queryKey: workspaceKeys.meetings }),
      enrichment.compilationId === null
        ? Promise.resolve()
        : queryClient.invalidateQueries({
            queryKey: workspaceKeys.compilation(enrichment.compilationId),
          }),
    ]);
  };

  const request = useMutation({
    mutationFn: (args: { compilationId: string | null; request: EnrichmentRequest }) =>
      requestEnrichment(api, args.compilationId, args.request),
    onSuccess: ({ value }) => done(value),
  });
  const answer = useMutation({
    mutationFn: (args: { id: string; answer: EnrichmentAnswerDraft }) =>
      answerEnrichment(api, args.id, args.answer),
    onSuccess: ({ value }) => done(value),
  });
  const assign = useMutation({
    mutationFn: (args: { id: string; assigneeIds: readonly string[] }) =>
      assignEnrichment(api, args.id, args.assigneeIds),
    onSuccess: ({ value }) => done(value),
  });
  const close = useMutation({
    mutationFn: (id: string) => closeEnrichment(api, id),
    onSuccess: ({ value }) => done(value),
  });

  return { request, answer, assign, close };
}
