import type { Proposal, ProposalStatus } from '../../domain/proposal/proposal';
import { canMoveProposal, PROPOSAL_STATUSES } from '../../domain/proposal';

/** A proposal as the working group sees it, with the moves it can make next. */
export type ProposalView = Proposal & { readonly allowedTransitions: readonly ProposalStatus[] };

export const toProposalView = (proposal: Proposal): ProposalView => ({
  ...proposal,
  allowedTransitions: PROPOSAL_STATUSES.filter((to) => canMoveProposal(proposal.status, to)),
});
