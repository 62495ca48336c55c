import type { ProposalDraft } from './proposal';

/**
 * A proposal rests on an observation directly, or through a phenomenon the observation is
 * linked to: either way its reporter should see what their report led to.
 */
export function restsOn(
  proposal: Pick<ProposalDraft, 'observationIds' | 'phenomenonIds'>,
  observationId: string,
  phenomenaOfObservation: readonly string[],
): boolean {
  return (
    proposal.observationIds.includes(observationId) ||
    proposal.phenomenonIds.some((id) => phenomenaOfObservation.includes(id))
  );
}
