import { queryOptions } from '@tanstack/react-query';
import type { ApiClient, Tagged } from '../../api/client';
import type { Schemas } from '../../api/types';
import { at } from '../api';

export type Report = Schemas['Report'];
export type ReportSummary = Schemas['ReportSummary'];
export type ReportKind = Report['kind'];
export type ReportLanguage = Report['language'];
export type ReportSection = Schemas['ReportSection'];
export type ReportFigure = Report['figures'][number];
export type ReportPatch = Schemas['ReportPatch'];
export type ReportRequest = Schemas['ReportRequest'];
export type ReportVersion = Schemas['ReportVersion'];
export type Publication = Schemas['ReportPublication'];
export type Quotation = Report['quotations'][number];
export type QuotationChoice = NonNullable<ReportPatch['quotations']>[number];
export type QuotableObservation = Schemas['QuotableObservationList']['items'][number];
/** What publishing or withdrawing answers: the publication as it now is. */
export type PublishAnswer = Pick<Publication, 'url' | 'version' | 'publishedAt' | 'state'>;

/*
 * ['reports'] the list, ['reports', id] one with its ETag, ['reports', id, 'versions'] its
 * saved versions, ['reports', id, 'quotable', q] the observations it rests on that hold q.
 * Every write refreshes all of them (the list shows each one's state).
 */
export const reportKeys = {
  all: ['reports'] as const,
  report: (id: string) => ['reports', id] as const,
  versions: (id: string) => ['reports', id, 'versions'] as const,
  quotable: (id: string, q: string) => ['reports', id, 'quotable', q] as const,
};

/** As many observations as a writer reads through to choose one; a search narrows them. */
export const QUOTABLE_LIMIT = 20;

const path = (id: string) => at('/reports', id);

export const reportsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: reportKeys.all,
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['ReportList']>('/reports', signal)).items,
  });

export const reportQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) => api.readTagged<Report>(path(id), signal),
  });

export const versionsQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: reportKeys.versions(id),
    queryFn: async ({ signal }) =>
      (await api.read<Schemas['ReportVersionList']>(`${path(id)}/versions`, signal)).items,
  });

export const quotableQuery = (api: ApiClient, id: string, q: string) =>
  queryOptions({
    queryKey: reportKeys.quotable(id, q),
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ q, limit: String(QUOTABLE_LIMIT) });
      const url = `${path(id)}/observations?${query.toString()}`;
      return (await api.read<Schemas['QuotableObservationList']>(url, signal)).items;
    },
  });

export const createReport = (api: ApiClient, request: ReportRequest) =>
  api.write<Report>('POST', '/reports', request);

export const editReport = (
  api: ApiClient,
  id: string,
  patch: ReportPatch,
  etag: string | null,
): Promise<Tagged<Report>> => api.write<Report>('PATCH', path(id), patch, etag);

export const publishReport = (api: ApiClient, id: string) =>
  api.write<PublishAnswer>('POST', `${path(id)}/publish`);

export const withdrawReport = (api: ApiClient, id: string) =>
  api.write<PublishAnswer | null>('DELETE', `${path(id)}/publication`);

/** The Word file: counts under 5 hidden as for publishing, or exact (the RAKE group's copy). */
export const documentPath = (id: string, exact: boolean) =>
  `${path(id)}/document.docx${exact ? '?counts=internal' : ''}`;

export const pagePath = (id: string) => `${path(id)}/page.html`;
