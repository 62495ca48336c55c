import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import type { Schemas, StaffMember } from '../../api/types';
import { at, workspaceKeys } from '../api';

export type Enrichment = Schemas['Enrichment'];
export type EnrichmentRequest = Schemas['EnrichmentRequest'];
export type EnrichmentAnswer = Enrichment['answers'][number];
export type EnrichmentAnswerDraft = Schemas['EnrichmentAnswerDraft'];

export const enrichmentsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: workspaceKeys.enrichments,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['EnrichmentList']>('/enrichments', signal)).items,
  });

export const enrichmentQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: workspaceKeys.enrichment(id),
    queryFn: ({ signal }) => api.read<Enrichment>(at('/enrichments', id), signal),
  });

/** The staff to name (`GET /api/staff`, any signed-in user); the board's owner picker shares it. */
export const staffQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: workspaceKeys.staff,
    queryFn: ({ signal }): Promise<readonly StaffMember[]> => api.staff({}, signal),
    staleTime: 5 * 60_000,
  });

/** From a compilation (its observations of the area by default), or from the minutes. */
export const requestEnrichment = (
  api: ApiClient,
  compilationId: string | null,
  request: EnrichmentRequest,
) =>
  api.write<Enrichment>(
    'POST',
    compilationId === null ? '/enrichments' : `${at('/compilations', compilationId)}/enrichments`,
    request,
  );

export const answerEnrichment = (api: ApiClient, id: string, answer: EnrichmentAnswerDraft) =>
  api.write<Enrichment>('POST', `${at('/enrichments', id)}/answers`, answer);

export const assignEnrichment = (api: ApiClient, id: string, assigneeIds: readonly string[]) =>
  api.write<Enrichment>('PUT', `${at('/enrichments', id)}/assignees`, { assigneeIds });

export const closeEnrichment = (api: ApiClient, id: string) =>
  api.write<Enrichment>('POST', `${at('/enrichments', id)}/close`);
