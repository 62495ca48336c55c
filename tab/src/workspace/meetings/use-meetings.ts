import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tagged } from '../../api/client';
import { useSession } from '../../shell/session';
import { workspaceKeys } from '../api';
import {
  agendaQuery,
  createMeeting,
  editMeeting,
  meetingsQuery,
  recordMinutes,
  type Agenda,
  type Meeting,
  type MeetingDraft,
  type MeetingPatch,
  type MinutesDraft,
} from './meetings-api';

export function useMeetings(enabled = true) {
  const { api } = useSession();
  return useQuery({ ...meetingsQuery(api), enabled });
}

export function useAgenda(id: string) {
  const { api } = useSession();
  return useQuery(agendaQuery(api, id));
}

/**
 * Writes of meetings; each refreshes every meetings query (the list and the agendas, whose
 * "since" hangs on the dates of the others). The minutes' links refresh the phenomena too.
 */
export function useMeetingWrites() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspaceKeys.meetings });
  // The answer is the meeting itself: its agenda shows it at once, the rest follows.
  const keep = ({ value, etag }: Tagged<Meeting>) =>
    queryClient.setQueryData<Tagged<Agenda>>(workspaceKeys.agenda(value.id), (old) =>
      old ? { value: { ...old.value, meeting: value }, etag } : old,
    );

  const create = useMutation({
    mutationFn: (draft: MeetingDraft) => createMeeting(api, draft),
    onSuccess: refresh,
  });

  const edit = useMutation({
    mutationFn: (args: { id: string; patch: MeetingPatch; etag: string | null }) =>
      editMeeting(api, args.id, args.patch, args.etag),
    onSuccess: async (tagged) => {
      keep(tagged);
      await refresh();
    },
  });

  const minutes = useMutation({
    mutationFn: (args: { id: string; minutes: MinutesDraft; etag: string | null }) =>
      recordMinutes(api, args.id, args.minutes, args.etag),
    onSuccess: async (tagged) => {
      keep(tagged);
      await Promise.all([
        refresh(),
        queryClient.invalidateQueries({ queryKey: workspaceKeys.phenomena }),
      ]);
    },
  });

  /** After a 412: the current version (and its ETag) from the server. */
  const reload = (id: string) =>
    queryClient.invalidateQueries({ queryKey: workspaceKeys.agenda(id) });

  return { create, edit, minutes, reload };
}
