import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tagged } from '../../api/client';
import { useSession } from '../../shell/session';
import {
  createReport,
  editReport,
  publishReport,
  reportKeys,
  reportQuery,
  reportsQuery,
  versionsQuery,
  withdrawReport,
  type Report,
  type ReportPatch,
  type ReportRequest,
} from './reports-api';

export function useReports() {
  const { api } = useSession();
  return useQuery(reportsQuery(api));
}

export function useReport(id: string) {
  const { api } = useSession();
  return useQuery(reportQuery(api, id));
}

export function useReportVersions(id: string) {
  const { api } = useSession();
  return useQuery(versionsQuery(api, id));
}

/** Writes of reports; each refreshes every report query (list, the report, its versions). */
export function useReportWrites() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reportKeys.all });
  // The answer is the report itself: shown at once with its new ETag, the rest follows.
  const keep = (tagged: Tagged<Report>) =>
    queryClient.setQueryData<Tagged<Report>>(reportKeys.report(tagged.value.id), tagged);

  const create = useMutation({
    mutationFn: (request: ReportRequest) => createReport(api, request),
    onSuccess: async (tagged) => {
      keep(tagged);
      await refresh();
    },
  });

  const edit = useMutation({
    mutationFn: (args: { id: string; patch: ReportPatch; etag: string | null }) =>
      editReport(api, args.id, args.patch, args.etag),
    onSuccess: async (tagged) => {
      keep(tagged);
      await refresh();
    },
  });

  const publish = useMutation({
    mutationFn: (id: string) => publishReport(api, id),
    onSuccess: refresh,
  });

  const withdraw = useMutation({
    mutationFn: (id: string) => withdrawReport(api, id),
    onSuccess: refresh,
  });

  /** After a 412: the current version (and its ETag) from the server, asked for now. */
  const reload = (id: string): Promise<Tagged<Report>> =>
    queryClient.fetchQuery({ ...reportQuery(api, id), staleTime: 0 });

  return { create, edit, publish, withdraw, reload };
}
