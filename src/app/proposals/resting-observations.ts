import type { Observation } from '../../domain/observation/observation';
import type { Proposal } from '../../domain/proposal/proposal';
import type { AppDeps } from '../app-deps';

/**
 * The observations a proposal rests on: those it names, and those linked to its phenomena.
 * Their reporters are the people the proposal owes an answer.
 */
export async function restingObservations(
  deps: Pick<AppDeps, 'phenomena' | 'store'>,
  proposal: Pick<Proposal, 'observationIds' | 'phenomenonIds'>,
): Promise<Observation[]> {
  const throughPhenomena = await Promise.all(
    proposal.phenomenonIds.map((id) => deps.phenomena.linksOf(id)),
  );
  const ids = new Set([
    ...proposal.observationIds,
    ...throughPhenomena.flat().map((link) => link.observationId),
  ]);
  const found = await Promise.all([...ids].map((id) => deps.store.get(id)));
  return found.filter((observation): observation is Observation => observation !== null);
}
