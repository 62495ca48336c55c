export type { ProposalView } from './proposal-view';
export { createProposal } from './create-proposal';
export type { ProposalDetails } from './read-proposals';
export { getProposal, listProposals } from './read-proposals';
export { updateProposal } from './update-proposal';
export { moveProposal } from './move-proposal';
