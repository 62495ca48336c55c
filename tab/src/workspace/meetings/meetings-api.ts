import { queryOptions } from '@tanstack/react-query';
import type { ApiClient, Tagged } from '../../api/client';
import type { Schemas } from '../../api/types';
import { at, workspaceKeys } from '../api';

export type Meeting = Schemas['Meeting'];
export type Agenda = Schemas['Agenda'];
export type AgendaObservation = Agenda['observations'][number];
export type AgendaProposal = Agenda['proposalsDue'][number];
export type AgendaEnrichment = Agenda['enrichments'][number];
export type Minutes = NonNullable<Meeting['minutes']>;
export type MinutesItem = Minutes['items'][number];
export type MinutesDecision = MinutesItem['decision'];
export type AgendaSubject = MinutesItem['subject'];
export type MinutesDraft = Schemas['MinutesDraft'];
export type MeetingDraft = Schemas['MeetingDraft'];
export type MeetingPatch = Schemas['MeetingPatch'];

export const meetingsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: workspaceKeys.meetings,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['MeetingList']>('/meetings', signal)).items,
  });

/** The agenda, with the meeting's ETag (the base of a move, a rename or the minutes). */
export const agendaQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: workspaceKeys.agenda(id),
    queryFn: ({ signal }) => api.readTagged<Agenda>(`${at('/meetings', id)}/agenda`, signal),
  });

export const createMeeting = (api: ApiClient, draft: MeetingDraft) =>
  api.write<Meeting>('POST', '/meetings', draft);

export const editMeeting = (
  api: ApiClient,
  id: string,
  patch: MeetingPatch,
  etag: string | null,
): Promise<Tagged<Meeting>> => api.write<Meeting>('PATCH', at('/meetings', id), patch, etag);

export const recordMinutes = (
  api: ApiClient,
  id: string,
  minutes: MinutesDraft,
  etag: string | null,
): Promise<Tagged<Meeting>> =>
  api.write<Meeting>('PUT', `${at('/meetings', id)}/minutes`, minutes, etag);
