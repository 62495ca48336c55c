import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Tagged } from '../api/client';
import { useSession } from '../shell/session';
import {
  createProposal,
  editProposal,
  moveProposal,
  proposalQuery,
  proposalsQuery,
  workspaceKeys,
  type Proposal,
  type ProposalDetails,
  type ProposalDraft,
  type ProposalMove,
} from './api';

export function useProposals() {
  const { api } = useSession();
  return useQuery(proposalsQuery(api));
}

export function useProposal(id: string) {
  const { api } = useSession();
  return useQuery(proposalQuery(api, id));
}

/** Writes of proposals; each refreshes every proposals query (list and details). */
export function useProposalWrites() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspaceKeys.proposals });
  // The answer is the proposal without its history: shown at once, the history follows.
  const keep = ({ value, etag }: Tagged<Proposal>) =>
    queryClient.setQueryData<Tagged<ProposalDetails>>(workspaceKeys.proposal(value.id), (old) =>
      old ? { value: { ...old.value, ...value }, etag } : old,
    );

  const create = useMutation({
    mutationFn: (draft: ProposalDraft) => createProposal(api, draft),
    onSuccess: refresh,
  });

  const edit = useMutation({
    mutationFn: (args: { id: string; patch: ProposalDraft; etag: string | null }) =>
      editProposal(api, args.id, args.patch, args.etag),
    onSuccess: async (tagged) => {
      keep(tagged);
      await refresh();
    },
  });

  const move = useMutation({
    mutationFn: (args: { id: string; move: ProposalMove; etag: string | null }) =>
      moveProposal(api, args.id, args.move, args.etag),
    onSuccess: async (tagged) => {
      keep(tagged);
      await refresh();
    },
  });

  /** After a 412 or 409: the current version (and its ETag) from the server. */
  const reload = (id: string) =>
    queryClient.invalidateQueries({ queryKey: workspaceKeys.proposal(id) });

  return { create, edit, move, reload };
}
