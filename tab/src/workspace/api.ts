import { queryOptions } from '@tanstack/react-query';
import type { ApiClient, Tagged } from '../api/client';
import type { Schemas } from '../api/types';

/*
 * The workspace's calls, through the ApiClient's generic read/readTagged/write, and the
 * query keys every view of the same data shares (the board's observation panel reads the
 * phenomena too): ['phenomena'] the list, ['phenomena', id] one with its ETag,
 * ['phenomena', 'trends', periodId], ['proposals'], ['proposals', id] one with its ETag;
 * ['meetings'], ['meetings', id, 'agenda'] (with the meeting's ETag), ['compilations'],
 * ['compilations', id], ['enrichments'], ['enrichments', id], ['staff']. The calls of
 * meetings, compilations and enrichment are in their folders (meetings/meetings-api.ts …).
 */

export type Phenomenon = Schemas['Phenomenon'];
export type PhenomenonDetails = Schemas['PhenomenonDetails'];
export type LinkedObservation = PhenomenonDetails['observations'][number];
export type PhenomenonTrends = Schemas['PhenomenonTrends'];
export type PhenomenonTrend = PhenomenonTrends['items'][number];
export type PhenomenonDraft = Schemas['PhenomenonDraft'];
export type Proposal = Schemas['Proposal'];
export type ProposalDetails = Schemas['ProposalDetails'];
export type ProposalDraft = Schemas['ProposalDraft'];
export type ProposalMove = Schemas['ProposalMove'];
export type ProposalStatus = Schemas['ProposalStatus'];
export type ProposalHistoryEntry = Schemas['ProposalHistoryEntry'];
export type StructuralForm = Phenomenon['forms'][number];
export type Level = NonNullable<Phenomenon['level']>;

export const workspaceKeys = {
  phenomena: ['phenomena'] as const,
  phenomenon: (id: string) => ['phenomena', id] as const,
  trends: (periodId: string) => ['phenomena', 'trends', periodId] as const,
  proposals: ['proposals'] as const,
  proposal: (id: string) => ['proposals', id] as const,
  meetings: ['meetings'] as const,
  agenda: (id: string) => ['meetings', id, 'agenda'] as const,
  compilations: ['compilations'] as const,
  compilation: (id: string) => ['compilations', id] as const,
  enrichments: ['enrichments'] as const,
  enrichment: (id: string) => ['enrichments', id] as const,
  staff: ['staff'] as const,
};

export const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

export const phenomenaQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: workspaceKeys.phenomena,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['PhenomenonList']>('/phenomena', signal)).items,
  });

export const phenomenonQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: workspaceKeys.phenomenon(id),
    queryFn: ({ signal }) => api.readTagged<PhenomenonDetails>(at('/phenomena', id), signal),
  });

export const trendsQuery = (api: ApiClient, periodId: string) =>
  queryOptions({
    queryKey: workspaceKeys.trends(periodId),
    queryFn: ({ signal }) =>
      api.read<PhenomenonTrends>(
        `/phenomena/trends${periodId ? `?period=${encodeURIComponent(periodId)}` : ''}`,
        signal,
      ),
  });

export const proposalsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: workspaceKeys.proposals,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['ProposalList']>('/proposals', signal)).items,
  });

export const proposalQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: workspaceKeys.proposal(id),
    queryFn: ({ signal }) => api.readTagged<ProposalDetails>(at('/proposals', id), signal),
  });

export const createPhenomenon = (api: ApiClient, draft: PhenomenonDraft) =>
  api.write<Phenomenon>('POST', '/phenomena', draft);

export const editPhenomenon = (
  api: ApiClient,
  id: string,
  patch: Schemas['PhenomenonPatch'],
  etag: string | null,
): Promise<Tagged<Phenomenon>> => api.write<Phenomenon>('PATCH', at('/phenomena', id), patch, etag);

export const unlinkObservation = (api: ApiClient, id: string, observationId: string) =>
  api.write<null>(
    'DELETE',
    `${at('/phenomena', id)}/observations/${encodeURIComponent(observationId)}`,
  );

export const createProposal = (api: ApiClient, draft: ProposalDraft) =>
  api.write<Proposal>('POST', '/proposals', draft);

export const editProposal = (
  api: ApiClient,
  id: string,
  patch: Schemas['ProposalPatch'],
  etag: string | null,
): Promise<Tagged<Proposal>> => api.write<Proposal>('PATCH', at('/proposals', id), patch, etag);

export const moveProposal = (
  api: ApiClient,
  id: string,
  move: ProposalMove,
  etag: string | null,
): Promise<Tagged<Proposal>> =>
  api.write<Proposal>('POST', `${at('/proposals', id)}/transitions`, move, etag);
